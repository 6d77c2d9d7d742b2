package org.mcportal.reporting.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.Released;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.CsrfToken;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class BadgeVerifyPageTest {

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;

  private String educator;
  private String admin;
  private String badgeId;

  @BeforeEach
  void earnABadge() {
    AccountView holder = identities.account("pagecheck", Role.EDUCATOR);
    educator = identities.token(holder.id());
    String assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    admin = identities.token(identities.account("admin", Role.ADMIN).id());
    Released.earned(assessor, work.submitPassing(holder.id()), 1);
    badgeId = bearer(educator).get("/api/badges").then().statusCode(200).extract().path("[0].id");
  }

  @Test
  void anyoneCanOpenTheCheckWithoutSigningIn() {
    String page =
        given()
            .accept("text/html")
            .get("/badges/verify")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("<h1>Check an Open Badge</h1>")
        .contains("enctype=\"multipart/form-data\"")
        .contains("name=\"" + CsrfToken.PARAMETER + "\"");
  }

  @Test
  void aBakedImageOrPastedJwtIsValidUntilTheAdminRevokesIt() {
    byte[] png =
        bearer(educator)
            .get("/api/badges/" + badgeId + "/badge.png")
            .then()
            .extract()
            .asByteArray();
    String jwt =
        bearer(educator)
            .get("/api/badges/" + badgeId + "/credential.jwt")
            .then()
            .extract()
            .asString();

    assertThat(post().multiPart("file", "badge.png", png, "image/png").post("/badges/verify"))
        .satisfies(r -> assertThat(r.statusCode()).isEqualTo(200))
        .satisfies(
            r ->
                assertThat(r.asString())
                    .contains("Valid: this badge was issued by this portal")
                    .contains("Matches a published key of the issuer")
                    .contains("urn:uuid:" + badgeId));
    assertThat(
            post()
                .multiPart("file", "badge.jwt", jwt.getBytes(StandardCharsets.UTF_8))
                .post("/badges/verify")
                .asString())
        .contains("Valid: this badge was issued by this portal");

    bearer(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Awarded to the wrong person"))
        .post("/api/admin/badges/" + badgeId + "/revoke")
        .then()
        .statusCode(200);

    String revoked =
        post()
            .multiPart("credential", jwt)
            .post("/badges/verify")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(revoked)
        .contains("Not valid")
        .contains("Revoked by the issuer")
        .contains("Awarded to the wrong person")
        .doesNotContain("Valid: this badge");
  }

  @Test
  void anUnsignedJsonCredentialOrNothingAtAllIsExplainedNotTrusted() {
    String json =
        bearer(educator)
            .get("/api/badges/" + badgeId + "/credential.json")
            .then()
            .extract()
            .asString();
    assertThat(
            post()
                .multiPart("file", "badge.json", json.getBytes(StandardCharsets.UTF_8))
                .post("/badges/verify")
                .asString())
        .contains("Not valid")
        .contains("carries no signature");
    post().multiPart("credential", "").post("/badges/verify").then().statusCode(422);
    given().multiPart("credential", "x.y.z").post("/badges/verify").then().statusCode(403);
  }

  private static RequestSpecification post() {
    String csrf = given().get("/api/auth/csrf").path("token");
    return given()
        .accept("text/html")
        .cookie(CsrfToken.COOKIE, csrf)
        .multiPart(CsrfToken.PARAMETER, csrf);
  }

  private static RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token);
  }
}
