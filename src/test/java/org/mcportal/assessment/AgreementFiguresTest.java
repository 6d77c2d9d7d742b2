package org.mcportal.assessment;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mcportal.assessment.AssessorClient.as;
import static org.mcportal.assessment.AssessorClient.codeOf;
import static org.mcportal.assessment.AssessorClient.score;
import static org.mcportal.assessment.DoubleScoringCredentials.secondCodeOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;
import org.mcportal.testing.HomeVisitsCopies;

/**
 * Three double scorings of artifact 3 (levels proficient, basic, developing), as (first, second):
 * (proficient, proficient), (basic, proficient) adjudicated to proficient, and (basic, basic).
 *
 * <p>By hand: observed agreement p_o = 2/3. The first assessor's margins are proficient 1/3 and
 * basic 2/3, the second's proficient 2/3 and basic 1/3, so chance agreement p_e = 1/3 * 2/3 + 2/3 *
 * 1/3 = 4/9 and kappa = (2/3 - 4/9) / (1 - 4/9) = (2/9) / (5/9) = 0.4. Quadratic weights on three
 * levels are 1, 0.75 and 0 for distances 0, 1 and 2: weighted observed (1 + 0.75 + 1) / 3 = 11/12,
 * weighted chance 6/9 + 0.75 * 5/9 = 31/36, so weighted kappa = (11/12 - 31/36) / (1 - 31/36) =
 * (2/36) / (5/36) = 0.4 as well. Every disagreement is one step, so adjacent agreement is 3/3. The
 * outcome follows artifact 3 (not earned with basic), so its kappa is 0.4 too.
 *
 * <p>Drift of the first assessor on artifact 3 against the final levels: 0, -1 and 0 steps, a mean
 * of -1/3 (severe); the second assessor's is 0 on all three.
 */
@QuarkusTest
class AgreementFiguresTest {

  /** Figures read as doubles, so that they compare to a billionth. */
  private static final RestAssuredConfig DOUBLES =
      RestAssuredConfig.config()
          .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject CredentialCatalog catalog;

  /** The three double scorings above, on a credential of its own. */
  private record Fixture(
      String credential,
      String[] codes,
      AccountView[] educators,
      AccountView first,
      AccountView second,
      String firstToken,
      String lead,
      String admin) {}

  private Fixture threeDoubleScorings() throws Exception {
    // A credential of its own each run, so that earlier runs on the same database add nothing.
    String credential = "hv-stats-" + UUID.randomUUID().toString().substring(0, 8);
    java.nio.file.Path dir = java.nio.file.Path.of("target/test-rubrics-stats");
    HomeVisitsCopies.write(dir, credential, "statistics", "  scoring:\n    mode: double\n");
    catalog.synchronize(dir);
    String run = credential.substring("hv-stats-".length());
    AccountView first = identities.account("stats-first-" + run, Role.ASSESSOR);
    AccountView second = identities.account("stats-second-" + run, Role.ASSESSOR);
    String firstToken = identities.token(first.id());
    String secondToken = identities.token(second.id());
    String lead = identities.token(identities.account("lead", Role.LEAD).id());
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());

    Map<String, Object> basic = Sheets.artifactThreeBasic("The notes carry no invitation.");
    Map<String, Object> proficient = Sheets.proficient();
    String[] codes = new String[3];
    AccountView[] educators = new AccountView[3];
    Map<?, ?>[][] pairs = {{proficient, proficient}, {basic, proficient}, {basic, basic}};
    for (int i = 0; i < pairs.length; i++) {
      educators[i] = identities.account("stats-educator-" + i + "-" + run, Role.EDUCATOR);
      long id = work.submitPassing(educators[i].id(), credential);
      codes[i] = codeOf(id, 1);
      score(firstToken, codes[i], cast(pairs[i][0])).then().statusCode(201);
      score(secondToken, secondCodeOf(id, 1), cast(pairs[i][1])).then().statusCode(201);
    }
    as(lead)
        .contentType(ContentType.JSON)
        .body(Map.of("sheet", proficient, "reason", "The invitation is in the third notes."))
        .post("/api/adjudication/" + codes[1])
        .then()
        .statusCode(201);

