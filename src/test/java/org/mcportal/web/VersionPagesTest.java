package org.mcportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

@QuarkusTest
class VersionPagesTest {

  static final String CREDENTIAL = "exit-ticket";

  @Inject TestIdentities ids;
  @Inject CredentialCatalog catalog;

  private String admin;

  /** Other tests start exit tickets: never leave the version retired. */
  @AfterEach
  void openAgain() {
    if (admin != null) {
      Forms.post(admin).post(path("unretire"));
    }
  }

  @Test
  void anAdminRetiresAVersionAndTheCredentialPageStopsOfferingAStart() {
    admin = ids.token(ids.account("admin", Role.ADMIN).id());
    String educator = ids.token(ids.account("educator", Role.EDUCATOR).id());
    String row = "id=\"version-" + CREDENTIAL + "-" + version() + "\"";

    String list =
        Forms.page(admin, "/admin/reports/versions").then().statusCode(200).extract().asString();
    assertThat(list).contains(row).contains(path("retire"));
    assertThat(Forms.page(admin, "/admin/reports").asString())
        .contains("href=\"/admin/reports/versions\"");
    assertThat(Forms.page(educator, "/credentials/" + CREDENTIAL).asString())
        .contains("Start your submission");

    Forms.post(admin).post(path("retire")).then().statusCode(303);

    String retired = Forms.page(admin, "/admin/reports/versions").asString();
    String line = retired.substring(retired.indexOf(row));
    line = line.substring(0, line.indexOf("</tr>"));
    assertThat(line).contains("Retired").contains(path("unretire"));
    assertThat(Forms.page(educator, "/credentials/" + CREDENTIAL).asString())
        .contains("This version is retired")
        .doesNotContain("Start your submission");
    assertThat(Forms.page(educator, "/submissions/new?credential=" + CREDENTIAL).asString())
        .contains("This version of the credential is retired")
        .doesNotContain("action=\"/submissions\"");
    assertThat(
            Forms.post(educator)
                .formParam("credential", CREDENTIAL)
                .post("/submissions")
                .then()
                .statusCode(409)
                .extract()
                .asString())
        .contains("This version of the credential is retired");

    Forms.post(admin).post(path("unretire")).then().statusCode(303);
    assertThat(Forms.page(educator, "/credentials/" + CREDENTIAL).asString())
        .contains("Start your submission");
    Forms.page(educator, "/admin/reports/versions").then().statusCode(403);
  }

  private String path(String action) {
    return "/admin/reports/versions/" + CREDENTIAL + "/" + version() + "/" + action;
  }

  private String version() {
    return catalog.current(CREDENTIAL).orElseThrow().version();
  }
}
