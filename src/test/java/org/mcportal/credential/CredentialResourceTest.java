package org.mcportal.credential;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CredentialResourceTest {

  private static final String HOME_VISITS = "/api/credentials/home-visits";

  @Test
  void listsTheHomeVisitsCredentialWithItsCurrentVersion() {
    given()
        .when()
        .get("/api/credentials")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("find { it.id == 'home-visits' }.currentVersion", equalTo("2022-03-17.1"))
        .body("find { it.id == 'home-visits' }.stack", equalTo("Family and Community Engagement"));
  }

  @Test
  void returnsTheWholeDefinitionWithBoundsQuestionsAndRubric() {
    given()
        .when()
        .get(HOME_VISITS)
        .then()
        .statusCode(200)
        .body(
            "definition.title",
            equalTo("Developing Trusting Reciprocal Relationships through Home Visits"))
        .body("definition.revised", equalTo("2022-03-17"))
        .body("definition.parts.id", contains("part-1", "part-2", "part-3"))
        .body("definition.parts[0].components[0].words.min", equalTo(200))
        .body("definition.parts[0].components[0].words.max", equalTo(400))
        .body("definition.parts[0].components[0].questions", hasSize(3))
        .body("definition.parts[1].subjects.count", equalTo(3))
        .body(
            "definition.parts[1].components.label",
            contains("Artifact 1", "Artifact 2", "Artifact 3"))
        .body("definition.parts[1].components[0].words.min", equalTo(1500))
        .body("definition.parts[1].components[0].words.max", equalTo(2000))
        .body("definition.parts[1].components[0].questions", hasSize(7))
        .body("definition.parts[1].components[1].questions", hasSize(6))
        .body("definition.parts[1].components[2].response", equalTo("DOCUMENTS"))
        .body("definition.parts[2].components[0].words.min", equalTo(250))
        .body("definition.parts[2].components[0].words.max", equalTo(400))
        .body(
            "definition.parts[1].components[0].rubric.levels.label",
            contains("Proficient", "Basic", "Developing"))
        .body(
            "definition.parts[1].components[0].rubric.levels[2].when",
            equalTo(
                java.util.Map.of(
                    "all",
                    java.util.List.of(
                        java.util.Map.of("not", "three-students"), "minimal-responses"))))
        .body(
            "definition.earning.rule.all.find { it.on == ['artifact-3'] }.level",
            equalTo("proficient"))
        .body("definition.parts[2].components[0].words.use", equalTo("GUIDE"))
        .body("definition.parts[0].components[0].words.use", equalTo("RULE"))
        .body("versions.version", hasItems("2022-03-17", "2022-03-17.1"))
        .body("versions[0].checksum", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
  }

  @Test
  void quotesTheSeedWordForWord() {
    given()
        .when()
        .get(HOME_VISITS)
        .then()
        .body(
            "definition.parts[0].components[0].questions[1].text",
            equalTo(
                "What is the demographic make-up of your classroom? Please include free and reduced"
                    + " lunch rate; ethnicity; special needs; second language learners; and any other"
                    + " important information."))
        .body(
            "definition.parts[1].components[0].questions[6].text",
            equalTo("What will your conversation starter question be?"))
        .body(
            "definition.parts[1].components[1].questions[4].text",
            equalTo("How will this impact how you perceive this student?"))
        .body(
            "definition.parts[2].components[0].questions[2].text",
            equalTo("What were the students' reactions to the visits?"))
        .body(
            "definition.earning.text",
            equalTo(
                "To earn this micro-credential, you must receive a passing score in Parts 1 and 3,"
                    + " and receive proficient for all components in Part 2."));
  }

  @Test
  void returnsOneStoredVersionByItsVersion() {
    given()
        .when()
        .get(HOME_VISITS + "/versions/2022-03-17")
        .then()
        .statusCode(200)
        .body("id", equalTo("home-visits"))
        .body("version", equalTo("2022-03-17"));
  }

  @Test
  void answersAnUnknownCredentialWithANotFoundProblem() {
    given()
        .when()
        .get("/api/credentials/no-such-credential")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("title", equalTo("Not Found"))
        .body("detail", equalTo("No credential with id 'no-such-credential'"))
        .body("instance", equalTo("/api/credentials/no-such-credential"));
  }

  @Test
  void answersAnUnknownVersionWithANotFoundProblem() {
    given()
        .when()
        .get(HOME_VISITS + "/versions/1999-01-01")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("No version '1999-01-01' of credential 'home-visits'"));
  }
}
