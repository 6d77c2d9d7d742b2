package org.mcportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class PasswordPolicyTest {

  @Inject PasswordPolicy policy;
  @Inject PasswordHasher hasher;

  @ParameterizedTest
  @ValueSource(strings = {"elevenchars", "Tr0ub4dor&3", ""})
  void passwordsShorterThanTwelveAreRefused(String password) {
    assertThat(policy.problems(password, "someone@school.test")).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234",
        "Password2024!",
        "qwertyuiopasdfghjkl",
        "123456789012",
        "Teacher12345"
      })
  void commonPasswordsAreRefusedWhateverTheirCase(String password) {
    assertThat(policy.problems(password, "someone@school.test"))
        .contains("password: is one of the most common passwords; choose another");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "twelve-chars",
        "Quiet-Harbour-Lantern-42",
        "correct horse battery staple",
        "añoranza de la montaña 🌲"
      })
  void longUncommonPasswordsAreAccepted(String password) {
    assertThat(policy.problems(password, "someone@school.test")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {128, 129})
  void passwordsUpToOneHundredTwentyEightCharactersAreAccepted(int length) {
    String password = "x7-".repeat(50).substring(0, length);
    assertThat(policy.problems(password, "someone@school.test").isEmpty()).isEqualTo(length <= 128);
  }

  @ParameterizedTest
  @ValueSource(strings = {"someone-secret-words", "SOMEONE@school.test"})
  void aPasswordContainingTheEmailIsRefused(String password) {
    assertThat(policy.problems(password, "someone@school.test"))
        .contains("password: must not contain your email address");
  }

  @ParameterizedTest
  @ValueSource(ints = {10})
  void passwordsAreHashedWithBcryptAtCostTenOrMore(int minimum) {
    String hash = hasher.hash("Quiet-Harbour-Lantern-42");

    assertThat(hash).startsWith("$2a$");
    assertThat(Integer.parseInt(hash.substring(4, 6))).isGreaterThanOrEqualTo(minimum);
    assertThat(hasher.matches("Quiet-Harbour-Lantern-42", hash)).isTrue();
    assertThat(hasher.matches("Quiet-Harbour-Lantern-43", hash)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {80})
  void passphrasesLongerThanBcryptReadsStillDifferInTheirTail(int length) {
    String base = "a-long-passphrase-".repeat(10).substring(0, length);
    String hash = hasher.hash(base + "one");

    assertThat(hasher.matches(base + "one", hash)).isTrue();
    assertThat(hasher.matches(base + "two", hash)).isFalse();
  }
}
