package org.mcportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BootstrapTest {

  @Inject AccountService accounts;
  @Inject AccountBootstrap bootstrap;

  @Test
  void theFirstAdminExistsAfterStartAndMustChangeTheGeneratedPassword() {
    AccountView admin = accounts.findByEmail("admin@localhost").orElseThrow();

    assertThat(admin.roles()).contains(Role.ADMIN);
    assertThat(admin.active()).isTrue();
    assertThat(admin.passwordSet()).isTrue();
    assertThat(admin.mustChangePassword()).isTrue();
  }

  @Test
  void aGeneratedOneTimePasswordSignsInButOnlyToChangeIt() {
    String email = "first-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";
    String generated = bootstrap.createFirstAdmin(email, Optional.empty()).orElseThrow();
    assertThat(generated).hasSizeGreaterThanOrEqualTo(20);

    String token =
        Api.login(email, generated)
            .then()
            .statusCode(200)
            .body("mustChangePassword", equalTo(true))
            .extract()
            .path("token");
    Api.bearer(token)
        .get("/api/admin/accounts")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:mcportal:problem:password-change-required"));

    String changed =
        Api.bearer(token)
            .contentType(ContentType.JSON)
            .body(Map.of("currentPassword", generated, "newPassword", "Granite-Meadow-Signal-88"))
            .post("/api/auth/password")
            .then()
            .statusCode(200)
            .extract()
            .path("token");
    Api.bearer(changed).get("/api/admin/accounts").then().statusCode(200);
  }

  @Test
  void aConfiguredPasswordNeedsNoChange() {
    String email = "configured-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";

    assertThat(bootstrap.createFirstAdmin(email, Optional.of("Configured-Strong-Pass-5")))
        .isEmpty();

    Api.login(email, "Configured-Strong-Pass-5")
        .then()
        .statusCode(200)
        .body("mustChangePassword", equalTo(false));
  }

  @Test
  void aWeakConfiguredPasswordStopsTheBootstrap() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> bootstrap.createFirstAdmin("weak@school.test", Optional.of("password1234")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PORTAL_ADMIN_PASSWORD");
  }

  @Test
  void demoModeCreatesOneAccountPerRoleAndOneWithBothEducatorRoles() {
    bootstrap.createDemoAccounts();
    bootstrap.createDemoAccounts();

    for (AccountBootstrap.DemoAccount demo : AccountBootstrap.DEMO) {
      Api.login(demo.email(), demo.password())
          .then()
          .statusCode(200)
          .body("account.roles.size()", equalTo(demo.roles().size()));
    }
    assertThat(accounts.findByEmail("both@demo.mcportal.test").orElseThrow().roles())
        .containsExactly(Role.EDUCATOR, Role.ASSESSOR);
  }
}
