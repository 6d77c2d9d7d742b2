package org.mcportal.identity.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the sign-in form may send a person afterwards: only to a path on this site. */
class SignInNextTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "/credentials/home-visits, /credentials/home-visits",
        "/a?b=c, /a?b=c",
        "//elsewhere.example, /",
        "https://elsewhere.example/, /",
        "'/\\elsewhere.example', /",
        "javascript:alert(1), /",
        "relative/path, /",
        "NULL, /"
      })
  void shouldOnlyReturnToAPathOnThisSite(String next, String kept) {
    assertThat(SignInPage.safeNext(next)).isEqualTo(kept);
  }
}
