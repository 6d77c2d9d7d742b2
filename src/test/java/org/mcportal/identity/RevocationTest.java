package org.mcportal.identity;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Logout, password change, role change and deactivation end outstanding tokens at once. */
@QuarkusTest
class RevocationTest {

  @Inject TestIdentities ids;

  @Test
  void logoutRevokesEveryOutstandingTokenOfTheAccount() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    String laptop = Api.login(educator.email(), TestIdentities.PASSWORD).path("token");
    String phone = Api.login(educator.email(), TestIdentities.PASSWORD).path("token");
    Api.bearer(phone).get("/api/auth/me").then().statusCode(200);

    Api.bearer(laptop)
        .contentType(ContentType.JSON)
        .post("/api/auth/logout")
        .then()
        .statusCode(204)
        .header("Set-Cookie", org.hamcrest.Matchers.containsString("Max-Age=0"));

    Api.bearer(laptop).get("/api/auth/me").then().statusCode(401);
    Api.bearer(phone).get("/api/auth/me").then().statusCode(401);
  }

  @Test
  void aPasswordChangeRevokesOtherTokensAndHandsTheCallerANewOne() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    String other = ids.token(educator.id());
    String current = ids.token(educator.id());

    String fresh =
        Api.bearer(current)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "currentPassword",
                    TestIdentities.PASSWORD,
                    "newPassword",
                    "Another-Long-Passphrase-77"))
            .post("/api/auth/password")
            .then()
            .statusCode(200)
            .extract()
            .path("token");

    Api.bearer(other).get("/api/auth/me").then().statusCode(401);
    Api.bearer(current).get("/api/auth/me").then().statusCode(401);
    Api.bearer(fresh).get("/api/auth/me").then().statusCode(200);
    Api.login(educator.email(), TestIdentities.PASSWORD).then().statusCode(401);
    Api.login(educator.email(), "Another-Long-Passphrase-77").then().statusCode(200);
  }

  @Test
  void aRoleChangeRevokesTokensCarryingTheOldRoles() {
    AccountView admin = ids.account("admin", Role.ADMIN);
    AccountView assessor = ids.account("assessor", Role.ASSESSOR, Role.EDUCATOR);
    String before = ids.token(assessor.id());

    Api.bearer(ids.token(admin.id()))
        .contentType(ContentType.JSON)
        .body(Map.of("roles", List.of("EDUCATOR")))
        .put("/api/admin/accounts/" + assessor.id() + "/roles")
        .then()
        .statusCode(200)
        .body("roles", equalTo(List.of("EDUCATOR")));

    Api.bearer(before).get("/api/auth/me").then().statusCode(401);
    Api.bearer(ids.token(assessor.id())).get("/api/auth/me").then().statusCode(200);
  }

  @Test
  void deactivationRevokesTokensAtOnce() {
    AccountView admin = ids.account("admin", Role.ADMIN);
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    String token = ids.token(educator.id());

    Api.bearer(ids.token(admin.id()))
        .post("/api/admin/accounts/" + educator.id() + "/deactivate")
        .then()
        .statusCode(200)
        .body("active", equalTo(false));

    Api.bearer(token).get("/api/auth/me").then().statusCode(401);
  }

  @Test
  void aPasswordResetRevokesTokensAndTheOldPassword() {
    AccountView admin = ids.account("admin", Role.ADMIN);
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    String token = ids.token(educator.id());

    Api.bearer(ids.token(admin.id()))
        .post("/api/admin/accounts/" + educator.id() + "/password-reset")
        .then()
        .statusCode(201)
        .body("purpose", equalTo("RESET"));

    Api.bearer(token).get("/api/auth/me").then().statusCode(401);
    Api.login(educator.email(), TestIdentities.PASSWORD).then().statusCode(401);
  }
}
