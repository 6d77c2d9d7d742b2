package org.mcportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcportal.testing.AdjustableClock;
import org.mcportal.testing.ClientAddresses;

/**
 * Password guessing at the scale an attacker would use: 100 wrong passwords on one account, and one
 * address trying 1,000 accounts. After the threshold every attempt is answered 429 without a
 * password being compared (bcrypt's cost is the attacker's cost only while the portal pays it too),
 * the answers never tell a known email from an unknown one, and passwords rest as bcrypt.
 */
@QuarkusTest
class BruteForceTest {

  /** portal.identity.lockout.max-failures. */
  private static final int LOCKOUT_THRESHOLD = 10;

  /** portal.identity.ip-limit.attempts in the test profile (300 in production). */
  private static final int ADDRESS_CEILING = 12;

  private static final Pattern BCRYPT =
      Pattern.compile("^\\$2[aby]\\$(\\d{2})\\$[./A-Za-z0-9]{53}$");

  @Inject TestIdentities ids;
  @Inject MeterRegistry meters;
  @Inject DataSource database;
  @Inject AdjustableClock clock;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void aHundredWrongPasswordsOnOneAccountAreRefusedAfterTheThresholdWithoutComparingThem() {
    AccountView target = ids.account("guessed", Role.EDUCATOR);
    double checksBefore = passwordChecks();

    List<Integer> statuses = new ArrayList<>();
    List<String> refusals = new ArrayList<>();
    List<String> lockouts = new ArrayList<>();
    // A new address for every guess, as a botnet would, so that only the account's lockout can
    // stop them.
    for (int i = 0; i < 100; i++) {
      Response answer =
          Api.login(target.email(), "Wrong-Password-" + i, ClientAddresses.someAddress());
      statuses.add(answer.statusCode());
      if (answer.statusCode() == 401) {
        refusals.add(answer.asString());
      } else if (answer.statusCode() == 429) {
        assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 15 * 60L);
        lockouts.add(withoutTheWait(answer.asString()));
      }
    }
    double compared = passwordChecks() - checksBefore;
    Response rightPassword =
        Api.login(target.email(), TestIdentities.PASSWORD, ClientAddresses.someAddress());

