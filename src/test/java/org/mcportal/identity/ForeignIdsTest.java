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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.ReviewCodesForTests;
import org.mcportal.submission.SubmittedWork;

/**
 * Insecure direct object references: every endpoint that takes the id of an educator's submission
 * or of a review is called with ids that are not the caller's: another educator's draft and
 * submitted work, their neighbours in the id sequence, and random ids; for reviews, a review
 * someone else has claimed. What each call must come to is read from the hand-written {@link
 * AccessPolicy}, not from the endpoints' annotations: where the table lets the caller's roles in,
 * only the ownership check may refuse (403 or 404, or 409 for a claim already taken); where it does
 * not, the answer must be 403. The owner's draft, attempts and the claimant's sheet must read
 * exactly as before.
 *
 * <p>A refusal proves the ownership check only if the request would otherwise have been taken, so
 * every request is also sent, as it is, to the caller's own draft or claim: none of those may be
 * refused for its form (400, 415, or 422 {@code invalid-request}).
 *
 * <p>Mass assignment: fields the API does not take (owner, status, roles) are refused.
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
  void noEducatorReachesAnotherEducatorsSubmissionByAnyId() {
    // Each intruder has a draft of their own, on which the same request must be well-formed. They
    // are made first, so that the owners' neighbours in the id sequence are not the intruders'.
    List<Intruder> intruders = new ArrayList<>();
    for (Role[] roles :
        List.of(new Role[] {Role.EDUCATOR}, new Role[] {Role.EDUCATOR, Role.ASSESSOR})) {
      String token = ids.token(ids.account("idor-intruder", roles).id());
      intruders.add(new Intruder(token, Set.of(roles), startDraft(token)));
    }
    long owner = ids.account("idor-owner", Role.EDUCATOR).id();
    String ownerToken = ids.token(owner);
    long submitted =
        work.submitPassingWithPdf(owner, NOTE_KEY, "owner-note.pdf", SubmittedWork.pdf("Notes"));
    // One open submission per credential: the draft belongs to a second owner.
    String drafterToken = ids.token(ids.account("idor-drafter", Role.EDUCATOR).id());
    long draft = startDraft(drafterToken);
    Map<Long, String> before = ownerView(ownerToken, submitted);
    before.putAll(ownerView(drafterToken, draft));
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
    List<String> malformed = new ArrayList<>();
    Map<String, Integer> answers = new java.util.TreeMap<>();
    int cells = 0;
    for (AccessMatrixTest.Endpoint endpoint : AccessMatrixTest.endpoints()) {
      String template = endpoint.template();
      if (!template.contains("/submissions/{id}")) {
        continue;
      }
      AccessPolicy.Who who = policyOf(endpoint);
      for (Intruder intruder : intruders) {
        // The hand-written table, not the endpoint's annotation, says whether the role gets in:
        // if it does, only the ownership check may refuse; if not, the role check must.
        boolean roleAllowed = AccessPolicy.allows(who, intruder.roles(), true);
        Set<Integer> expected = roleAllowed ? REFUSED : Set.of(403);
        for (long id : foreign) {
          if (id == intruder.ownDraft()) {
            continue; // on a fresh database the first id can be the intruder's own
          }
          Response response = call(endpoint, submissionPath(template, id), intruder.token(), null);
          cells++;
          answers.merge(Integer.toString(response.statusCode()), 1, Integer::sum);
          if (!expected.contains(response.statusCode())) {
            accepted.add(
                endpoint.verb()
                    + " "
                    + submissionPath(template, id)
                    + " -> "
                    + response.statusCode());
          }
        }
        if (roleAllowed) {
          String own = submissionPath(template, intruder.ownDraft());
          refusedForItsForm(endpoint, own, intruder.token(), null).ifPresent(malformed::add);
        }
      }
    }

    System.out.printf("S6 foreign submission ids: %d calls, answers %s%n", cells, answers);
    assertThat(cells).as("calls made").isGreaterThan(290);
    assertThat(malformed)
        .as("requests refused for their form on the caller's own draft, proving nothing")
        .isEmpty();
    assertThat(accepted)
        .as("foreign submission ids that were not refused as the policy says")
        .isEmpty();
    Map<Long, String> after = ownerView(ownerToken, submitted);
    after.putAll(ownerView(drafterToken, draft));
    assertThat(after).as("the owners' work").isEqualTo(before);
  }

  private record Intruder(String token, Set<Role> roles, long ownDraft) {}

  private static String submissionPath(String template, long id) {
    return template
        .replace("{id}", Long.toString(id))
        .replace("{attempt}", "1")
        .replace("{key}", template.contains("/fields/") ? FIELD_KEY : NOTE_KEY);
  }

  private static AccessPolicy.Who policyOf(AccessMatrixTest.Endpoint endpoint) {
    AccessPolicy.Who who = AccessPolicy.who(endpoint.verb() + " " + endpoint.template());
    assertThat(who).as(endpoint + " in AccessPolicy").isNotNull();
    return who;
  }

  /**
   * The same call on the caller's own object, which only its form can make the endpoint refuse:
   * what it answered, when it did, since a foreign id refused for its form proves nothing.
   */
  private Optional<String> refusedForItsForm(
      AccessMatrixTest.Endpoint endpoint, String own, String token, String ifMatch) {
    Response control = call(endpoint, own, token, ifMatch);
    return isMalformed(control)
        ? Optional.of(
            endpoint.verb() + " " + own + " -> " + control.statusCode() + " " + control.asString())
        : Optional.empty();
  }

  /**
   * Refused for its form rather than for who sent it: a body or media type the endpoint does not
   * take, or a body that breaks the endpoint's constraints.
   */
  private static boolean isMalformed(Response response) {
    int status = response.statusCode();
    if (status == 400 || status == 415) {
      return true;
    }
    return status == 422
        && String.valueOf(response.contentType()).contains("json")
        && String.valueOf(response.<String>path("type")).endsWith(":invalid-request");
  }

  @Test
  void noAssessorReachesAReviewAnotherAssessorHasClaimed() {
    long owner = ids.account("idor-assessed", Role.EDUCATOR).id();
    String code = ReviewCodesForTests.codeOf(work.submitPassing(owner), 1);
    String holder = ids.token(ids.account("idor-holder", Role.ASSESSOR).id());
    claim(holder, code);
    Response sheet = sheetOf(holder, code);
    String sheetBody = sheet.asString();
    String version = sheet.header("ETag");
    String componentId = firstComponentId(sheet);

    // Each intruder holds a claim of their own, on which the same request must be well-formed.
    List<Intruder> intruders = new ArrayList<>();
    List<String> ownCodes = new ArrayList<>();
    for (Role[] roles :
        List.of(new Role[] {Role.ASSESSOR}, new Role[] {Role.EDUCATOR, Role.ASSESSOR})) {
      String token = ids.token(ids.account("idor-other", roles).id());
      String own =
          ReviewCodesForTests.codeOf(
              work.submitPassing(ids.account("idor-assessed", Role.EDUCATOR).id()), 1);
      claim(token, own);
      intruders.add(new Intruder(token, Set.of(roles), 0));
      ownCodes.add(own);
    }
    List<String> accepted = new ArrayList<>();
    List<String> malformed = new ArrayList<>();
    Map<String, Integer> answers = new java.util.TreeMap<>();
    int cells = 0;
    for (AccessMatrixTest.Endpoint endpoint : AccessMatrixTest.endpoints()) {
      String template = endpoint.template();
      if (!template.contains("{code}")
          || template.contains("/admin/")
          || template.contains("/adjudication")) {
        continue;
      }
      AccessPolicy.Who who = policyOf(endpoint);
      for (int i = 0; i < intruders.size(); i++) {
        Intruder intruder = intruders.get(i);
        boolean roleAllowed = AccessPolicy.allows(who, intruder.roles(), true);
        Set<Integer> expected = roleAllowed ? REFUSED_REVIEW : Set.of(403);
        String path = reviewPath(template, code, componentId);
        Response response = call(endpoint, path, intruder.token(), version);
        cells++;
        answers.merge(Integer.toString(response.statusCode()), 1, Integer::sum);
        if (!expected.contains(response.statusCode())) {
          accepted.add(endpoint.verb() + " " + path + " -> " + response.statusCode());
        }
        if (roleAllowed && !template.endsWith("/give-up")) {
          String own = reviewPath(template, ownCodes.get(i), componentId);
          refusedForItsForm(endpoint, own, intruder.token(), "\"0\"").ifPresent(malformed::add);
        }
      }
    }

    System.out.printf("S6 a claimed review: %d calls, answers %s%n", cells, answers);
    assertThat(cells).as("calls made").isGreaterThanOrEqualTo(20);
    assertThat(malformed)
        .as("requests refused for their form on the caller's own claim, proving nothing")
        .isEmpty();
    assertThat(accepted).as("calls on someone else's claim that were not refused").isEmpty();
    Response after = sheetOf(holder, code);
    assertThat(after.statusCode()).as("the claim is still the holder's").isEqualTo(200);
    assertThat(after.header("ETag")).as("the sheet's version").isEqualTo(version);
    assertThat(after.asString()).as("the sheet").isEqualTo(sheetBody);
  }

  private static void claim(String token, String code) {
    given()
        .header("Authorization", "Bearer " + token)
        .post("/api/assessment/reviews/" + code + "/claim")
        .then()
        .statusCode(200);
  }

  private static String reviewPath(String template, String code, String componentId) {
    return template
        .replace("{code}", code)
        .replace("{key}", NOTE_KEY)
        .replace("{componentId}", componentId);
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
      boolean fileUpload =
          path.contains("/uploads/")
              && (endpoint.verb().equals("PUT")
                  || (endpoint.verb().equals("POST") && !path.endsWith("remove")));
      if (fileUpload) {
        request.multiPart("file", "x.pdf", SubmittedWork.pdf("Intruder"), "application/pdf");
      } else {
        request
            .contentType(ContentType.URLENC)
            .formParam(CsrfToken.PARAMETER, csrf)
            .formParam("text", "intruder");
        if (path.matches("/submissions/[0-9]+")) {
          // The editor's save: each field as its key, the version it was read at, and its text.
          request.formParam("key", FIELD_KEY).formParam("version", "0");
        }
      }
    } else if (path.contains("/uploads/") && endpoint.verb().equals("PUT")) {
      request.multiPart("file", "x.pdf", SubmittedWork.pdf("Intruder"), "application/pdf");
    } else if (path.contains("/fields/")) {
      request.contentType(ContentType.JSON).body(Map.of("text", "intruder"));
    } else if (path.endsWith("/submit") && path.startsWith("/api/submissions")) {
      request.contentType(ContentType.JSON).body(Map.of("acknowledged", List.of()));
    } else if (path.endsWith("/sheet") && endpoint.verb().equals("PUT")) {
      request.contentType(ContentType.JSON).body(lastSheet);
    } else if (path.contains("/sheet/components/") && endpoint.verb().equals("PUT")) {
      request.contentType(ContentType.JSON).body(lastComponent);
    } else if (endpoint.verb().equals("PUT")) {
      request.contentType(ContentType.JSON).body("{}");
    }
    return request.request(endpoint.verb(), path);
  }

  /**
   * The holder's own sheet and its first component, as last read, are the intruder's bodies:
   * well-formed saves, so that only the access rules can stop them.
   */
  private String lastSheet = "{}";

  private String lastComponent;

  private Response sheetOf(String token, String code) {
    Response response =
        bearer(token).get("/api/assessment/reviews/" + code + "/sheet").then().extract().response();
    if (response.statusCode() == 200) {
      Map<String, Object> body = new LinkedHashMap<>(response.<Map<String, Object>>path("sheet"));
      body.put("overallComment", "intruder");
      Map<String, Object> components = response.path("sheet.components");
      try {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        lastSheet = json.writeValueAsString(body);
        // A fresh sheet has no components yet: the body is then one with nothing judged.
        lastComponent =
            components == null || components.isEmpty()
                ? "{\"judgements\": {}, \"override\": null, \"feedback\": \"intruder\","
                    + " \"evidence\": []}"
                : json.writeValueAsString(components.values().iterator().next());
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
