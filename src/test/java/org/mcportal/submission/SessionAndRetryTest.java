package org.mcportal.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

/**
 * What an educator's client meets when things go wrong around a draft: the session ends in the
 * middle of writing, or a nervous double-click (or a retrying proxy) sends one submit many times.
 */
@QuarkusTest
class SessionAndRetryTest {

  private static final int PARALLEL_SUBMITS = 50;

  @Inject TestIdentities ids;
  @Inject SubmittedWork work;

  @Test
  void aSessionEndingMidDraftIsAnsweredDistinctlyAndTheSavedTextSurvivesByteForByte() {
    var educator = ids.account("mid-draft", Role.EDUCATOR);
    String token = signIn(educator.email());
    long id = EducatorClient.start(token);
    String key = "subject:part-2:0";
    String saved = "Visit 1 — María’s family 👪\r\nTabs\tand \u00a0spaces, \"quotes\" & <angles>\n";
    Response first = save(token, id, key, "\"0\"", saved);
    first.then().statusCode(200);
    String version = first.header("ETag");

    Instant past = Instant.now().minus(Duration.ofMinutes(20));
    String expired =
        ids.signWithPortalKey(
            ids.portalClaims(educator.id()).issuedAt(past).expiresAt(past.plusSeconds(600)));
    Response afterExpiry = save(expired, id, key, version, saved + "more");
    Response withoutToken =
        given()
            .contentType(ContentType.JSON)
            .header("If-Match", version)
            .body(Map.of("text", "x"))
            .put("/api/submissions/" + id + "/fields/" + key);

    assertThat(afterExpiry.statusCode()).isEqualTo(401);
    assertThat(afterExpiry.<String>path("type")).isEqualTo("urn:mcportal:problem:session-ended");
    assertThat(afterExpiry.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
    assertThat(withoutToken.statusCode()).isEqualTo(401);
    assertThat(withoutToken.<String>path("type")).isEqualTo("urn:mcportal:problem:unauthorized");
    assertThat(withoutToken.header("WWW-Authenticate")).doesNotContain("error=");

    bearer(token).contentType(ContentType.JSON).post("/api/auth/logout").then().statusCode(204);
    Response afterLogout = save(token, id, key, version, saved + "more");
    assertThat(afterLogout.statusCode()).isEqualTo(401);
    assertThat(afterLogout.<String>path("type")).isEqualTo("urn:mcportal:problem:session-ended");

    String again = signIn(educator.email());
    Response draft = bearer(again).get("/api/submissions/" + id);
    String stored = draft.path("fields.find { it.key == '" + key + "' }.text");
    assertThat(stored.getBytes(StandardCharsets.UTF_8))
        .isEqualTo(saved.getBytes(StandardCharsets.UTF_8));
    save(again, id, key, version, saved + "more").then().statusCode(200);
  }

  @Test
  void fiftyParallelSubmitsWithOneKeyMakeExactlyOneAttempt() throws Exception {
    var educator = ids.account("fifty-submits", Role.EDUCATOR);
    String token = ids.token(educator.id());
    long id = EducatorClient.start(token);
    work.write(educator.id(), id, SampleSubmissions.passing());
    List<String> advisories =
        bearer(token)
            .get("/api/submissions/" + id + "/checklist")
            .then()
            .statusCode(200)
            .extract()
            .path("findings.findAll { it.severity == 'ADVISORY' }.id");
    String key = UUID.randomUUID().toString();

    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_SUBMITS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Response>> answers = new ArrayList<>();
    for (int i = 0; i < PARALLEL_SUBMITS; i++) {
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return bearer(token)
                    .header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body(Map.of("acknowledged", advisories))
                    .post("/api/submissions/" + id + "/submit");
              }));
    }
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    List<Object> attempts = new ArrayList<>();
    List<Object> digests = new ArrayList<>();
    for (Future<Response> answer : answers) {
      Response response = answer.get();
      statuses.add(response.statusCode());
      attempts.add(response.path("attempt"));
      digests.add(response.path("contentDigest"));
    }
    pool.shutdown();

    assertThat(statuses).as("every answer").containsOnly(201);
    assertThat(attempts).as("the attempt each answer carries").containsOnly(1);
    assertThat(digests).as("the digest each answer carries").hasSize(PARALLEL_SUBMITS);
    assertThat(new java.util.HashSet<>(digests)).hasSize(1);
    List<Object> stored =
        bearer(token).get("/api/submissions/" + id + "/attempts").then().extract().path("");
    assertThat(stored).as("attempts stored").hasSize(1);
  }

  private static String signIn(String email) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", TestIdentities.PASSWORD))
        .post("/api/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .path("token");
  }

  private static Response save(String token, long id, String key, String ifMatch, String text) {
    return bearer(token)
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("text", text))
        .put("/api/submissions/" + id + "/fields/" + key);
  }

  private static RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token);
  }
}
