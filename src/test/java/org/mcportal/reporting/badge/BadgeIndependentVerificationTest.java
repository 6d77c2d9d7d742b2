package org.mcportal.reporting.badge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.Released;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;
import org.mcportal.testing.RequiredTools;

/**
 * Checks an issued badge the way an outside verifier would, with Node, the W3C and 1EdTech contexts
 * as published in npm packages, and a JOSE library that shares no code with the portal: the
 * portal's own verification could agree with its own mistakes, this check cannot. Skipped, with a
 * message, where node or the npm packages are missing; failed instead where {@code
 * PORTAL_REQUIRE_BROWSER=true}, as in CI.
 */
@QuarkusTest
class BadgeIndependentVerificationTest {

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject ObjectMapper json;

  private AccountView educator;
  private String educatorToken;
  private String assessor;
  private String admin;
  private Path node;
  private Path packages;
  private Path script;

  @BeforeEach
  void toolsAndPeople() {
    List<String> missing = new ArrayList<>();
    node = onPath("node");
    if (node == null) {
      missing.add("node is not on the PATH (Debian: apt-get install nodejs npm)");
    }
    packages = Path.of(System.getProperty("portal.badgecheck.dir", "target/badge-check"));
    if (!Files.isDirectory(packages.resolve("node_modules/jsonld"))
        || !Files.isDirectory(packages.resolve("node_modules/jose"))) {
      missing.add(
          "the badge check packages are not in "
              + packages
              + " (the build fetches them with npm; install npm and run ./mvnw verify again)");
    }
    script =
        Path.of(System.getProperty("portal.badgecheck.script", "src/test/node/verify-badge.mjs"));
    RequiredTools.assumePresent(missing.isEmpty(), String.join("; ", missing));

    educator = identities.account("outsidecheck", Role.EDUCATOR);
    educatorToken = identities.token(educator.id());
    assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    admin = identities.token(identities.account("admin", Role.ADMIN).id());
  }

  @Test
  void anIssuedBadgeExpandsSafelyHasTheRequiredFieldsVerifiesAndIsRevocable() throws Exception {
    long submission = work.submitPassing(educator.id());
    Released.earned(assessor, submission, 1);
    String badgeId =
        as(educatorToken)
            .get("/api/badges")
            .then()
            .statusCode(200)
            .body("", hasSize(1))
            .extract()
            .path("[0].id");
    String jwt =
        as(educatorToken)
            .get("/api/badges/" + badgeId + "/credential.jwt")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    JsonNode issued = check(jwt);
    assertThat(issued.at("/expansion/error").isNull())
        .as("JSON-LD expansion: %s", issued.at("/expansion/error"))
        .isTrue();
    assertThat(issued.at("/expansion/ok").asBoolean()).isTrue();
    assertThat(issued.at("/fields/problems")).as("OB 3.0 fields").isEmpty();
    assertThat(issued.at("/fields/ok").asBoolean()).isTrue();
    assertThat(issued.at("/signature/ok").asBoolean())
        .as("signature: %s", issued.at("/signature/error"))
        .isTrue();
    assertThat(issued.at("/signature/typ").asText()).isEqualTo("vc+jwt");
    assertThat(issued.at("/status/ok").asBoolean())
        .as("status list: %s", issued.at("/status/error"))
        .isTrue();
    assertThat(issued.at("/status/revoked").asBoolean()).isFalse();

    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Issued in error"))
        .post("/api/admin/badges/" + badgeId + "/revoke")
        .then()
        .statusCode(200);

    JsonNode revoked = check(jwt);
    assertThat(revoked.at("/signature/ok").asBoolean()).isTrue();
    assertThat(revoked.at("/status/ok").asBoolean())
        .as("status list: %s", revoked.at("/status/error"))
        .isTrue();
    assertThat(revoked.at("/status/index").asInt()).isEqualTo(issued.at("/status/index").asInt());
    assertThat(revoked.at("/status/revoked").asBoolean()).isTrue();
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("credential", jwt))
        .post("/api/badges/verify")
        .then()
        .statusCode(200)
        .body("valid", equalTo(false))
        .body("revoked", equalTo(true));
  }

  @Test
  void aChangedCredentialFailsTheSignatureAndATermNoContextDefinesFailsExpansion()
      throws Exception {
    long submission = work.submitPassing(educator.id());
    Released.earned(assessor, submission, 1);
    String badgeId = as(educatorToken).get("/api/badges").then().extract().path("[0].id");
    String jwt =
        as(educatorToken)
            .get("/api/badges/" + badgeId + "/credential.jwt")
            .then()
            .extract()
            .asString();
    // Another payload under the same signature, with a term neither context defines: a verifier
    // must refuse the signature, and safe expansion must refuse the term rather than drop it.
    String[] parts = jwt.split("\\.");
    JsonNode payload = json.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
    ((com.fasterxml.jackson.databind.node.ObjectNode) payload.at("/credentialSubject/achievement"))
        .put("honours", "with distinction");
    String forged =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.writeValueAsBytes(payload))
            + "."
            + parts[2];

    JsonNode report = check(forged);
    assertThat(report.at("/signature/ok").asBoolean()).isFalse();
    assertThat(report.at("/signature/error").asText()).containsIgnoringCase("signature");
    assertThat(report.at("/expansion/ok").asBoolean()).isFalse();
    assertThat(report.at("/expansion/error").asText()).contains("honours");
    assertThat(report.at("/fields/ok").asBoolean()).isTrue();
  }

  private JsonNode check(String credentialJwt) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory(Path.of("target"), "badge-check-run");
    Path credential = Files.writeString(dir.resolve("credential.jwt"), credentialJwt);
    Path keys =
        Files.writeString(
            dir.resolve("jwks.json"),
            given().get("/badges/jwks.json").then().statusCode(200).extract().asString());
    Path statusList =
        Files.writeString(
            dir.resolve("status-list.jwt"),
            given().get("/badges/status/1").then().statusCode(200).extract().asString());
    Process process =
        new ProcessBuilder(
                node.toString(),
                script.toAbsolutePath().toString(),
                packages.toAbsolutePath().toString(),
                credential.toString(),
                keys.toString(),
                statusList.toString())
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as("node: %s", Files.readString(dir.resolve("stderr.txt")))
        .isZero();
    return json.readTree(new String(out, StandardCharsets.UTF_8));
  }

  private static RequestSpecification as(String token) {
    return given().header("Authorization", "Bearer " + token);
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
