package org.mcportal.reporting.badge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.Released;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.reporting.PdfText;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class CertificatePdfTest {

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;

  private AccountView educator;
  private String educatorToken;
  private String admin;
  private String badgeId;

  @BeforeEach
  void earnABadge() {
    educator = identities.account("certificate holder", Role.EDUCATOR);
    educatorToken = identities.token(educator.id());
    String assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    admin = identities.token(identities.account("admin", Role.ADMIN).id());
    Released.earned(assessor, work.submitPassing(educator.id()), 1);
    badgeId = as(educatorToken).get("/api/badges").then().statusCode(200).extract().path("[0].id");
  }

  @Test
  void theOwnersCertificateNamesTheCredentialIssuerDayResultsAndWhereToCheckIt() throws Exception {
    byte[] pdf =
        as(educatorToken)
            .get("/api/badges/" + badgeId + "/certificate.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();

    String text = PdfText.text(pdf, "certificate");
    String title =
        as(educatorToken).get("/api/badges").then().extract().path("[0].credentialTitle");
    String version =
        as(educatorToken).get("/api/badges").then().extract().path("[0].credentialVersion");
    assertThat(text)
        .contains(PdfText.flat(title))
        .contains("Version " + version)
        .contains("Micro-credential Portal")
        .containsPattern("Earned on [A-Z][a-z]+ [0-9]{1,2}, 20[0-9]{2}")
        .contains("Proficient")
        .contains("reached")
        .contains("/badges/verify?badge=" + badgeId)
        .doesNotContain("was revoked by its issuer")
        .doesNotContain("certificate holder", educator.email());
    assertThat(PdfText.qpdfCheck(pdf)).isZero();
    List<String> fonts = PdfText.fonts(pdf);
    assertThat(fonts).isNotEmpty();
    // Columns: name, type, encoding, emb, sub, uni, object id; every font embedded.
    assertThat(fonts).allSatisfy(line -> assertThat(line).containsPattern(" yes +yes +yes +\\d"));
  }

  @Test
  void theAddressOnTheCertificateChecksTheBadgeAndShowsARevocation() {
    String page = given().accept("text/html").get("/badges/verify?badge=" + badgeId).asString();
    assertThat(page).contains("Valid: this badge was issued by this portal");

    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Issued in error"))
        .post("/api/admin/badges/" + badgeId + "/revoke")
        .then()
        .statusCode(200);

    assertThat(given().accept("text/html").get("/badges/verify?badge=" + badgeId).asString())
        .contains("Not valid")
        .contains("Issued in error");
    given()
        .accept("text/html")
        .get("/badges/verify?badge=00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404);
  }

  @Test
  void anAdminDownloadsAnyCertificateOnTheRecordAndARevokedOneSaysSo() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Plagiarised evidence"))
        .post("/api/admin/badges/" + badgeId + "/revoke")
        .then()
        .statusCode(200);
    byte[] pdf =
        as(admin)
            .get("/api/admin/badges/" + badgeId + "/certificate.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    assertThat(PdfText.text(pdf, "revoked")).contains("This credential was revoked by its issuer");

    String audit =
        as(admin)
            .queryParam("from", before.toString())
            .get("/api/admin/exports/audit.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(audit)
        .contains("BADGE_REVOKE")
        .contains("Plagiarised evidence")
        .contains("\"\"export\"\":\"\"certificate\"\"")
        .contains("\"\"badge\"\":\"\"" + badgeId + "\"\"");
  }

  @Test
  void nobodyElseGetsAnEducatorsCertificate() {
    String other = identities.token(identities.account("someone else", Role.EDUCATOR).id());
    as(other).get("/api/badges/" + badgeId + "/certificate.pdf").then().statusCode(404);
    as(educatorToken)
        .get("/api/admin/badges/" + badgeId + "/certificate.pdf")
        .then()
        .statusCode(403);
    as(admin).get("/api/admin/badges/no-such-badge/certificate.pdf").then().statusCode(404);
    given().get("/api/badges/" + badgeId + "/certificate.pdf").then().statusCode(401);
  }

  private static RequestSpecification as(String token) {
    return given().header("Authorization", "Bearer " + token);
  }
}
