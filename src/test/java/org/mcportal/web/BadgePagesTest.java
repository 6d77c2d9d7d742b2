package org.mcportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.Released;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class BadgePagesTest {

  @Inject TestIdentities ids;
  @Inject SubmittedWork work;

  @Test
  void anEducatorSeesTheirBadgesWithEveryDownloadAndTheCheck() {
    AccountView educator = ids.account("badge page owner", Role.EDUCATOR);
    String session = ids.token(educator.id());
    Forms.page(session, "/badges/mine")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("No badge yet"));
    String badge = earn(educator);

    String html = Forms.page(session, "/badges/mine").then().statusCode(200).extract().asString();
    assertThat(html)
        .contains("<a href=\"/badges/mine\" aria-current=\"page\">My badges</a>")
        .contains("/api/badges/" + badge + "/credential.json")
        .contains("/api/badges/" + badge + "/credential.jwt")
        .contains("/api/badges/" + badge + "/badge.png")
        .contains("/api/badges/" + badge + "/certificate.pdf")
        .contains("/badges/verify?badge=" + badge)
        .doesNotContainPattern("\\sstyle=\"");
    String admin = ids.token(ids.account("admin", Role.ADMIN).id());
    Forms.page(admin, "/badges/mine").then().statusCode(403);
  }

  @Test
  void anAdminRevokesWithAReasonAndAMissingReasonKeepsTheFormWithItsError() {
    AccountView educator = ids.account("badge page revoked", Role.EDUCATOR);
    String badge = earn(educator);
    String admin = ids.token(ids.account("admin", Role.ADMIN).id());

    String list = Forms.page(admin, "/admin/badges").then().statusCode(200).extract().asString();
    assertThat(list)
        .contains("<a href=\"/admin/badges\" aria-current=\"page\">Badges</a>")
        .contains("id=\"badge-" + badge + "\"")
        .contains("/admin/badges/" + badge + "/revoke")
        .contains("/api/admin/badges/" + badge + "/certificate.pdf");

    String refused =
        Forms.post(admin)
            .formParam("reason", " ")
            .post("/admin/badges/" + badge + "/revoke")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(refused).contains("id=\"reason-error-" + badge + "\"");

    Forms.post(admin)
        .formParam("reason", "Awarded twice by mistake")
        .post("/admin/badges/" + badge + "/revoke")
        .then()
        .statusCode(303);
    String after = Forms.page(admin, "/admin/badges").then().statusCode(200).extract().asString();
    String row = after.substring(after.indexOf("id=\"badge-" + badge + "\""));
    row = row.substring(0, row.indexOf("</tr>"));
    assertThat(row)
        .contains("Revoked")
        .contains("Awarded twice by mistake")
        .doesNotContain("<form");
    String educatorsView =
        Forms.page(ids.token(educator.id()), "/badges/mine").then().extract().asString();
    assertThat(educatorsView).contains("Awarded twice by mistake");
    Forms.page(ids.token(educator.id()), "/admin/badges").then().statusCode(403);
  }

  private String earn(AccountView educator) {
    String assessor = ids.token(ids.account("assessor", Role.ASSESSOR).id());
    Released.earned(assessor, work.submitPassing(educator.id()), 1);
    return io.restassured.RestAssured.given()
        .header("Authorization", "Bearer " + ids.token(educator.id()))
        .get("/api/badges")
        .then()
        .statusCode(200)
        .extract()
        .path("[0].id");
  }
}
