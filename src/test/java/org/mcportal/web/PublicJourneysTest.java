package org.mcportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mcportal.web.browser.BrowserTest;
import org.mcportal.web.browser.PageView;
import org.openqa.selenium.Keys;

/** What a visitor can do before signing in, driven in headless Chromium. */
@QuarkusTest
class PublicJourneysTest extends BrowserTest {

  @Test
  void aVisitorFindsAndReadsTheHomeVisitsCredential() {
    PageView home = visit("/", "home");
    assertThat(home.heading()).isEqualTo("Show your practice. Earn the credential.");

    PageView list = home.follow("Browse the credentials", "credentials");
    assertThat(list.heading()).isEqualTo("Credentials");

    PageView credential =
        list.follow(
            "Developing Trusting Reciprocal Relationships through Home Visits",
            "credential-home-visits");
    assertThat(credential.path()).isEqualTo("/credentials/home-visits");
    assertThat(credential.text(".glance"))
        .contains("Educator conducts three home visits to develop relationships with families.")
        .contains("Educator plans, conducts, and reflects on three home visits.")
        .contains("3,450–4,800 words");
    assertThat(credential.findAll("table.rubric")).hasSize(5);
    assertThat(credential.text("#part-2-title"))
        .isEqualTo("Part 2: Work Examples/Artifacts/Evidence");
    assertThat(credential.mainText())
        .contains("To earn this micro-credential, you must receive a passing score in Parts 1");
    assertThat(credential.text("footer")).contains("CC BY-NC-ND 4.0");
  }

  @Test
  void aVisitorIsOfferedSignInFromTheCredentialAndComesBackAfterwards() {
    PageView credential = visit("/credentials/home-visits", "credential-home-visits");
    PageView signIn = credential.follow("Sign in to start", "signin");

    assertThat(signIn.heading()).isEqualTo("Sign in");
    assertThat(signIn.find("input[name=next]").getAttribute("value"))
        .isEqualTo("/credentials/home-visits");
    assertThat(signIn.find("label[for=email]").getText()).isEqualTo("Email address");
    assertThat(signIn.find("label[for=password]").getText()).isEqualTo("Password");
    assertThat(signIn.has("[role=alert]")).isTrue();
  }

  @Test
  void theShowPasswordButtonIsAddedByScriptAndRevealsThePassword() {
    PageView signIn = visit("/signin", "signin");
    signIn.find("#password").sendKeys("correct horse");

    signIn.find("button.reveal").click();

    assertThat(signIn.find("#password").getAttribute("type")).isEqualTo("text");
    assertThat(signIn.find("button.reveal").getAttribute("aria-pressed")).isEqualTo("true");
  }

  @Test
  void theSkipLinkIsTheFirstStopAndMovesFocusToTheMainContent() {
    PageView home = visit("/", "home");
    home.press(Keys.TAB);
    assertThat(home.focused().getText()).isEqualTo("Skip to main content");

    home.press(Keys.ENTER);

    assertThat(home.focused().getAttribute("id")).isEqualTo("main");
  }

  @Test
  void anUnknownAddressShowsTheNotFoundPage() {
    PageView missing = visit("/no-such-page", "error-404");

    assertThat(missing.heading()).isEqualTo("We can't find that page");
    assertThat(missing.title()).startsWith("Page not found");
    assertThat(missing.find("nav[aria-label=Main]").isDisplayed()).isTrue();
  }

  @Test
  void anUnexpectedFailureShowsTheServerErrorPageWithAReferenceAndNoTrace() {
    PageView failure = visit("/fixtures/failure", "error-500");

    assertThat(failure.heading()).isEqualTo("Something went wrong on our side");
    assertThat(failure.text("code.reference")).matches("[0-9a-f-]{36}");
    assertThat(failure.mainText()).doesNotContain("Exception").doesNotContain("at org.");
  }
}
