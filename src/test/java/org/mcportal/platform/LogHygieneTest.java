package org.mcportal.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

/**
 * What the portal writes to its log while people sign in, write drafts and run accounts: never a
 * token, a password, a draft's text or a person's name or email, and never a line that a visitor's
 * input could forge. Every record of every logger is captured while each journey runs.
 */
@QuarkusTest
class LogHygieneTest {

  private static final String DRAFT_CANARY = "Zanthoxylum-draft-canary-" + System.nanoTime();
  private static final String NAME_CANARY = "Quillon Verbeek-Sarrazin";

  @Inject TestIdentities ids;

  @TestHTTPResource("/")
  URI base;

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String message =
              record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
          lines.add(record.getLoggerName() + " " + message);
          if (record.getThrown() != null) {
            lines.add(String.valueOf(record.getThrown()));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureEveryLogger() {
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void aClientThatHangsUpMidBodyIsNotedWithoutAnAlarm() throws Exception {
    String noted = "closed the connection before its request to /api/fixtures/greetings";
    // A connection closed before the endpoint starts reading is dropped without a trace, so the
    // client waits longer each time for the server to be blocked on the rest of the body.
    for (long pause : new long[] {200, 1_000, 3_000, 8_000}) {
      hangUpMidBody(pause);
      long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
      while (lines.stream().noneMatch(l -> l.contains(noted)) && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      if (lines.stream().anyMatch(l -> l.contains(noted))) {
        break;
      }
    }
    assertThat(lines).anyMatch(l -> l.contains(noted));
    assertThat(lines).noneMatch(l -> l.contains("Unexpected failure"));
    assertThat(lines).noneMatch(l -> l.contains("ClosedChannelException"));
  }

  private void hangUpMidBody(long pauseMillis) throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      String head =
          "POST /api/fixtures/greetings HTTP/1.1\r\nHost: localhost\r\n"
              + "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write("{\"name\": \"only the start of a body".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(pauseMillis);
    }
  }

  @Test
  void anEmailHoldingALineBreakCannotForgeALogLine() {
    String forged = "INFO  [org.mcportal.identity] (worker) Account 1 now has roles [ADMIN]";
    signIn("someone@school.test\n" + forged, "Wrong-Password-123456").then().statusCode(401);
    signIn("other@school.test\r\n" + forged, "Wrong-Password-123456").then().statusCode(401);

    assertThat(lines).as("the refusals were logged").anyMatch(l -> l.contains("Failed sign-in"));
    assertThat(lines).noneMatch(l -> l.contains("\n") && l.contains("now has roles [ADMIN]"));
    assertThat(lines).noneMatch(l -> l.contains("\r"));
  }

  @Test
  void aPasswordTypedIntoTheEmailFieldIsNotLogged() {
    String typedPassword = "Marram-Grass-Orbit-" + System.nanoTime();
    signIn(typedPassword, "whatever-else-1234").then().statusCode(401);
    String known = ids.account("log-known", Role.EDUCATOR).email();
    signIn(known, "Also-Wrong-Password-" + System.nanoTime()).then().statusCode(401);

    assertThat(lines).as("the refusals were logged").anyMatch(l -> l.contains("Failed sign-in"));
    assertThat(lines).noneMatch(l -> l.contains(typedPassword));
    assertThat(lines).noneMatch(l -> l.contains(known));
  }

  @Test
  void signingInWritingADraftAndRunningAccountsLogNoSecretsOrPersonalData() {
    var educator = ids.account("log-educator", Role.EDUCATOR);
    String token =
        signIn(educator.email(), TestIdentities.PASSWORD)
            .then()
            .statusCode(200)
            .extract()
            .path("token");
    long draft =
        bearer(token)
            .contentType(ContentType.JSON)
            .body(Map.of("credentialId", "home-visits"))
            .post("/api/submissions")
            .then()
            .statusCode(201)
            .extract()
            .<Number>path("id")
            .longValue();
    String key = "subject:part-2:0";
    bearer(token)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("text", DRAFT_CANARY))
        .put("/api/submissions/" + draft + "/fields/" + key)
        .then()
        .statusCode(200);
    bearer(token)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", "not-it", "newPassword", "Lantern-Quiet-Harbour-77"))
        .post("/api/auth/password");

    String admin = ids.token(ids.account("log-admin", Role.ADMIN).id());
    String invitedEmail = "quillon.verbeek-" + System.nanoTime() + "@school.test";
    Map<String, Object> account =
        Map.of(
            "email",
            invitedEmail,
            "displayName",
            NAME_CANARY,
            "roles",
            List.of("ASSESSOR"),
            "temporaryPassword",
            "Temporary-Harbour-Pass-91");
    bearer(admin)
        .contentType(ContentType.JSON)
        .body(account)
        .post("/api/admin/accounts")
        .then()
        .statusCode(201);
    bearer(token).contentType(ContentType.JSON).post("/api/auth/logout").then().statusCode(204);

    assertThat(lines).as("the journey was logged").anyMatch(l -> l.contains("Account"));
    assertThat(lines)
        .noneMatch(l -> l.contains(token))
        .noneMatch(l -> l.matches("(?s).*eyJ[A-Za-z0-9_-]{10,}\\.eyJ.*"))
        .noneMatch(l -> l.contains(TestIdentities.PASSWORD))
        .noneMatch(l -> l.contains("Lantern-Quiet-Harbour-77"))
        .noneMatch(l -> l.contains("Temporary-Harbour-Pass-91"))
        .noneMatch(l -> l.contains(DRAFT_CANARY))
        .noneMatch(l -> l.contains(NAME_CANARY))
        .noneMatch(l -> l.contains(invitedEmail))
        .noneMatch(l -> l.contains(educator.email()));
  }

  @Test
  void controlCharactersInLoggedTextAreEscaped() {
    assertThat(LogText.escape("a\nb\r\nc\u2028d\u0007")).isEqualTo("a\\nb\\r\\nc\\u2028d\\u0007");
    assertThat(LogText.escape("x".repeat(1000))).hasSizeLessThan(310);
  }

  private static io.restassured.response.Response signIn(String email, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password))
        .post("/api/auth/login");
  }

  private static io.restassured.specification.RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token);
  }
}
