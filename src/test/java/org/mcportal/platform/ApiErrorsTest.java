package org.mcportal.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every error the API gives, whoever raises it (a resource, bean validation, Jackson, the router or
 * the HTTP layer), is an RFC 9457 problem with a type a client can switch on.
 */
@QuarkusTest
class ApiErrorsTest {

  @TestHTTPResource("/")
  URI base;

  private static final String PROBLEM = "application/problem+json";

  @Test
  void shouldListEveryBrokenConstraintOfABodyAsFieldErrors() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\":\"\",\"tags\":[\"ok\",\" \"]}")
        .post("/api/fixtures/greetings")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:mcportal:problem:invalid-request"))
        .body("status", equalTo(400))
        .body("instance", equalTo("/api/fixtures/greetings"))
        .body("detail", equalTo("The request has 2 problems"))
        .body("errors", hasItems("name: must not be blank", "tags[1]: must not be blank"))
        .body(not(containsString("violations")));
  }

  @Test
  void shouldNameTheBodyWhenItIsMissing() {
    given()
        .contentType(ContentType.JSON)
        .post("/api/fixtures/greetings")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:mcportal:problem:invalid-request"))
        .body("errors", hasItem("body: must not be null"));
  }

  @Test
  void shouldNameTheQueryParameterThatBreaksAConstraint() {
    given()
        .get("/api/fixtures/pages?size=51")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:mcportal:problem:invalid-request"))
        .body("errors", hasItem("size: must be less than or equal to 50"));
  }

  @Test
  void shouldExplainABodyThatIsNotJson() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\": \"Ada\",")
        .post("/api/fixtures/greetings")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:mcportal:problem:unreadable-body"))
        .body("detail", equalTo("The request body is not valid JSON"));
  }

  @Test
  void shouldNameTheFieldOfAValueOfTheWrongShape() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\": \"Ada\", \"tags\": {\"a\": 1}}")
        .post("/api/fixtures/greetings")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:mcportal:problem:unreadable-body"))
        .body("detail", containsString("at tags"));
  }

  @Test
  void shouldRefuseABodyOverTheLimitWithAProblem() throws Exception {
    String refused = announceLargeBody("/api/fixtures/greetings", "application/json");

    assertThat(refused)
        .startsWith("HTTP/1.1 413 ")
        .containsIgnoringCase("Content-Type: application/problem+json")
        .contains("\"type\":\"urn:mcportal:problem:body-too-large\"")
        .contains("\"status\":413")
        .contains("larger than the 6 MB this server accepts");
  }

  @Test
  void shouldRefuseAPageFormOverTheLimitWithoutAProblemBody() throws Exception {
    String refused = announceLargeBody("/signin", "application/x-www-form-urlencoded");

    assertThat(refused).startsWith("HTTP/1.1 413 ").doesNotContain("urn:mcportal:problem");
  }

  @Test
  void shouldRefuseABodyOfAnotherMediaType() {
    given()
        .contentType(ContentType.XML)
        .body("<greeting/>")
        .post("/api/fixtures/greetings")
        .then()
        .statusCode(415)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:mcportal:problem:unsupported-media-type"))
        .body("detail", containsString("of type application/xml"));
  }

  @Test
  void shouldRefuseAMethodTheAddressDoesNotOffer() {
    given()
        .accept(ContentType.JSON)
        .delete("/api/fixtures/greetings")
        .then()
        .statusCode(405)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:mcportal:problem:method-not-allowed"))
        .body("detail", equalTo("This address does not accept DELETE requests"));
  }

  @Test
  void shouldRefuseToAnswerInAMediaTypeTheEndpointCannotProduce() {
    given()
        .accept(ContentType.XML)
        .get("/api/fixtures/pages?size=1")
        .then()
        .statusCode(406)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:mcportal:problem:not-acceptable"))
        .body("detail", containsString("allows (application/xml"));
  }

  @Test
  void shouldAnswerAnUnknownAddressWithATypedProblem() {
    given()
        .get("/api/no-such-thing")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:mcportal:problem:not-found"));
  }

  @Test
  void shouldAnswerAnUnexpectedFailureWithAReferenceAndNoInternals() {
    given()
        .get("/api/fixtures/failure")
        .then()
        .statusCode(500)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:mcportal:problem:internal-error"))
        .body(
            "detail",
            matchesPattern(
                "Something went wrong on our side; quote reference [0-9a-f-]{36} when reporting it"))
        .body(not(containsString("IllegalStateException")))
        .body(not(containsString("must not reach")));
  }

  @Test
  void aDatabaseThatCannotBeReachedIsAnsweredWithARetryable503NotAnInternalError() {
    given()
        .get("/api/fixtures/database-gone")
        .then()
        .statusCode(503)
        .contentType(PROBLEM)
        .header("Retry-After", "5")
        .body("type", equalTo("urn:mcportal:problem:database-unavailable"))
        .body("status", equalTo(503))
        .body("instance", equalTo("/api/fixtures/database-gone"))
        .body("detail", containsString("nothing from this request was saved"))
        .body(not(containsString("administrator command")));
  }

  @Test
  void aFullDiskIsAnsweredWith507StorageFullAndNoInternals() {
    given()
        .get("/api/fixtures/disk-full")
        .then()
        .statusCode(507)
        .contentType(PROBLEM)
        .header("Retry-After", "5")
        .body("type", equalTo("urn:mcportal:problem:storage-full"))
        .body("title", equalTo("Insufficient Storage"))
        .body("detail", containsString("what was saved before is kept"))
        .body(not(containsString("No space left")));
  }

  /**
   * The whole answer to a request whose headers announce a body over the limit. The body is never
   * sent: the server must answer from the headers alone, and close the connection.
   */
  private String announceLargeBody(String path, String contentType) throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
              + contentType
              + "\r\nAccept: "
              + (contentType.contains("json") ? "application/json" : "text/html")
              + "\r\nContent-Length: "
              + 7 * 1024 * 1024
              + "\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
