package org.mcportal.submission.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.ExpectedFields;
import org.mcportal.rules.FieldKey;
import org.mcportal.rules.Location;
import org.mcportal.rules.Part;
import org.mcportal.rules.Question;
import org.mcportal.rules.Subjects;
import org.mcportal.rules.WordBounds;
import org.mcportal.rules.WordCounter;
import org.mcportal.submission.Draft;
import org.mcportal.submission.SubmissionSummary;
import org.mcportal.submission.UploadView;

/**
 * The editor as the template reads it: the credential's parts in order, each field with its label,
 * text, version and anchor. Built from the definition, so another credential gets its own editor
 * without a template of its own.
 *
 * @param conflicts the server's text of fields a form save found changed elsewhere, by key
 * @param anonymity the credential's own instruction not to identify anyone
 * @param preview whether this is an admin's preview with placeholder text, never a real draft
 */
public record EditorModel(
    SubmissionSummary submission,
    boolean editable,
    List<PartView> parts,
    Map<String, String> conflicts,
    String anonymity,
    boolean preview) {

  /** Whether any part names subjects, so the page points to their pseudonyms. */
  public boolean hasSubjects() {
    return parts.stream().anyMatch(PartView::hasSubjects);
  }

  public record PartView(
      Part part,
      String anchor,
      List<FieldView> pseudonyms,
      List<FieldView> privateNames,
      List<ComponentView> components) {

    public boolean hasSubjects() {
      return !pseudonyms.isEmpty();
    }

    public String subjectsPlural() {
      return part.subjects().map(Subjects::plural).orElse("");
    }

    public String subjectsInstructions() {
      return part.subjects().map(Subjects::instructions).orElse("");
    }
  }

  /**
   * @param groups the answers, one group per subject when the component asks per subject
   * @param documents the documents, one per subject, for a component that asks for documents
   * @param words the server's count of all answers or documents together, as the checklist counts
   *     them, shown before any script runs
   */
  public record ComponentView(
      Component component,
      String anchor,
      String formId,
      boolean locked,
      List<GroupView> groups,
      List<DocumentView> documents,
      int words) {

    /** Whether the educator may change this component: the draft is open and it is not locked. */
    public boolean writable(boolean editorEditable) {
      return editorEditable && !locked;
    }

    public boolean hasBounds() {
      return component.words().isPresent();
    }

    /** The lower bound for the script, or empty when there is none. */
    public String min() {
      return component
          .words()
          .flatMap(w -> w.min().isPresent() ? Optional.of(w.min().getAsInt()) : Optional.empty())
          .map(String::valueOf)
          .orElse("");
    }

    /** The upper bound for the script, or empty when there is none. */
    public String max() {
      return component
          .words()
          .flatMap(w -> w.max().isPresent() ? Optional.of(w.max().getAsInt()) : Optional.empty())
          .map(String::valueOf)
          .orElse("");
    }

    /** The bounds in the words the checklist uses: "at most 300 words". */
    public String bounds() {
      return component.words().map(WordBounds::describe).orElse("");
    }

    public boolean guide() {
      return component.words().map(WordBounds::guide).orElse(false);
    }

    /** "under", "within" or "over": the state the counter shows, in words as well as colour. */
    public String state() {
      return component
          .words()
          .map(
              bounds ->
                  switch (bounds.verdict(words)) {
                    case BELOW -> "under";
                    case ABOVE -> "over";
                    case WITHIN -> "within";
                  })
          .orElse("within");
    }

    public boolean documentsOnly() {
      return component.response() == Component.ResponseKind.DOCUMENTS;
    }
  }

  /**
   * @param heading "Student 1", or empty for a component answered once
   */
  public record GroupView(String heading, List<FieldView> fields) {}

  /**
   * @param upload the PDF that stands in for the written document, or null
   */
  public record DocumentView(String heading, FieldView note, UploadView upload) {

    public boolean hasUpload() {
      return upload != null;
    }
  }

  /**
   * @param anchor the element id that checklist findings link to
   * @param label the question's number and text verbatim, or the field's name
   * @param conflict the server's text when a form save found this field changed elsewhere
   */
  public record FieldView(
      String key,
      String anchor,
      String label,
      String hint,
      String text,
      long version,
      String conflict) {

    public boolean hasConflict() {
      return conflict != null;
    }
  }

  /**
   * The id of a field's element, from its key: {@code answer:part-1:q} becomes {@code
   * f-answer--part-1--q}.
   */
  public static String anchor(String key) {
    return "f-" + key.replace(":", "--");
  }

  public static String componentAnchor(String componentId) {
    return "c-" + componentId;
  }

  public static String partAnchor(String partId) {
    return "p-" + partId;
  }

  /**
   * Where a finding points in the editor: the field if it names one, else its component or part.
   */
  public static String anchorOf(Location location, CredentialDefinition definition) {
    Optional<Component> component = location.componentId().flatMap(definition::component);
    if (component.isPresent()) {
      Component c = component.get();
      if (location.questionId().isPresent()) {
        return anchor(
            FieldKey.answer(c.id(), location.questionId().get(), location.subject()).toString());
      }
      if (c.response() == Component.ResponseKind.DOCUMENTS && location.subject().isPresent()) {
        return anchor(FieldKey.document(c.id(), location.subject().getAsInt()).toString());
      }
      return componentAnchor(c.id());
    }
    if (location.subject().isPresent()) {
      return anchor(FieldKey.subject(location.partId(), location.subject().getAsInt()).toString());
    }
    return partAnchor(location.partId());
  }

  /** The editor of a draft that is never stored: read-only, with no save forms. */
  static EditorModel preview(
      CredentialDefinition definition,
      Draft draft,
      List<UploadView> uploads,
      Map<String, String> postedTexts,
      Map<String, String> conflicts) {
    EditorModel model = of(definition, draft, uploads, postedTexts, conflicts);
    return new EditorModel(
        model.submission(), false, model.parts(), Map.of(), model.anonymity(), true);
  }

  static EditorModel of(
      CredentialDefinition definition,
      Draft draft,
      List<UploadView> uploads,
      Map<String, String> postedTexts,
      Map<String, String> conflicts) {
    Map<String, Draft.Field> fields = new HashMap<>();
    draft.fields().forEach(f -> fields.put(f.key(), f));
    Map<String, UploadView> uploaded = new HashMap<>();
    uploads.forEach(u -> uploaded.put(u.key(), u));
    Builder builder = new Builder(fields, postedTexts, conflicts, uploaded);
    List<PartView> parts = new ArrayList<>();
    for (ExpectedFields.PartFields partFields : ExpectedFields.of(definition).parts()) {
      Part part = partFields.part();
      String noun = part.subjects().map(s -> capitalized(s.label())).orElse("");
      List<FieldView> pseudonyms = new ArrayList<>();
      List<FieldView> privateNames = new ArrayList<>();
      List<String> headings = new ArrayList<>();
      for (ExpectedFields.SubjectFields subject : partFields.subjects()) {
        int n = subject.index();
        String heading = noun + " " + (n + 1);
        String pseudonym = builder.text(subject.pseudonym().toString());
        headings.add(pseudonym.isBlank() ? heading : heading + ": " + pseudonym.strip());
        pseudonyms.add(
            builder.field(
                subject.pseudonym().toString(),
                "Pseudonym for " + heading.toLowerCase(),
                "For example \"" + noun + " " + (char) ('A' + n) + "\""));
        privateNames.add(
            builder.field(
                subject.privateName().toString(),
                "Real first name of " + heading.toLowerCase(),
                ""));
      }
      List<ComponentView> components = new ArrayList<>();
      for (ExpectedFields.ComponentFields component : partFields.components()) {
        components.add(component(component, headings, builder, draft.lockedComponents()));
      }
      parts.add(new PartView(part, partAnchor(part.id()), pseudonyms, privateNames, components));
    }
    return new EditorModel(
        draft.submission(),
        draft.submission().status().editable(),
        parts,
        conflicts,
        definition.anonymity(),
        false);
  }

  private static ComponentView component(
      ExpectedFields.ComponentFields fields,
      List<String> headings,
      Builder builder,
      Set<String> locked) {
    Component component = fields.component();
    List<GroupView> groups = new ArrayList<>();
    List<DocumentView> documents = new ArrayList<>();
    for (ExpectedFields.Slot slot : fields.slots()) {
      String heading =
          fields.perSubject() && slot.subject().isPresent()
              ? headings.get(slot.subject().getAsInt())
              : "";
      if (fields.documents()) {
        String key = slot.keys().get(0).toString();
        String noun = component.document().singular();
        String name = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        FieldView note =
            builder.field(key, name + (heading.isEmpty() ? "" : " for " + heading), "");
        documents.add(new DocumentView(heading, note, builder.uploaded().get(key)));
        continue;
      }
      List<FieldView> group = new ArrayList<>();
      for (int q = 0; q < slot.keys().size(); q++) {
        Question question = component.questions().get(q);
        group.add(
            builder.field(
                slot.keys().get(q).toString(),
                question.number() + ". " + question.text(),
                question.guidance() == null ? "" : question.guidance()));
      }
      groups.add(new GroupView(heading, group));
    }
    int words = fields.keys().stream().mapToInt(key -> builder.words(key.toString())).sum();
    return new ComponentView(
        component,
        componentAnchor(component.id()),
        "save-" + component.id(),
        locked.contains(component.id()),
        groups,
        documents,
        words);
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Reads each field's text: what the educator just posted if a save stopped, else the draft's. */
  private record Builder(
      Map<String, Draft.Field> fields,
      Map<String, String> posted,
      Map<String, String> conflicts,
      Map<String, UploadView> uploaded) {

    /**
     * The words a field adds to its component's count. An uploaded PDF stands in for the note of
     * its document, as it does in the checklist; its words were counted from its text when read.
     */
    int words(String key) {
      UploadView upload = uploaded.get(key);
      return upload != null ? upload.words() : WordCounter.count(text(key));
    }

    String text(String key) {
      if (posted.containsKey(key)) {
        return posted.get(key);
      }
      Draft.Field field = fields.get(key);
      return field == null ? "" : field.text();
    }

    FieldView field(String key, String label, String hint) {
      Draft.Field field = fields.get(key);
      long version = field == null ? 0 : field.version();
      return new FieldView(key, anchor(key), label, hint, text(key), version, conflicts.get(key));
    }
  }
}
