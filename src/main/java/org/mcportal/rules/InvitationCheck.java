package org.mcportal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Flags a document that seems to lack an invitation, for components that ask for {@link
 * Component.Advisory#INVITATION}: the home-visits rubric wants every thank-you note to invite the
 * family to a follow-up activity or visit.
 *
 * <p>This is a heuristic over English wording: it looks for phrases that invitations usually use
 * ("invite", "join us", "hope to see you", "please come", "RSVP", "save the date"...). It can miss
 * an invitation worded otherwise, which is why it only advises and says so.
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
            && !invites(document.text())) {
          findings.add(
              Finding.advisory(
                  "invitation-not-found",
                  Location.component(part.id(), component.id()).subject(document.subject()),
                  component.label()
                      + ": we could not find an invitation in the document for "
                      + Places.subjectName(part, content, document.subject())
                      + ". The rubric asks each one to invite the family to a follow-up activity"
                      + " or visit. This check looks for phrases such as \"invite\", \"join us\""
                      + " or \"hope to see you\", so it can miss an invitation worded otherwise."));
        }
      }
    }
    return findings;
  }

  public static boolean invites(String text) {
    return INVITATION.matcher(text).find();
  }
}
