package org.mcportal.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.Released;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;
import org.mcportal.testing.AdjustableClock;

@QuarkusTest
class MailTest {

  @Inject MockMailbox mailbox;
  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject TurnaroundReminders reminders;
  @Inject AdjustableClock clock;

  @BeforeEach
  void emptyMailbox() {
    mailbox.clear();
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void anEducatorHearsOfAReleasedResultWithALinkAndNothingAboutTheAssessor() {
    AccountView educator = identities.account("marigold", Role.EDUCATOR);
    AccountView assessor = identities.account("quillon", Role.ASSESSOR);
    long id = work.submitPassing(educator.id());
    assertThat(mailbox.getMailsSentTo(educator.email())).isNullOrEmpty();

    Released.earned(identities.token(assessor.id()), id, 1);

    Mail notice = awaitOneMailTo(educator.email());
    assertThat(notice.getSubject()).contains("Developing Trusting Reciprocal Relationships");
    assertThat(notice.getText())
        .contains("marigold")
        .contains("https://portal.example.test/submissions/" + id + "/results");
    assertThat(notice.getHtml())
        .contains("href=\"https://portal.example.test/submissions/" + id + "/results");
    for (String body : List.of(notice.getText(), notice.getHtml(), notice.getSubject())) {
      assertThat(body)
          .doesNotContain("quillon")
          .doesNotContain(assessor.email())
          .doesNotContain(Released.code(id, 1));
    }
    assertThat(mailbox.getMailsSentTo(assessor.email())).isNullOrEmpty();
  }

  @Test
  void overdueWorkIsRemindedOnceToAssessorsAndAdminsByCodeOnly() {
    AccountView educator = identities.account("fennimore", Role.EDUCATOR);
    AccountView assessor = identities.account("assessor", Role.ASSESSOR);
    AccountView admin = identities.account("admin", Role.ADMIN);
    // Work other tests left waiting is reminded first, so that this item is the only newly overdue
    // one below and the reminder's short list of codes must name it.
    clock.advance(Duration.ofDays(400));
    reminders.remind();
    mailbox.clear();
    long id = work.submitPassing(educator.id());
    String code = Released.code(id, 1);

    TurnaroundReminders.Sent early = reminders.remind();
    assertThat(mailbox.getMailsSentTo(assessor.email())).isNullOrEmpty();
    assertThat(early.newlyOverdue()).isZero();

    clock.advance(Duration.ofDays(400));
    TurnaroundReminders.Sent first = reminders.remind();

    assertThat(first.newlyOverdue()).isEqualTo(1);
    for (String email : List.of(assessor.email(), admin.email())) {
      List<Mail> mails = mailbox.getMailsSentTo(email);
      assertThat(mails).hasSize(1);
      Mail reminder = mails.get(0);
      assertThat(reminder.getTo()).containsExactly(email);
      assertThat(reminder.getText()).contains(code).contains("https://portal.example.test/");
      assertThat(reminder.getHtml()).contains(code);
      assertThat(reminder.getText() + reminder.getHtml())
          .doesNotContain("fennimore")
          .doesNotContain(educator.email())
          .doesNotContain(String.valueOf("/submissions/" + id));
    }
    assertThat(mailbox.getMailsSentTo(educator.email())).isNullOrEmpty();

    mailbox.clear();
    TurnaroundReminders.Sent second = reminders.remind();
    assertThat(second.newlyOverdue()).isZero();
    assertThat(second.overdue()).isEqualTo(first.overdue());
    assertThat(mailbox.getTotalMessagesSent()).isZero();
  }

  @Test
  void anInvitationIsMailedWithItsOneTimeLinkAndStillShownOnce() {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    String email = "invited-" + System.nanoTime() + "@school.test";

    String url =
        given()
            .header("Authorization", "Bearer " + admin)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "email", email, "displayName", "Invited Person", "roles", List.of("EDUCATOR")))
            .post("/api/admin/invitations")
            .then()
            .statusCode(201)
            .body("mailed", equalTo(true))
            .body("url", startsWith("https://portal.example.test/invitation?token="))
            .extract()
            .path("url");

    Mail invitation = awaitOneMailTo(email);
    assertThat(invitation.getText()).contains(url).contains("Invited Person");
    assertThat(invitation.getHtml()).contains("href=\"" + url.replace("&", "&amp;") + "\"");
  }

  @Test
  void aPasswordResetMailsTheNewLinkToTheAccount() {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    AccountView person = identities.account("forgetful", Role.EDUCATOR);

    String url =
        given()
            .header("Authorization", "Bearer " + admin)
            .post("/api/admin/accounts/" + person.id() + "/password-reset")
            .then()
            .statusCode(201)
            .body("mailed", equalTo(true))
            .extract()
            .path("url");

    Mail reset = awaitOneMailTo(person.email());
    assertThat(reset.getSubject()).contains("new password");
    assertThat(reset.getText()).contains(url).contains("forgetful");
  }

  /** Release notices go out without holding up the release, so they may arrive a moment later. */
  private Mail awaitOneMailTo(String email) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      List<Mail> mails = mailbox.getMailsSentTo(email);
      if (mails != null && !mails.isEmpty()) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("No mail reached " + email + " within 10 seconds");
  }
}
