package org.mcportal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract check itself: what it lets through and what it stops. */
@QuarkusTest
class ApiContractTest {

  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";

  private OpenApiInteractionValidator validator;

  @BeforeEach
  void validator() {
    validator =
        ApiContract.validatorFor(
            URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/q/openapi?format=json"));
  }

  @Test
  void isInFrontOfEveryApiTest() {
    assertThat(RestAssured.filters()).contains(ApiContract.INSTANCE);
  }

  @Test
  void aResponseTheDocumentDoesNotDeclareBreaksTheContract() {
    ValidationReport response =
        validator.validateResponse(
            "/api/credentials",
            Request.Method.GET,
            SimpleResponse.Builder.status(418).withContentType("application/json").build());

    assertThat(ApiContract.verdict(ValidationReport.empty(), 418, JSON, response, "")).isNotNull();
  }

  @Test
  void aBodyOfTheWrongShapeBreaksTheContract() {
    String body = "[{\"id\": 7}]";
    ValidationReport response =
        validator.validateResponse(
            "/api/credentials",
            Request.Method.GET,
            SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());

    assertThat(ApiContract.verdict(ValidationReport.empty(), 200, JSON, response, body))
        .contains("response");
  }

  @Test
  void aRequestTheDocumentRefusesMustBeRefusedByThePortal() {
    ValidationReport request =
        validator.validateRequest(
            SimpleRequest.Builder.put("/api/submissions/1/fields/pseudonym.1")
                .withAuthorization("Bearer x")
                .withContentType("application/json")
                .withBody("{\"text\": \"\"}")
                .build());
    assertThat(request.hasErrors()).as("If-Match is missing").isTrue();

    assertThat(ApiContract.verdict(request, 200, JSON, ValidationReport.empty(), ""))
        .contains("accepted");
    assertThat(ApiContract.verdict(request, 428, PROBLEM, ValidationReport.empty(), "")).isNull();
  }

  @Test
  void aNullMemberIsAllowedWhereTheDocumentMakesItNullable() {
    String body = "{\"id\": 1, \"email\": \"ana@example.org\", \"school\": null}";
    ValidationReport response =
        validator.validateResponse(
            "/api/auth/me",
            Request.Method.GET,
            SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());

    assertThat(ApiContract.verdict(ValidationReport.empty(), 200, JSON, response, body)).isNull();
  }

  @Test
  void anAddressTheDocumentDoesNotNameMayOnlyAnswerNotFound() {
    ValidationReport request =
        validator.validateRequest(SimpleRequest.Builder.get("/api/no-such-thing").build());

    assertThat(ApiContract.verdict(request, 404, PROBLEM, ValidationReport.empty(), "")).isNull();
    assertThat(ApiContract.verdict(request, 200, JSON, ValidationReport.empty(), "")).isNotNull();
    assertThat(ApiContract.verdict(request, 404, "text/html", ValidationReport.empty(), ""))
        .isNotNull();
  }
}