    return new Fixture(credential, codes, educators, first, second, firstToken, lead, admin);
  }

  @Test
  void agreementAndDriftAreComputedFromTheDoubleScoringsOfOneVersion() throws Exception {
    Fixture f = threeDoubleScorings();
    String credential = f.credential();
    String[] codes = f.codes();
    AccountView first = f.first();
    String firstToken = f.firstToken();
    String admin = f.admin();
    String base = "/api/admin/scoring-quality/" + credential + "/2022-03-17";
    String a3 = "components.find { it.componentId == 'artifact-3' }";
    as(admin)
        .config(DOUBLES)
        .get(base + "/agreement")
        .then()
        .statusCode(200)
        .body(a3 + ".n", equalTo(3))
        .body(a3 + ".passFail", equalTo(false))
        .body(a3 + ".exact.value", closeTo(2.0 / 3, 1e-9))
        .body(a3 + ".exact.n", equalTo(3))
        .body(a3 + ".adjacent.value", closeTo(1.0, 1e-9))
        .body(a3 + ".kappa.value", closeTo(0.4, 1e-9))
        .body(a3 + ".quadraticKappa.value", closeTo(0.4, 1e-9))
        .body(a3 + ".kappa.lower", org.hamcrest.Matchers.lessThan(0.4))
        .body("components.find { it.componentId == 'artifact-1' }.exact.value", closeTo(1.0, 1e-9))
        .body(
            "components.find { it.componentId == 'artifact-1' }.kappa.undefined",
            org.hamcrest.Matchers.containsString("same single level"))
        .body("outcome.kappa.value", closeTo(0.4, 1e-9))
        .body("outcome.adjacent.value", nullValue())
        .body("outcome.adjacent.undefined", org.hamcrest.Matchers.containsString("no order"))
        .body("pairs", hasSize(1))
        .body("pairs[0].n", equalTo(15))
        .body("pairs[0].exact.value", closeTo(14.0 / 15, 1e-9));

    String firstDrift =
        "components.find { it.componentId == 'artifact-3' }.assessors.find { it.assessorId == "
            + first.id()
            + " }";
    as(admin)
        .config(DOUBLES)
        .get(base + "/drift")
        .then()
        .statusCode(200)
        .body(firstDrift + ".n", equalTo(3))
        .body(firstDrift + ".leniency.value", closeTo(-1.0 / 3, 1e-9))
        .body(firstDrift + ".exact.value", closeTo(2.0 / 3, 1e-9))
        .body(firstDrift + ".itemCodes", org.hamcrest.Matchers.containsInAnyOrder(codes))
        .body(firstDrift + ".periods[0].n", equalTo(3));

    // The program dashboard of the same version carries the same report, and its page shows it.
    as(admin)
        .config(DOUBLES)
        .queryParam("credential", credential)
        .get("/api/admin/reports/dashboard")
        .then()
        .statusCode(200)
        .body("agreement.available", equalTo(true))
        .body("agreement.report." + a3 + ".kappa.value", closeTo(0.4, 1e-9))
        .body("agreement.report.outcome.n", equalTo(3))
        // Each double-scored attempt counts once in the level figures: its final scoring.
        .body("components.find { it.componentId == 'artifact-3' }.scored", equalTo(3));
    String page =
        io.restassured.RestAssured.given()
            .cookie("mcp_session", admin)
            .queryParam("credential", credential)
            .get("/admin/reports")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    org.assertj.core.api.Assertions.assertThat(page)
        .contains("67% (")
        .contains("0.40 (")
        .contains("not defined");

    as(admin).get("/api/admin/scoring-quality/no-such/1/agreement").then().statusCode(404);
    as(firstToken).get(base + "/agreement").then().statusCode(403);
  }

  @Test
  void theItemsBehindEachDriftFigureLeadToEachDoubleScoringReadOnly() throws Exception {
    Fixture f = threeDoubleScorings();
    String base = "/api/admin/scoring-quality/" + f.credential() + "/2022-03-17";
    String[] codes = f.codes();

    // The first assessor's artifact 3: on the reference, one step severe, on the reference.
    as(f.admin())
        .queryParam("component", "artifact-3")
        .get(base + "/drift/" + f.first().id() + "/items")
        .then()
        .statusCode(200)
        .body("reference", equalTo("ADJUDICATED"))
        .body("items", hasSize(3))
        .body("items.code", org.hamcrest.Matchers.containsInAnyOrder(codes))
        .body("items.find { it.code == '" + codes[1] + "' }.level", equalTo("basic"))
        .body("items.find { it.code == '" + codes[1] + "' }.referenceLevel", equalTo("proficient"))
        .body("items.find { it.code == '" + codes[1] + "' }.difference", equalTo(-1))
        .body("items.find { it.code == '" + codes[0] + "' }.difference", equalTo(0));
    // Over every component: five components of three attempts.
    as(f.admin())
        .get(base + "/drift/" + f.first().id() + "/items")
        .then()
        .statusCode(200)
        .body("items", hasSize(15));
    as(f.admin())
        .queryParam("component", "no-such-part")
        .get(base + "/drift/" + f.first().id() + "/items")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:mcportal:problem:bad-filter"));
    as(f.firstToken()).get(base + "/drift/" + f.first().id() + "/items").then().statusCode(403);

    as(f.admin())
        .get("/api/admin/scoring-quality/double-scorings/" + codes[1])
        .then()
        .statusCode(200)
        .body("status", equalTo("ADJUDICATED"))
        .body("reason", equalTo("The invitation is in the third notes."))
        .body("decided", hasSize(1))
        .body("decided[0].earned", equalTo(true))
        .body("pair.first.earned", equalTo(false))
        .body("pair.second.earned", equalTo(true));
    as(f.admin())
        .get("/api/admin/scoring-quality/double-scorings/" + codes[2])
        .then()
        .statusCode(200)
        .body("status", equalTo("AGREED"))
        .body("decided", hasSize(0));
    as(f.admin())
        .get("/api/admin/scoring-quality/double-scorings/NO-SUCH-CODE")
        .then()
        .statusCode(404);

    String version = page(f.admin(), "/admin/scoring-quality/" + f.credential() + "/2022-03-17");
    org.assertj.core.api.Assertions.assertThat(version)
        .contains("<table class=\"agreement\" id=\"agreement-artifact-3\">")
        .contains("Quadratic-weighted kappa")
        .contains("66.7%")
        .contains("0.40")
        .contains("id=\"agreement-outcome\"")
        .contains("<table class=\"drift\" id=\"drift-artifact-3\">")
        .contains("−0.33")
        .contains(f.first().displayName())
        .contains(
            "/admin/scoring-quality/"
                + f.credential()
                + "/2022-03-17/drift/"
                + f.first().id()
                + "?component=artifact-3");
    org.assertj.core.api.Assertions.assertThat(page(f.admin(), "/admin/scoring-quality"))
        .contains("/admin/scoring-quality/" + f.credential() + "/2022-03-17\"");
    String items =
        page(
            f.admin(),
            "/admin/scoring-quality/"
                + f.credential()
                + "/2022-03-17/drift/"
                + f.first().id()
                + "?component=artifact-3");
    for (String code : codes) {
      org.assertj.core.api.Assertions.assertThat(items)
          .contains("href=\"/admin/scoring-quality/double-scorings/" + code + "\"");
    }
    String settled = page(f.admin(), "/admin/scoring-quality/double-scorings/" + codes[1]);
    org.assertj.core.api.Assertions.assertThat(settled)
        .contains("Adjudicated by")
        .contains("The invitation is in the third notes.")
        .contains("The notes carry no invitation.")
        .doesNotContain(f.educators()[1].displayName())
        .doesNotContain(f.educators()[1].email())
        .doesNotContain("id=\"decision\"");
    io.restassured.RestAssured.given()
        .cookie("mcp_session", f.lead())
        .get("/admin/scoring-quality/" + f.credential() + "/2022-03-17")
        .then()
        .statusCode(403);
  }

  private static String page(String token, String path) {
    return io.restassured.RestAssured.given()
        .cookie("mcp_session", token)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> sheet) {
    return (Map<String, Object>) sheet;
  }
}
