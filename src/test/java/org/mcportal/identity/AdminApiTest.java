package org.mcportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.testing.AdjustableClock;
import org.mcportal.testing.ClientAddresses;

/** Admins create, invite, change, deactivate and reset accounts through the API. */
@QuarkusTest
class AdminApiTest {

  private static final String NEW_PASSWORD = "Maple-Syrup-Orbit-2031";

  @Inject TestIdentities ids;
  @Inject AdjustableClock clock;

  private String admin;

  @BeforeEach
  void anAdmin() {
    admin = ids.token(ids.account("admin", Role.ADMIN).id());
  }

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void anAccountCreatedWithATemporaryPasswordMustChangeItBeforeAnythingElse() {
    String email = unique("Teacher");
    Response created =
        Api.bearer(admin)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "email", email,
                    "displayName", "Tess Teacher",
                    "school", "Riverside Elementary",
                    "district", "North District",
                    "roleTitle", "Grade 2 teacher",
                    "roles", List.of("EDUCATOR", "ADMIN"),
                    "temporaryPassword", "Temporary-Pass-Word-9"))
            .post("/api/admin/accounts");
    created
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.containsString("/api/admin/accounts/"))
        .body("email", equalTo(email.toLowerCase()))
        .body("school", equalTo("Riverside Elementary"))
        .body("mustChangePassword", equalTo(true));

    Response login = Api.login(email, "Temporary-Pass-Word-9");
    login.then().statusCode(200).body("mustChangePassword", equalTo(true));
    String token = login.path("token");

    Api.bearer(token)
        .get("/api/admin/accounts")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:mcportal:problem:password-change-required"));
    Api.bearer(token).get("/api/auth/me").then().statusCode(200);

    String changed =
        Api.bearer(token)
            .contentType(ContentType.JSON)
            .body(Map.of("currentPassword", "Temporary-Pass-Word-9", "newPassword", NEW_PASSWORD))
            .post("/api/auth/password")
            .then()
            .statusCode(200)
            .body("mustChangePassword", equalTo(false))
            .extract()
            .path("token");
    Api.bearer(changed).get("/api/admin/accounts").then().statusCode(200);
  }

  @Test
  void anInvitationLetsThePersonChooseAPasswordOnceAndSignIn() {
    String email = unique("invitee");
    Response invited = invite(email, List.of("ASSESSOR"));
    invited
        .then()
        .statusCode(201)
        .body("purpose", equalTo("INVITE"))
        .body("url", startsWith("https://portal.example.test/invitation?token="));
    String token = invited.path("token");
    long accountId = ((Number) invited.path("accountId")).longValue();
    Instant expires = Instant.parse(invited.path("expiresAt"));
    assertThat(Duration.between(Instant.now(), expires))
        .isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));
    assertThat(ids.storedLinkHash(accountId))
        .isEqualTo(PasswordLinks.hash(token))
        .doesNotContain(token);

    Api.from(ClientAddresses.someAddress())
        .contentType(ContentType.JSON)
        .body(Map.of("token", token))
        .post("/api/invitations/describe")
        .then()
        .statusCode(200)
        .body("email", equalTo(email.toLowerCase()));
    Api.login(email, NEW_PASSWORD).then().statusCode(401);

    Response accepted = accept(token, NEW_PASSWORD);
    accepted.then().statusCode(200).body("account.roles", equalTo(List.of("ASSESSOR")));
    assertThat(accepted.getCookie(SessionCookies.NAME)).isNotNull();
    Api.login(email, NEW_PASSWORD).then().statusCode(200);

    accept(token, "Second-Attempt-Pass-77").then().statusCode(404);
  }

  @Test
  void anInvitationExpiresAfterSevenDays() {
    String token = invite(unique("late"), List.of("EDUCATOR")).path("token");

    clock.advance(Duration.ofDays(7).plusMinutes(1));

    accept(token, NEW_PASSWORD)
        .then()
        .statusCode(404)
        .body("detail", equalTo(InvitationService.INVALID_LINK));
  }

  @Test
  void anInvitationRefusesAWeakPassword() {
    String token = invite(unique("weak"), List.of("EDUCATOR")).path("token");

    accept(token, "short").then().statusCode(422);
    accept(token, "password1234")
        .then()
        .statusCode(422)
        .body("errors", hasItem("password: is one of the most common passwords; choose another"));
    accept(token, NEW_PASSWORD).then().statusCode(200);
  }

  @Test
  void aNewInvitationReplacesTheEarlierLink() {
    String email = unique("twice");
    String first = invite(email, List.of("EDUCATOR")).path("token");
    String second = invite(email, List.of("EDUCATOR")).path("token");

    accept(first, NEW_PASSWORD).then().statusCode(404);
    accept(second, NEW_PASSWORD).then().statusCode(200);
  }

  @Test
  void invitingSomeoneWhoAlreadySignsInIsAConflict() {
    AccountView existing = ids.account("existing", Role.EDUCATOR);

    invite(existing.email(), List.of("EDUCATOR")).then().statusCode(409);
  }

  @Test
  void aPasswordResetLinkSetsANewPassword() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);

    String token =
        Api.bearer(admin)
            .post("/api/admin/accounts/" + educator.id() + "/password-reset")
            .then()
            .statusCode(201)
            .extract()
            .path("token");

    accept(token, NEW_PASSWORD).then().statusCode(200);
    Api.login(educator.email(), NEW_PASSWORD).then().statusCode(200);
  }

  @Test
  void creatingADuplicateEmailIsAConflictWhateverItsCase() {
    AccountView existing = ids.account("existing", Role.EDUCATOR);
    Map<String, Object> body = new HashMap<>();
    body.put("email", existing.email().toUpperCase());
    body.put("displayName", "Duplicate");
    body.put("roles", List.of("EDUCATOR"));
    body.put("temporaryPassword", "Temporary-Pass-Word-9");

    Api.bearer(admin)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/admin/accounts")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void anInvalidAccountIsUnprocessableWithEveryProblemListed() {
    Api.bearer(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("email", "not-an-email", "roles", List.of(), "temporaryPassword", "short"))
        .post("/api/admin/accounts")
        .then()
        .statusCode(422)
        .body("errors", hasItem("email: is not an email address"))
        .body("errors", hasItem("displayName: is required"))
        .body("errors", hasItem("roles: at least one role is required"))
        .body("errors", hasItem("password: must be at least 12 characters long"));
  }

  @Test
  void anUnknownRoleIsABadRequestNotAServerError() {
    Api.bearer(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("roles", List.of("SUPERUSER")))
        .put("/api/admin/accounts/1/roles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void anUnknownAccountIsNotFound() {
    Api.bearer(admin)
        .get("/api/admin/accounts/999999999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void theLastActiveAdminCannotBeRemovedOrDeactivated() {
    List<Integer> admins =
        Api.bearer(admin)
            .get("/api/admin/accounts")
            .then()
            .statusCode(200)
            .extract()
            .path("findAll { it.active && it.roles.contains('ADMIN') }.id");
    assertThat(admins).isNotEmpty();
    // Deactivate every other admin first, so that the caller is the last one.
    long self = ((Number) Api.bearer(admin).get("/api/auth/me").path("id")).longValue();
    for (Integer other : admins) {
      if (other.longValue() != self) {
        Api.bearer(admin)
            .post("/api/admin/accounts/" + other + "/deactivate")
            .then()
            .statusCode(200);
      }
    }

    Api.bearer(admin).post("/api/admin/accounts/" + self + "/deactivate").then().statusCode(409);
    Api.bearer(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("roles", List.of("EDUCATOR")))
        .put("/api/admin/accounts/" + self + "/roles")
        .then()
        .statusCode(409);

    for (Integer other : admins) {
      if (other.longValue() != self) {
        Api.bearer(admin)
            .post("/api/admin/accounts/" + other + "/reactivate")
            .then()
            .statusCode(200);
      }
    }
  }

  @Test
  void anAdminUpdatesTheProfileUsedForIdentifiabilityChecks() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);

    Api.bearer(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "displayName", "Erin E.",
                "school", "Hill School",
                "district", "East",
                "roleTitle", "Reading specialist"))
        .put("/api/admin/accounts/" + educator.id() + "/profile")
        .then()
        .statusCode(200)
        .body("school", equalTo("Hill School"))
        .body("roleTitle", equalTo("Reading specialist"));
  }

  private Response invite(String email, List<String> roles) {
    return Api.bearer(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "displayName", "Invited Person", "roles", roles))
        .post("/api/admin/invitations");
  }

  private static Response accept(String token, String password) {
    return Api.from(ClientAddresses.someAddress())
        .contentType(ContentType.JSON)
        .body(Map.of("token", token, "password", password))
        .post("/api/invitations/accept");
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@School.test";
  }
}
