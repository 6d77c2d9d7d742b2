package org.mcportal.identity;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jboss.logging.Logger;

/**
 * Mails an invitation or reset link to the person it is for. Called once the link's transaction has
 * committed, so a mail never carries a link that does not exist; a mail that cannot be sent is
 * logged and reported as not sent, and the admin still has the link to pass on by hand.
 */
@ApplicationScoped
public class AccountMail {

  private static final Logger LOG = Logger.getLogger(AccountMail.class);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @CheckedTemplate
  static class Templates {
    static native MailTemplateInstance invitation(String displayName, String url, String expiresAt);

    static native MailTemplateInstance reset(String displayName, String url, String expiresAt);
  }

  /**
   * Sends the link to its account's address.
   *
   * @return the link, marked mailed when the mail went out
   */
  public PasswordLinks.IssuedLink deliver(PasswordLinks.IssuedLink link, String displayName) {
    String name = displayName == null || displayName.isBlank() ? link.email() : displayName.strip();
    String expires = WHEN.format(link.expiresAt());
    boolean reset = PasswordLink.Purpose.RESET.name().equals(link.purpose());
    MailTemplateInstance mail =
        reset
            ? Templates.reset(name, link.url().toString(), expires)
                .subject("Choose a new password for the Micro-credential Portal")
            : Templates.invitation(name, link.url().toString(), expires)
                .subject("You are invited to the Micro-credential Portal");
    try {
      mail.to(link.email()).sendAndAwait();
      return link.sent(true);
    } catch (RuntimeException e) {
      // The link stays valid: the admin sees it once and can pass it on another way.
      LOG.warnf(e, "Could not mail the %s link of account %d", link.purpose(), link.accountId());
      return link.sent(false);
    }
  }
}
