package org.mcportal.submission.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mcportal.rules.AnswerShare;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.ExpectedFields;
import org.mcportal.rules.FieldKey;
import org.mcportal.rules.Location;
import org.mcportal.rules.Part;
import org.mcportal.rules.Progress;
import org.mcportal.rules.Question;
import org.mcportal.rules.Rubric;
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
 * @param guidance the credential's "how to go about it" sections, kept at hand while writing
 * @param lastSaved when any field of the draft was last saved, or null before the first save
 * @param filter the part or subject the educator chose to see; the outline always shows the whole
 */
public record EditorModel(
    SubmissionSummary submission,
    boolean editable,
    List<PartView> parts,
    Map<String, String> conflicts,
    String anonymity,
    boolean preview,
    List<CredentialDefinition.GuidanceSection> guidance,
    Instant lastSaved,
    Filter filter) {

  /** The same editor seen through another filter. */
  EditorModel filtered(Filter newFilter) {
    return new EditorModel(
        submission, editable, parts, conflicts, anonymity, preview, guidance, lastSaved, newFilter);
  }

  /** The whole draft's words, as the outline's total. */
  public int words() {
    return parts.stream().mapToInt(PartView::words).sum();
  }

  /**
   * A link to an element of the editor: within the current filter when it shows the element, else
   * to the whole draft, so a jump from the outline always lands.
   */
  public String href(String partId, int subject, String anchor) {
    String base = "/submissions/" + submission.id();
    return (filter.shows(partId, subject) ? base + filter.query() : base) + "#" + anchor;
  }

  /** The ways of narrowing the editor, the whole draft first, with the one in use marked. */
  public List<FilterOption> filters() {
    List<FilterOption> options = new ArrayList<>();
    String base = "/submissions/" + submission.id();
    options.add(new FilterOption("The whole draft", base, filter.isNone(), "", ""));
    for (PartView part : parts) {
      String partId = part.part().id();
      Filter ofPart = new Filter(partId, -1);
      options.add(
          new FilterOption(
              "Part " + part.part().number() + ": " + part.part().title(),
              base + ofPart.query(),
              filter.equals(ofPart),
              "",
              ""));
      for (int n = 0; n < part.subjectHeadings().size(); n++) {
        Filter ofSubject = new Filter(partId, n);
        options.add(
            new FilterOption(
                part.subjectHeadings().get(n),
                base + ofSubject.query(),
                filter.equals(ofSubject),
                FieldKey.subject(partId, n).toString(),
                part.subjectLabel(n)));
      }
    }
    return options;
  }

  /**
   * @param subjectKey the key of the subject's pseudonym field, so script can rename the option as
   *     the pseudonym is typed; empty for the whole draft and for parts
   * @param subjectLabel "Student 1", the option's label before a pseudonym, for that script
   */
  public record FilterOption(
      String label, String href, boolean current, String subjectKey, String subjectLabel) {}

  /**
   * What the editor shows: everything, one part, or one subject of a part. A filter hides the rest
   * of the page, never the draft: hidden fields keep their text and are still saved with their
   * component.
   *
   * @param subject the subject's index from 0, or -1 for the whole part
   */
  public record Filter(String part, int subject) {

    public static final Filter NONE = new Filter("", -1);

    /** The filter of {@code ?part=part-2&subject=1} (subjects count from 1 in the address). */
    static Filter of(String part, Integer subject) {
      if (part == null || part.isBlank()) {
        return NONE;
      }
      return new Filter(part, subject == null || subject < 1 ? -1 : subject - 1);
    }

    public boolean isNone() {
      return part.isEmpty();
    }

    public boolean showsPart(String partId) {
      return isNone() || part.equals(partId);
    }

    /** Whether a subject's fields show: every subject shows unless the filter names another. */
    public boolean shows(String partId, int subjectIndex) {
      return showsPart(partId) && (subject < 0 || subjectIndex < 0 || subject == subjectIndex);
    }

    /** The query that brings this filter back, "" for none. */
    public String query() {
      if (isNone()) {
        return "";
      }
      return "?part=" + part + (subject < 0 ? "" : "&subject=" + (subject + 1));
    }

    /** The subject as the form posts it back: 1-based, or "" for none. */
    public String subjectParam() {
      return subject < 0 ? "" : String.valueOf(subject + 1);
    }
  }

  /** Whether any part names subjects, so the page points to their pseudonyms. */
  public boolean hasSubjects() {
    return parts.stream().anyMatch(PartView::hasSubjects);
  }

  /**
   * @param subjectHeadings "Student 1: Student A" for each subject, as the editor's headings read
   */
  public record PartView(
      Part part,
      String anchor,
      List<FieldView> pseudonyms,
      List<FieldView> privateNames,
      List<ComponentView> components,
      List<String> subjectHeadings) {

    public boolean hasSubjects() {
      return !pseudonyms.isEmpty();
    }

    public int words() {
      return components.stream().mapToInt(ComponentView::words).sum();
    }

    /** "Student 2" for index 1: the heading before any pseudonym is typed. */
    public String subjectLabel(int index) {
      return part.subjects().map(s -> capitalized(s.label()) + " " + (index + 1)).orElse("");
    }

    /** The keys of every field of the part's components, for the outline's script. */
    public String keys() {
      return String.join(" ", components.stream().map(ComponentView::keys).toList());
    }

    public String progress() {
      return Progress.combined(
              components.stream().map(c -> Progress.valueOf(c.progress().toUpperCase())).toList())
          .shown();
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
      int words,
      List<Integer> fieldWords) {

    /** How far along the component is, from its fields' words and its lower bound. */
    public String progress() {
      return Progress.of(fieldWords, component.words()).shown();
    }

    /**
     * Each answer's indicative share of the bounds, "about 70–95 words each", or "" when the
     * component has no bounds or only one answer (whose share is the bounds themselves).
     */
    public String share() {
      if (fieldWords.size() < 2) {
        return "";
      }
      return component.words().map(b -> AnswerShare.of(b, fieldWords.size()).describe()).orElse("");
    }

    /** The keys of the component's answers or documents, space-separated, for script. */
    public String keys() {
      List<String> keys = new ArrayList<>();
      groups.forEach(g -> g.fields().forEach(f -> keys.add(f.key())));
      documents.forEach(d -> keys.add(d.note().key()));
      return String.join(" ", keys);
    }

    /** How many answers or documents share the bounds. */
    public int answers() {
      return fieldWords.size();
    }

    /** The rubric's levels, best first, as the assessor reads them. */
    public List<Rubric.Level> levels() {
      return component.rubric() == null ? List.of() : component.rubric().levels();
    }

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
   * @param subject the subject's index from 0, or -1 for a component answered once
   * @param anchor the element id the outline links to
   */
  public record GroupView(String heading, int subject, String anchor, List<FieldView> fields) {

    public int words() {
      return fields.stream().mapToInt(FieldView::words).sum();
    }

    public String keys() {
      return String.join(" ", fields.stream().map(FieldView::key).toList());
    }

    public String progress() {
      return Progress.of(fields.stream().map(FieldView::words).toList(), Optional.empty()).shown();
    }
  }

  /**
   * @param subject the subject's index from 0, or -1 for one document for the whole submission
   * @param upload the PDF that stands in for the written document, or null
   */
  public record DocumentView(String heading, int subject, FieldView note, UploadView upload) {

    public boolean hasUpload() {
      return upload != null;
    }
  }

  /**
   * @param anchor the element id that checklist findings link to
   * @param label the question's number and text verbatim, or the field's name
   * @param conflict the server's text when a form save found this field changed elsewhere
   * @param words the field's words as its component counts them (an upload's, if it has one)
   */
  public record FieldView(
      String key,
      String anchor,
      String label,
      String hint,
      String text,
      long version,
      String conflict,
      int words) {

    public boolean hasConflict() {
      return conflict != null;
    }

    public String progress() {
      return words == 0 ? Progress.EMPTY.shown() : Progress.DONE.shown();
    }

    /** The question's number and a few words of it, for the outline. */
    public String shortLabel() {
      if (label.length() <= 60) {
        return label;
      }
      int cut = label.lastIndexOf(' ', 57);
      return label.substring(0, cut > 0 ? cut : 57) + "…";
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
        model.submission(),
        false,
        model.parts(),
        Map.of(),
        model.anonymity(),
        true,
        model.guidance(),
        null,
        Filter.NONE);
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
      parts.add(
          new PartView(
              part, partAnchor(part.id()), pseudonyms, privateNames, components, headings));
    }
    Instant lastSaved =
        draft.fields().stream()
            .filter(f -> f.version() > 0)
            .map(Draft.Field::updatedAt)
            .filter(java.util.Objects::nonNull)
            .max(Instant::compareTo)
            .map(at -> at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
            .orElse(null);
    return new EditorModel(
        draft.submission(),
        draft.submission().status().editable(),
        parts,
        conflicts,
        definition.anonymity(),
        false,
        definition.guidance(),
        lastSaved,
        Filter.NONE);
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
      int subject = slot.subject().isPresent() ? slot.subject().getAsInt() : -1;
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
        documents.add(new DocumentView(heading, subject, note, builder.uploaded().get(key)));
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
      String groupAnchor =
          componentAnchor(component.id()) + (subject < 0 ? "-answers" : "-s" + (subject + 1));
      groups.add(new GroupView(heading, subject, groupAnchor, group));
    }
    List<Integer> fieldWords =
        fields.keys().stream().map(key -> builder.words(key.toString())).toList();
    int words = fieldWords.stream().mapToInt(Integer::intValue).sum();
    return new ComponentView(
        component,
        componentAnchor(component.id()),
        "save-" + component.id(),
        locked.contains(component.id()),
        groups,
        documents,
        words,
        fieldWords);
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
      return new FieldView(
          key, anchor(key), label, hint, text(key), version, conflicts.get(key), words(key));
    }
  }
}
