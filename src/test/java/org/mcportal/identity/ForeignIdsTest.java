package org.mcportal.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.ReviewCodesForTests;
import org.mcportal.submission.SubmittedWork;

/**
 * Insecure direct object references: every endpoint that takes the id of an educator's submission
 * or of a review is called by someone the access policy lets in, but with ids that are not theirs:
 * another educator's draft and submitted work, their neighbours in the id sequence, and random ids;
 * for reviews, a review someone else has claimed. Every call must be refused (403, 404, or 409 for
 * a claim already taken) and the owner's draft, attempts and the claimant's sheet must read exactly
 * as before. Mass assignment: fields the API does not take (owner, status, roles) are refused.
 */
@QuarkusTest
class ForeignIdsTest {

  private static final String NOTE_KEY = "document:artifact-3:0";
  private static final String FIELD_KEY = "subject:part-2:0";
  private static final Set<Integer> REFUSED = Set.of(403, 404);
  private static final Set<Integer> REFUSED_REVIEW = Set.of(403, 404, 409);

  @Inject TestIdentities ids;
  @Inject SubmittedWork work;

  private final SecureRandom random = new SecureRandom();

  @Test
  @org.junit.jupiter.api.Disabled(
      "unfinished: the page save, the upload and the component save are sent bodies they refuse with 400 before the ownership check; they need well-formed bodies")
  void noEducatorReachesAnotherEducatorsSubmissionByAnyId() {
    long owner = ids.account("idor-owner", Role.EDUCATOR).id();
    String ownerToken = ids.token(owner);
    long submitted =
        work.submitPassingWithPdf(owner, NOTE_KEY, "owner-note.pdf", SubmittedWork.pdf("Notes"));
    // One open submission per credential: the draft belongs to a second owner.
    String drafterToken = ids.token(ids.account("idor-drafter", Role.EDUCATOR).id());
    long draft = startDraft(drafterToken);
    String fieldKey = FIELD_KEY;
    Map<Long, String> before = ownerView(ownerToken, submitted);
    before.putAll(ownerView(drafterToken, draft));

    List<String> intruders =
        List.of(
            ids.token(ids.account("idor-educator", Role.EDUCATOR).id()),
            ids.token(ids.account("idor-both", Role.EDUCATOR, Role.ASSESSOR).id()));
    List<Long> foreign =
        List.of(
            submitted,
            draft,
            draft - 1,
            draft + 1,
            submitted + 1,
            1L,
            1_000_000L + random.nextInt(1_000_000_000));

    List<String> accepted = new ArrayList<>();
    int cells = 0;
    for (AccessMatrixTest.Endpoint endpoint : AccessMatrixTest.endpoints()) {
      String template = endpoint.template();
      if (!template.contains("/submissions/{id}")) {
        continue;
      }
      for (String token : intruders) {
        for (long id : foreign) {
          String path =
              template
                  .replace("{id}", Long.toString(id))
                  .replace("{attempt}", "1")
                  .replace("{key}", template.contains("/fields/") ? fieldKey : NOTE_KEY);
          Response response = call(endpoint, path, token, null);
          cells++;
          if (!REFUSED.contains(response.statusCode())) {
            accepted.add(endpoint.verb() + " " + path + " -> " + response.statusCode());
          }
        }
      }
    }

    assertThat(cells).as("calls made").isGreaterThan(300);
    assertThat(accepted).as("foreign submission ids that were not refused").isEmpty();
    Map<Long, String> after = ownerView(ownerToken, submitted);
    after.putAll(ownerView(drafterToken, draft));
    assertThat(after).as("the owners' work").isEqualTo(before);
  }

