package org.mcportal.notification;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.mcportal.assessment.OutcomeReleased;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountService;
import org.mcportal.identity.AccountView;
import org.mcportal.platform.PublicUrl;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.submission.SubmissionDirectory;
import org.mcportal.submission.SubmissionRow;

/**
 * Tells an educator that a result is ready. Only after the release has committed: a release that
 * rolls back announces nothing, and a mail that fails changes nothing that was released. The notice
 * names the credential and links to the result; the outcome itself, the feedback and anything about
 * who assessed it stay behind the sign-in.
 */
@ApplicationScoped
class ReleaseNotices {

  private static final Logger LOG = Logger.getLogger(ReleaseNotices.class);

  @CheckedTemplate
  static class Templates {
    static native MailTemplateInstance released(
        String displayName, String credentialTitle, int attempt, String url);
  }

  private final SubmissionDirectory submissions;
  private final AccountService accounts;
  private final CredentialCatalog catalog;
  private final PublicUrl publicUrl;

  ReleaseNotices(
      SubmissionDirectory submissions,
      AccountService accounts,
      CredentialCatalog catalog,
      PublicUrl publicUrl) {
    this.submissions = submissions;
    this.accounts = accounts;
    this.catalog = catalog;
    this.publicUrl = publicUrl;
  }

  void onReleased(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutcomeReleased released) {
    try {
      // The release's transaction has ended but is still bound to this thread; reading needs one
      // of its own.
      Optional<Notice> notice = QuarkusTransaction.requiringNew().call(() -> noticeFor(released));
      notice.ifPresent(this::send);
    } catch (RuntimeException e) {
      LOG.warnf(
          e, "Could not prepare the release notice of submission %d", released.submissionId());
    }
  }

  private Optional<Notice> noticeFor(OutcomeReleased released) {
    List<SubmissionRow> rows = submissions.byIds(List.of(released.submissionId()));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    AccountView educator = accounts.get(rows.get(0).ownerId());
    if (!educator.active()) {
      return Optional.empty();
    }
    String title =
        catalog
            .version(released.credentialId(), released.credentialVersion())
            .map(CredentialDefinition::title)
            .orElse(released.credentialId());
    return Optional.of(
        new Notice(
            educator.email(),
            educator.displayName(),
            title,
            released.attemptNumber(),
            publicUrl.link("/submissions/" + released.submissionId() + "/results")));
  }

  private void send(Notice notice) {
    // Sent without waiting: the admin who released does not wait on the mail server, and a
    // failure is only logged.
    Templates.released(
            notice.displayName(), notice.credentialTitle(), notice.attempt(), notice.url())
        .to(notice.email())
        .subject("Your result for " + notice.credentialTitle() + " is ready")
        .send()
        .subscribe()
        .with(
            ok -> {},
            failure -> LOG.warnf(failure, "Could not send a release notice to an educator"));
  }

  private record Notice(
      String email, String displayName, String credentialTitle, int attempt, String url) {}
}
