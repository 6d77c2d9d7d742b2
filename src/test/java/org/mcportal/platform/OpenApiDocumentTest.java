package org.mcportal.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API document as clients read it from /q/openapi. */
@QuarkusTest
class OpenApiDocumentTest {

  private JsonNode document;

  @BeforeEach
  void readDocument() throws Exception {
    String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    document = new ObjectMapper().readTree(json);
  }

  private void eachOperation(BiConsumer<String, JsonNode> check) {
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op ->
                            check.accept(
                                op.getKey().toUpperCase() + " " + path.getKey(), op.getValue())));
  }

  private JsonNode operation(String id) {
    List<JsonNode> found = new ArrayList<>();
    eachOperation(
        (name, op) -> {
          if (id.equals(op.path("operationId").asText())) {
            found.add(op);
          }
        });
    assertThat(found).as(id).hasSize(1);
    return found.get(0);
  }

  @Test
  void carriesAnApiVersion() {
    assertThat(document.get("openapi").asText()).isEqualTo("3.0.3");
    assertThat(document.at("/info/version").asText()).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
  }

  @Test
  void publishesOnlyTheApiAndNoFrameworkType() {
    document
        .get("paths")
        .fieldNames()
        .forEachRemaining(
            path ->
                assertThat(path)
                    .matches(p -> p.startsWith("/api/") || p.startsWith("/.well-known/")));
    document
        .at("/components/schemas")
        .fieldNames()
        .forEachRemaining(
            name ->
                assertThat(name)
                    .doesNotContain(
                        "TemplateInstance",
                        "EngineImpl",
                        "SectionHelper",
                        "ValueResolver",
                        "Variant",
                        "Locale",
                        "Charset",
                        "AtomicLong"));
  }

  @Test
  void everyOperationHasAUniqueIdASummaryAndItsSecurity() {
    Set<String> ids = new HashSet<>();
    eachOperation(
        (name, op) -> {
          assertThat(op.path("operationId").asText()).as(name).isNotBlank();
          assertThat(ids.add(op.path("operationId").asText())).as(name + " operationId").isTrue();
          assertThat(op.path("summary").asText()).as(name).isNotBlank();
          assertThat(op.has("security")).as(name + " declares its security").isTrue();
          if (op.get("security").isEmpty()) {
            assertThat(op.has("x-roles")).as(name).isFalse();
          } else {
            assertThat(op.get("x-roles")).as(name + " lists its roles").isNotEmpty();
            assertThat(op.at("/responses/401").isMissingNode()).as(name).isFalse();
            assertThat(op.at("/responses/403").isMissingNode()).as(name).isFalse();
          }
        });
  }

  @Test
  void theRolesListedAreTheOnesTheResourcesDeclare() {
    assertThat(operation("startSubmission").get("x-roles").toString()).isEqualTo("[\"EDUCATOR\"]");
    assertThat(operation("listAccounts").get("x-roles").toString()).isEqualTo("[\"ADMIN\"]");
    assertThat(operation("getMyAccount").get("x-roles").toString()).isEqualTo("[\"any\"]");
  }

  @Test
  void everyErrorIsAProblemAndEverySuccessHasASchema() {
    eachOperation(
        (name, op) ->
            op.get("responses")
                .fields()
                .forEachRemaining(
                    response -> {
                      JsonNode body = resolve(response.getValue());
                      String where = name + " " + response.getKey();
                      if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        assertThat(
                                body.at("/content/application~1problem+json/schema")
                                    .isMissingNode())
                            .as(where)
                            .isFalse();
                      } else if (body.has("content")) {
                        body.get("content")
                            .forEach(
                                media -> assertThat(media.get("schema")).as(where).isNotEmpty());
                      }
                    }));
  }

  private JsonNode resolve(JsonNode response) {
    if (!response.has("$ref")) {
      return response;
    }
    return document.at(response.get("$ref").asText().substring(1));
  }

  @Test
  void theFieldSaveRequiresIfMatchAndAnswersAnETagOrTheStaleText() {
    JsonNode save = operation("saveField");
    JsonNode ifMatch = header(save, "If-Match");
    assertThat(ifMatch.get("required").asBoolean()).isTrue();
    assertThat("\"3\"").matches(ifMatch.at("/schema/pattern").asText());
    assertThat(save.at("/responses/200/headers/ETag").isMissingNode()).isFalse();
    assertThat(save.at("/responses/428").isMissingNode()).isFalse();
    assertThat(save.at("/responses/409/headers/ETag").isMissingNode()).isFalse();
    JsonNode stale = document.at("/components/schemas/StaleField/properties");
    assertThat(stale.has("currentText")).isTrue();
    assertThat(stale.has("currentVersion")).isTrue();
  }

  @Test
  void submitRequiresAnIdempotencyKeyOfEightToAHundredSafeCharacters() {
    JsonNode key = header(operation("submitSubmission"), "Idempotency-Key");
    assertThat(key.get("required").asBoolean()).isTrue();
    assertThat(key.at("/schema/pattern").asText()).isEqualTo("^[A-Za-z0-9_-]{8,100}$");
  }

  @Test
  void startAnswersCreatedWithALocationAndLoginRefusesWith401() {
    assertThat(operation("startSubmission").at("/responses/201/headers/Location").isMissingNode())
        .isFalse();
    assertThat(operation("login").at("/responses/401").isMissingNode()).isFalse();
    assertThat(operation("login").get("security")).isEmpty();
  }

  @Test
  void theProblemSchemaListsTheProblemTypes() {
    String types = document.at("/components/schemas/Problem/properties/type/description").asText();
    for (String type :
        List.of(
            "invalid-request",
            "unreadable-body",
            "not-found",
            "stale-field",
            "body-too-large",
            "unsupported-media-type",
            "checklist-incomplete",
            "if-match-required",
            "stale-sheet",
            "scoring-incomplete",
            "not-lease-holder",
            "internal-error")) {
      assertThat(types).contains("urn:mcportal:problem:" + type + "`");
    }
  }

  private static JsonNode header(JsonNode operation, String name) {
    for (JsonNode parameter : operation.get("parameters")) {
      if (parameter.get("in").asText().equals("header")
          && parameter.get("name").asText().equals(name)) {
        return parameter;
      }
    }
    throw new AssertionError("no header " + name + " in " + operation.get("operationId"));
  }
}