  @Test
  @org.junit.jupiter.api.Disabled(
      "unfinished: the page save, the upload and the component save are sent bodies they refuse with 400 before the ownership check; they need well-formed bodies")
  void noAssessorReachesAReviewAnotherAssessorHasClaimed() {
    long owner = ids.account("idor-assessed", Role.EDUCATOR).id();
    String code = ReviewCodesForTests.codeOf(work.submitPassing(owner), 1);
    String holder = ids.token(ids.account("idor-holder", Role.ASSESSOR).id());
    given()
        .header("Authorization", "Bearer " + holder)
        .post("/api/assessment/reviews/" + code + "/claim")
        .then()
        .statusCode(200);
    Response sheet = sheetOf(holder, code);
    String sheetBody = sheet.asString();
    String version = sheet.header("ETag");
    String componentId = firstComponentId(sheet);

    List<String> intruders =
        List.of(
            ids.token(ids.account("idor-other", Role.ASSESSOR).id()),
            ids.token(ids.account("idor-other-both", Role.EDUCATOR, Role.ASSESSOR).id()));
    List<String> accepted = new ArrayList<>();
    int cells = 0;
    for (AccessMatrixTest.Endpoint endpoint : AccessMatrixTest.endpoints()) {
      String template = endpoint.template();
      if (!template.contains("{code}")
          || template.contains("/admin/")
          || template.contains("/adjudication")) {
        continue;
      }
      for (String token : intruders) {
        String path =
            template
                .replace("{code}", code)
                .replace("{key}", NOTE_KEY)
                .replace("{componentId}", componentId);
        Response response = call(endpoint, path, token, version);
        cells++;
        if (!REFUSED_REVIEW.contains(response.statusCode())) {
          accepted.add(endpoint.verb() + " " + path + " -> " + response.statusCode());
        }
      }
    }

    assertThat(cells).as("calls made").isGreaterThanOrEqualTo(20);
    assertThat(accepted).as("calls on someone else's claim that were not refused").isEmpty();
    Response after = sheetOf(holder, code);
    assertThat(after.statusCode()).as("the claim is still the holder's").isEqualTo(200);
    assertThat(after.header("ETag")).as("the sheet's version").isEqualTo(version);
    assertThat(after.asString()).as("the sheet").isEqualTo(sheetBody);
  }

  @Test
  void fieldsTheApiDoesNotTakeAreRefusedAndChangeNothing() {
    long owner = ids.account("mass-owner", Role.EDUCATOR).id();
    String ownerToken = ids.token(owner);
    long intruder = ids.account("mass-intruder", Role.EDUCATOR).id();
    String intruderToken = ids.token(intruder);
    long draft = startDraft(ownerToken);
    String fieldKey = FIELD_KEY;
    int ownersBefore = mine(ownerToken).size();

    Map<String, Object> start = new LinkedHashMap<>();
    start.put("credentialId", "home-visits");
    start.put("ownerId", owner);
    start.put("status", "SUBMITTED");
    int startStatus =
        bearer(intruderToken)
            .contentType(ContentType.JSON)
            .body(start)
            .post("/api/submissions")
            .statusCode();

    Map<String, Object> field = new LinkedHashMap<>();
    field.put("text", "written by the owner");
    field.put("version", 99);
    field.put("submissionId", draft + 1);
    int fieldStatus =
        bearer(ownerToken)
            .contentType(ContentType.JSON)
            .header("If-Match", "\"0\"")
            .body(field)
            .put("/api/submissions/" + draft + "/fields/" + fieldKey)
            .statusCode();

    long admin = ids.account("mass-admin", Role.ADMIN).id();
    long target = ids.account("mass-target", Role.EDUCATOR).id();
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("displayName", "Renamed");
    profile.put("roles", List.of("ADMIN"));
    profile.put("active", false);
    profile.put("email", "taken-over@school.test");
    int profileStatus =
        bearer(ids.token(admin))
            .contentType(ContentType.JSON)
            .body(profile)
            .put("/api/admin/accounts/" + target + "/profile")
            .statusCode();

    assertThat(startStatus).as("a start naming an owner and a status").isEqualTo(400);
    assertThat(mine(ownerToken)).as("the owner's submissions").hasSize(ownersBefore);
    assertThat(mine(intruderToken)).as("the intruder's submissions").isEmpty();
    assertThat(fieldStatus).as("a field save naming another submission").isEqualTo(400);
    assertThat(profileStatus).as("a profile change naming roles, state and email").isEqualTo(400);
    AccountView after = ids.reload(target);
    assertThat(after.roles()).containsExactly(Role.EDUCATOR);
    assertThat(after.active()).isTrue();
    assertThat(after.displayName()).isEqualTo("mass-target");
  }

