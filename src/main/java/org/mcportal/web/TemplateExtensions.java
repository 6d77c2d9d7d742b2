package org.mcportal.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;

/** Helpers the page templates call on plain values. */
@TemplateExtension
public final class TemplateExtensions {

  private TemplateExtensions() {}

  /**
   * {@code {link.expiresAt.dateTime}}: "December 2, 2026 at 14:05 UTC" in a {@code <time>} element
   * that script shows in the reader's time zone (see {@link Formats#momentElement}).
   */
  static RawString dateTime(Instant instant) {
    return new RawString(Formats.momentElement(instant));
  }

  /** {@code {role.label}}: "Program admin" for ADMIN, as the header names roles. */
  static String label(Role role) {
    return PageContext.label(role.name());
  }

  /**
   * {@code {account.status}}: where the account stands, as the admin pages label it. An account
   * that has never had a password is waiting for its invitation to be accepted.
   */
  static String status(AccountView account) {
    if (!account.active()) {
      return "Deactivated";
    }
    if (account.mustChangePassword()) {
      return "Must change password";
    }
    if (!account.passwordSet() && !account.external()) {
      return "Invited";
    }
    return "Active";
  }

  /** {@code {account.statusTag}}: the tag's style for {@link #status}. */
  static String statusTag(AccountView account) {
    return switch (status(account)) {
      case "Active" -> "tag-yes";
      case "Deactivated" -> "tag-no";
      default -> "tag-wait";
    };
  }

  /** {@code {account.roles.labels}}: "Educator, Assessor". */
  static String labels(List<Role> roles) {
    return roles.stream().map(TemplateExtensions::label).collect(Collectors.joining(", "));
  }

  /** {@code {part.instructions.markdown}}: the text rendered by {@link MarkdownRenderer}. */
  static RawString markdown(String text) {
    return new RawString(Arc.container().instance(MarkdownRenderer.class).get().toHtml(text));
  }

  /**
   * {@code {field.text.written}}: what a person wrote, rendered so that it reads as written (see
   * {@link MarkdownRenderer#writtenToHtml}).
   */
  static RawString written(String text) {
    return new RawString(
        Arc.container().instance(MarkdownRenderer.class).get().writtenToHtml(text));
  }

  /**
   * {@code {definition.revised.spelledOut}}: "March 17, 2022", as the credential prints its dates.
   */
  static String spelledOut(LocalDate date) {
    return Formats.longDate(date);
  }

  /** {@code {bounds.max.grouped}}: "2,000" rather than "2000". */
  public static String grouped(int number) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(number);
  }
}
