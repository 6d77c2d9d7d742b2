package org.mcportal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Flags a document that seems to lack an invitation, for components that ask for {@link
 * Component.Advisory#INVITATION}: a rubric that wants every document to invite its reader to
 * something.
 *
 * <p>This is a heuristic over wording: it looks for the phrases the credential lists ({@link
 * Component.Advice#invitationPhrases()}) or, when it lists none, for English phrases that
 * invitations usually use ("invite", "join us", "hope to see you", "please come", "RSVP", "save the
 * date"...). It can miss an invitation worded otherwise, which is why it only advises and says so.
 */
public final class InvitationCheck {

  static final Pattern INVITATION =
      Pattern.compile(
          "(?<![\\p{L}])(?:invit\\p{L}*"
              + "|join (?:us|me|our|the)"
              + "|(?:come|stop|drop) (?:by|in|to|and|visit|see)"
              + "|hope (?:to see|you can|you will|you'll|you’ll)"
              + "|(?:would|we'd|we’d|i'd|i’d) (?:love|like) (?:to see|to have|to welcome|for you)"
              + "|(?:welcome|love) you to"
              + "|please (?:come|join|stop by|visit|attend)"
              + "|you are welcome|you're welcome to|you’re welcome to"
              + "|rsvp|save the date|see you (?:at|on|there))"
              + "(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private InvitationCheck() {}

  public static List<Finding> findings(CredentialDefinition definition, SubmissionContent content) {
    List<Finding> findings = new ArrayList<>();
    for (Component component : definition.components()) {
      if (!component.advisories().contains(Component.Advisory.INVITATION)) {
        continue;
      }
      Part part = Places.partOf(definition, component);
      for (Document document : content.documents()) {
        if (document.componentId().equals(component.id())
            && !document.text().isBlank()
            && !document.recognising()
            && !invites(component.advice(), document.text())) {
          findings.add(
              Finding.advisory(
                  "invitation-not-found",
                  Location.component(part.id(), component.id()).subject(document.subject()),
                  component.label()
                      + ": we could not find an invitation in the "
                      + component.document().singular()
                      + whose(part, component, content, document.subject())
                      + ". "
                      + component.advice().invitation()
                      + " This check looks for phrases such as "
                      + examples(component.advice())
                      + ", so it can miss an invitation worded otherwise."));
        }
      }
    }
    return findings;
  }

  public static boolean invites(String text) {
    return INVITATION.matcher(text).find();
  }

  /** Whether the text holds one of the credential's phrases, or a built-in one if it has none. */
  public static boolean invites(Component.Advice advice, String text) {
    return pattern(advice).matcher(text).find();
  }

  private static Pattern pattern(Component.Advice advice) {
    if (advice.invitationPhrases().isEmpty()) {
      return INVITATION;
    }
    String alternatives =
        advice.invitationPhrases().stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return Pattern.compile(
        "(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String examples(Component.Advice advice) {
    List<String> phrases =
        advice.invitationPhrases().isEmpty()
            ? List.of("invite", "join us", "hope to see you")
            : advice.invitationPhrases().stream().limit(3).toList();
    return Places.listing(phrases.stream().map(p -> "\"" + p + "\"").toList(), "or");
  }

  private static String whose(Part part, Component component, SubmissionContent content, int n) {
    return Places.isPerSubject(part, component)
        ? " for " + Places.subjectName(part, content, n)
        : "";
  }
}
