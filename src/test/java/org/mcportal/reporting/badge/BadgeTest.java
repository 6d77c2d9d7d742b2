package org.mcportal.reporting.badge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.Released;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class BadgeTest {

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject ObjectMapper json;

  private AccountView educator;
  private String educatorToken;
  private String assessor;
  private String admin;

  @BeforeEach
  void people() {
    educator = identities.account("badgeholder", Role.EDUCATOR);
    educatorToken = identities.token(educator.id());
    assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    admin = identities.token(identities.account("admin", Role.ADMIN).id());
  }

  private static RequestSpecification as(String token) {
    return given().header("Authorization", "Bearer " + token);
  }

  private String earnBadge() {
    long id = work.submitPassing(educator.id());
    Released.earned(assessor, id, 1);
    return as(educatorToken)
        .get("/api/badges")
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .extract()
        .path("[0].id");
  }

  @Test
  @SuppressWarnings("unchecked")
  void anEarnedReleaseIssuesAnOpenBadgeCredentialWithTheRubricAndNoPersonalData() throws Exception {
    String badgeId = earnBadge();

    String body =
        as(educatorToken)
            .get("/api/badges/" + badgeId + "/credential.json")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Map<String, Object> credential = json.readValue(body, Map.class);
    assertThat((List<String>) credential.get("@context"))
        .containsExactly(
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    assertThat((List<String>) credential.get("type"))
        .containsExactly("VerifiableCredential", "OpenBadgeCredential");
    assertThat(credential.get("id")).isEqualTo("urn:uuid:" + badgeId);
    Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
    Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
    assertThat(achievement.get("achievementType")).isEqualTo("MicroCredential");
    List<Map<String, Object>> descriptions =
        (List<Map<String, Object>>) achievement.get("resultDescription");
    assertThat(descriptions).hasSize(5);
    Map<String, Object> artifact =
        descriptions.stream()
            .filter(d -> "RubricCriterionLevel".equals(d.get("resultType")))
            .findFirst()
            .orElseThrow();
    assertThat((List<String>) artifact.get("allowedValue"))
        .containsExactly("Developing", "Basic", "Proficient");
    assertThat((String) artifact.get("requiredLevel")).endsWith("-proficient");
    assertThat(descriptions).anyMatch(d -> "Status".equals(d.get("resultType")));
    List<Map<String, Object>> results = (List<Map<String, Object>>) subject.get("result");
    assertThat(results).hasSize(5);
    assertThat(results).anyMatch(r -> "Completed".equals(r.get("status")));
    assertThat(results)
        .anyMatch(r -> String.valueOf(r.get("achievedLevel")).endsWith("-proficient"));
    assertThat(body)
        .doesNotContain(educator.email())
        .doesNotContain("badgeholder")
        .doesNotContain("assessor-");

    String jwt =
        as(educatorToken)
            .get("/api/badges/" + badgeId + "/credential.jwt")
            .then()
            .statusCode(200)
            .contentType("application/vc+jwt")
            .extract()
            .asString();
    String keys = given().get("/badges/jwks.json").then().statusCode(200).extract().asString();
    JsonWebSignature jws = new JsonWebSignature();
    jws.setCompactSerialization(jwt);
    assertThat(jws.getHeader("typ")).isEqualTo("vc+jwt");
    jws.setKey(
        new JsonWebKeySet(keys)
            .findJsonWebKey(jws.getKeyIdHeaderValue(), null, null, null)
            .getKey());
    assertThat(jws.verifySignature()).isTrue();
    assertThat(json.readValue(jws.getPayload(), Map.class)).isEqualTo(credential);

    byte[] png =
        as(educatorToken)
            .get("/api/badges/" + badgeId + "/badge.png")
            .then()
            .statusCode(200)
            .contentType("image/png")
            .extract()
            .asByteArray();
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    assertThat(BakedPng.read(png)).isEqualTo(jwt);
    assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png))).isNotNull();
  }

  @Test
  void aRevokedBadgeFailsVerificationAndItsBitIsSetInThePublishedList() throws Exception {
    String badgeId = earnBadge();
    String jwt =
        as(educatorToken)
            .get("/api/badges/" + badgeId + "/credential.jwt")
            .then()
            .extract()
            .asString();
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("credential", jwt))
        .post("/api/badges/verify")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true))
        .body("signature", equalTo(true))
        .body("revoked", equalTo(false));
    String tampered = jwt.substring(0, jwt.length() - 4) + (jwt.endsWith("AAAA") ? "BBBB" : "AAAA");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("credential", tampered))
        .post("/api/badges/verify")
        .then()
        .statusCode(200)
        .body("valid", equalTo(false))
        .body("signature", equalTo(false));

    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", ""))
        .post("/api/admin/badges/" + badgeId + "/revoke")
        .then()
        .statusCode(422);
    as(educatorToken)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "mine"))
        .post("/api/admin/badges/" + badgeId + "/revoke")
        .then()
        .statusCode(403);
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Issued in error"))
        .post("/api/admin/badges/" + badgeId + "/revoke")
        .then()
        .statusCode(200)
        .body("revocationReason", equalTo("Issued in error"));

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("credential", jwt))
        .post("/api/badges/verify")
        .then()
        .statusCode(200)
        .body("valid", equalTo(false))
        .body("signature", equalTo(true))
        .body("revoked", equalTo(true));

    @SuppressWarnings("unchecked")
    Map<String, Object> credential =
        json.readValue(
            as(educatorToken)
                .get("/api/badges/" + badgeId + "/credential.json")
                .then()
                .extract()
                .asString(),
            Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> status = (Map<String, Object>) credential.get("credentialStatus");
    int index = Integer.parseInt((String) status.get("statusListIndex"));
    String listJwt =
        given()
            .get("/badges/status/1")
            .then()
            .statusCode(200)
            .contentType("application/vc+jwt")
            .extract()
            .asString();
    JsonWebSignature list = new JsonWebSignature();
    list.setCompactSerialization(listJwt);
    @SuppressWarnings("unchecked")
    Map<String, Object> listCredential = json.readValue(list.getUnverifiedPayload(), Map.class);
    @SuppressWarnings("unchecked")
    String encoded =
        (String) ((Map<String, Object>) listCredential.get("credentialSubject")).get("encodedList");
    assertThat(StatusList.isSet(encoded, index)).isTrue();
    assertThat(StatusList.isSet(encoded, index + 1)).isFalse();
    as(admin)
        .get("/api/admin/badges")
        .then()
        .statusCode(200)
        .body(
            "find { it.id == '" + badgeId + "' }.revokedAt", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void aResultNotEarnedIssuesNoBadgeAndBadgesAreTheirOwnersAlone() {
    long id = work.submitPassing(educator.id());
    Released.notEarned(assessor, id, 1);
    as(educatorToken).get("/api/badges").then().statusCode(200).body("", hasSize(0));

    AccountView other = identities.account("holder", Role.EDUCATOR);
    long earned = work.submitPassing(other.id());
    Released.earned(assessor, earned, 1);
    String otherToken = identities.token(other.id());
    String badgeId = as(otherToken).get("/api/badges").then().extract().path("[0].id");
    as(educatorToken).get("/api/badges/" + badgeId + "/credential.json").then().statusCode(404);
    as(assessor).get("/api/badges/" + badgeId + "/credential.jwt").then().statusCode(403);
    given().get("/api/badges").then().statusCode(401);
  }

  @Test
  void theIssuerAndAchievementArePublicJsonLd() {
    given()
        .get("/badges/issuer")
        .then()
        .statusCode(200)
        .body("type", equalTo(List.of("Profile")))
        .body("name", equalTo("Micro-credential Portal"));
    given()
        .get("/badges/achievements/home-visits/2022-03-17")
        .then()
        .statusCode(200)
        .body("achievementType", equalTo("MicroCredential"))
        .body("criteria.narrative", org.hamcrest.Matchers.notNullValue());
  }
}