    System.out.printf(
        "S11 one account: 100 guesses, %d answered 401, %d answered 429, %.0f passwords compared%n",
        refusals.size(), lockouts.size(), compared);
    assertThat(statuses.subList(0, LOCKOUT_THRESHOLD)).containsOnly(401);
    assertThat(statuses.subList(LOCKOUT_THRESHOLD, 100)).hasSize(90).containsOnly(429);
    assertThat(refusals).as("one message for every wrong password").containsOnly(refusals.get(0));
    assertThat(lockouts).as("one message for every locked attempt").containsOnly(lockouts.get(0));
    assertThat(compared).as("passwords compared (bcrypt)").isEqualTo(LOCKOUT_THRESHOLD);
    assertThat(rightPassword.statusCode())
        .as("even the right password, while locked")
        .isEqualTo(429);
    assertThat(ids.failuresFor(target.email())).isEqualTo(LOCKOUT_THRESHOLD);
  }

  @Test
  void aThousandAccountsFromOneAddressAreRefusedAfterTheCeilingWithoutComparingPasswords() {
    List<String> accounts = ids.accounts("sprayed", 1_000, Role.EDUCATOR);
    String address = ClientAddresses.someAddress();
    // The ceiling counts in fixed windows (portal.identity.ip-limit.per, 15 minutes): start the
    // spray just after a window opens, so that it cannot straddle two windows and get twice the
    // allowance, which the docs name as a known limit.
    long window = java.time.Duration.ofMinutes(15).toMillis();
    long intoWindow = Math.floorMod(clock.instant().toEpochMilli(), window);
    clock.advance(java.time.Duration.ofMillis(window - intoWindow + 1_000));
    double checksBefore = passwordChecks();

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      // Each account once, with a password that would be a common guess.
      Response answer = Api.login(accounts.get(i), "Summer-2026-Password", address);
      statuses.add(answer.statusCode());
      if (answer.statusCode() == 429) {
        assertThat(answer.header("Retry-After")).isNotNull();
      }
    }
    double compared = passwordChecks() - checksBefore;

    System.out.printf(
        "S11 one address: 1,000 accounts, %d answered 401, %d answered 429, %.0f passwords"
            + " compared%n",
        statuses.stream().filter(s -> s == 401).count(),
        statuses.stream().filter(s -> s == 429).count(),
        compared);
    assertThat(statuses.subList(0, ADDRESS_CEILING)).containsOnly(401);
    assertThat(statuses.subList(ADDRESS_CEILING, 1_000)).hasSize(988).containsOnly(429);
    assertThat(compared).as("passwords compared (bcrypt)").isEqualTo(ADDRESS_CEILING);
    // The ceiling is the address's: the accounts themselves were not locked by the spray.
    Api.login(accounts.get(999), TestIdentities.PASSWORD, address).then().statusCode(429);
    Api.login(accounts.get(999), TestIdentities.PASSWORD, ClientAddresses.someAddress())
        .then()
        .statusCode(200);
  }

  @Test
  void aKnownAndAnUnknownEmailGetTheSameAnswersBeforeAndAfterTheLockout() {
    AccountView known = ids.account("known", Role.EDUCATOR);
    AccountView deactivated = ids.account("deactivated", Role.EDUCATOR);
    Api.bearer(ids.token(ids.account("admin", Role.ADMIN).id()))
        .post("/api/admin/accounts/" + deactivated.id() + "/deactivate")
        .then()
        .statusCode(200);
    String unknown = "nobody-" + UUID.randomUUID() + "@school.test";

    Response wrongPassword = Api.login(known.email(), "Wrong-Password-0");
    Response unknownEmail = Api.login(unknown, "Wrong-Password-0");
    Response inactive = Api.login(deactivated.email(), TestIdentities.PASSWORD);
    for (int i = 1; i < LOCKOUT_THRESHOLD; i++) {
      Api.login(known.email(), "Wrong-Password-" + i).then().statusCode(401);
      Api.login(unknown, "Wrong-Password-" + i).then().statusCode(401);
    }
    Response lockedKnown = Api.login(known.email(), TestIdentities.PASSWORD);
    Response lockedUnknown = Api.login(unknown, "Wrong-Password-x");

    assertThat(List.of(wrongPassword, unknownEmail, inactive))
        .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(401));
    assertThat(unknownEmail.asString()).isEqualTo(wrongPassword.asString());
    assertThat(inactive.asString()).isEqualTo(wrongPassword.asString());
    assertThat(wrongPassword.<String>path("detail")).isEqualTo(LoginService.INVALID_CREDENTIALS);
    assertThat(lockedKnown.statusCode()).isEqualTo(429);
    assertThat(lockedUnknown.statusCode()).isEqualTo(429);
    assertThat(withoutTheWait(lockedUnknown.asString()))
        .isEqualTo(withoutTheWait(lockedKnown.asString()));
    assertThat(lockedUnknown.contentType()).isEqualTo(lockedKnown.contentType());
  }

  @Test
  void aPasswordSetThroughTheApiRestsAsASaltedBcryptHash() throws SQLException {
    AccountView first = ids.account("at-rest-1", Role.EDUCATOR);
    AccountView second = ids.account("at-rest-2", Role.EDUCATOR);
    String chosen = "Granite-Orchard-Compass-" + UUID.randomUUID().toString().substring(0, 6);
    for (AccountView account : List.of(first, second)) {
      Api.bearer(ids.token(account.id()))
          .contentType(ContentType.JSON)
          .body(Map.of("currentPassword", TestIdentities.PASSWORD, "newPassword", chosen))
          .post("/api/auth/password")
          .then()
          .statusCode(200);
    }

    String firstHash = storedHash(first.id());
    String secondHash = storedHash(second.id());

    System.out.printf("S11 at rest: %s…%n", firstHash.substring(0, 7));
    Matcher format = BCRYPT.matcher(firstHash);
    assertThat(format.matches()).as("bcrypt modular crypt format: %s", firstHash).isTrue();
    assertThat(Integer.parseInt(format.group(1))).isGreaterThanOrEqualTo(10);
    assertThat(BCRYPT.matcher(secondHash).matches()).isTrue();
    assertThat(secondHash).as("salted: one password, two hashes").isNotEqualTo(firstHash);
    assertThat(firstHash).doesNotContain(chosen);
    Api.login(first.email(), chosen).then().statusCode(200);
  }

  /** A 429 names how long to wait, which changes by the second; the rest must be the same. */
  private static String withoutTheWait(String body) {
    return body.replaceAll("[0-9]+ seconds", "N seconds");
  }

  private String storedHash(long accountId) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement read =
            connection.prepareStatement("SELECT password_hash FROM account WHERE id = ?")) {
      read.setLong(1, accountId);
      try (ResultSet row = read.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getString(1);
      }
    }
  }

  private double passwordChecks() {
    return meters.counter(PasswordHasher.CHECKS_METER).count();
  }
}