  private Response call(
      AccessMatrixTest.Endpoint endpoint, String path, String token, String ifMatch) {
    RequestSpecification request = bearer(token).redirects().follow(false);
    String csrf = given().get("/api/auth/csrf").path("token");
    request.cookie(CsrfToken.COOKIE, csrf).header(CsrfToken.HEADER, csrf);
    request.header("Idempotency-Key", UUID.randomUUID().toString());
    request.header("If-Match", ifMatch == null ? "\"0\"" : ifMatch);
    if (endpoint.form()) {
      if (path.contains("/uploads/")
          && endpoint.verb().equals("POST")
          && !path.endsWith("remove")) {
        request.multiPart("file", "x.pdf", SubmittedWork.pdf("Intruder"), "application/pdf");
      } else {
        request
            .contentType(ContentType.URLENC)
            .formParam(CsrfToken.PARAMETER, csrf)
            .formParam("text", "intruder");
      }
    } else if (path.contains("/uploads/") && endpoint.verb().equals("PUT")) {
      request.multiPart("file", "x.pdf", SubmittedWork.pdf("Intruder"), "application/pdf");
    } else if (path.contains("/fields/")) {
      request.contentType(ContentType.JSON).body(Map.of("text", "intruder"));
    } else if (path.endsWith("/submit") && path.startsWith("/api/submissions")) {
      request.contentType(ContentType.JSON).body(Map.of("acknowledged", List.of()));
    } else if (path.endsWith("/sheet") && endpoint.verb().equals("PUT")) {
      request.contentType(ContentType.JSON).body(sheetBodyFor(path));
    } else if (endpoint.verb().equals("PUT")) {
      request.contentType(ContentType.JSON).body("{}");
    }
    return request.request(endpoint.verb(), path);
  }

  /**
   * The holder's own sheet, as last read, is the intruder's body: a well-formed save, so that only
   * the access rules can stop it.
   */
  private String lastSheet = "{}";

  private String sheetBodyFor(String path) {
    return lastSheet;
  }

  private Response sheetOf(String token, String code) {
    Response response =
        bearer(token).get("/api/assessment/reviews/" + code + "/sheet").then().extract().response();
    if (response.statusCode() == 200) {
      Map<String, Object> body = new LinkedHashMap<>(response.<Map<String, Object>>path("sheet"));
      body.put("overallComment", "intruder");
      try {
        lastSheet = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return response;
  }

  /** A component of the credential being scored; the first one the sheet lists. */
  private static String firstComponentId(Response sheet) {
    Map<String, Object> components = sheet.path("sheet.components");
    return components == null || components.isEmpty()
        ? "part-1"
        : components.keySet().iterator().next();
  }

  private static RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token);
  }

  private static long startDraft(String token) {
    return bearer(token)
        .contentType(ContentType.JSON)
        .body(Map.of("credentialId", "home-visits"))
        .post("/api/submissions")
        .then()
        .statusCode(201)
        .extract()
        .<Number>path("id")
        .longValue();
  }

  private static List<Object> mine(String token) {
    return bearer(token).get("/api/submissions").then().statusCode(200).extract().path("$");
  }

  /** What the owner reads of their work: the draft, the attempts and the uploads. */
  private static Map<Long, String> ownerView(String token, long... submissions) {
    Map<Long, String> view = new LinkedHashMap<>();
    for (long id : submissions) {
      view.put(
          id,
          bearer(token).get("/api/submissions/" + id).then().statusCode(200).extract().asString()
              + bearer(token).get("/api/submissions/" + id + "/attempts").asString()
              + bearer(token).get("/api/submissions/" + id + "/uploads").asString());
    }
    return view;
  }
}
