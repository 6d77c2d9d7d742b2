package org.mcportal.submission.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mcportal.assessment.AssessmentProblemException;
import org.mcportal.assessment.EducatorResults;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.platform.ProblemException;
import org.mcportal.platform.WriteHeaders;
import org.mcportal.rules.Checklist;
import org.mcportal.rules.Completeness;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Finding;
import org.mcportal.rules.Part;
import org.mcportal.submission.CheckedDraft;
import org.mcportal.submission.EditorData;
import org.mcportal.submission.EducatorDetails;
import org.mcportal.submission.FindingIds;
import org.mcportal.submission.Receipt;
import org.mcportal.submission.ReceiptData;
import org.mcportal.submission.SaveResult;
import org.mcportal.submission.SubmissionProblems;
import org.mcportal.submission.SubmissionService;
import org.mcportal.submission.SubmissionService.FieldEdit;
import org.mcportal.submission.SubmissionSummary;
import org.mcportal.submission.SubmitService;
import org.mcportal.submission.UploadService;
import org.mcportal.submission.Uploads;
import org.mcportal.submission.WordCounts;
import org.mcportal.web.PageContext;
import org.mcportal.web.PageResponses;
import org.mcportal.web.Pages;
import org.mcportal.web.TemplateExtensions;

/**
 * The educator's pages: their submissions, the editor, the checklist and the receipt. Everything
 * here works as plain forms; {@code editor.js} adds autosave, live counts and uploads in place on
 * top, through the JSON API.
 */
@Path("/submissions")
@Produces(MediaType.TEXT_HTML)
class SubmissionPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(
        PageContext page, List<SubmissionSummary> submissions, List<CredentialDefinition> open);

    static native TemplateInstance start(
        PageContext page, CredentialDefinition credential, boolean retired);

    static native TemplateInstance withdraw(PageContext page, SubmissionSummary submission);

    static native TemplateInstance editor(
        PageContext page,
        EditorModel editor,
        String notice,
        List<Receipt> receipts,
        Map<String, String> lockedResults,
        String results);

    static native TemplateInstance check(
        PageContext page,
        SubmissionSummary submission,
        boolean editable,
        boolean canSubmit,
        List<FindingView> blocking,
        List<FindingView> advisory,
        List<FindingGroup> groups,
        List<String> summary,
        int turnaroundDays,
        String idempotencyKey,
        List<String> errors);

    static native TemplateInstance receipt(
        PageContext page, SubmissionSummary submission, Receipt receipt, int turnaroundDays);
  }

  /** A finding as the checklist shows it, with the editor anchor of what it concerns. */
  record FindingView(
      String id, String code, String message, String href, boolean acknowledged, boolean blocks) {}

  /** The findings about one part, or one subject of a part, in the credential's order. */
  record FindingGroup(String heading, List<FindingView> findings) {}

  private final Pages pages;
  private final SubmissionService submissions;
  private final UploadService files;
  private final SubmitService submitting;
  private final CredentialCatalog catalog;
  private final EducatorDetails educators;
  private final Caller caller;
  private final Uploads uploads;
  private final EducatorResults results;

  SubmissionPages(
      Pages pages,
      SubmissionService submissions,
      UploadService files,
      SubmitService submitting,
      CredentialCatalog catalog,
      EducatorDetails educators,
      Caller caller,
      Uploads uploads,
      EducatorResults results) {
    this.uploads = uploads;
    this.results = results;
    this.pages = pages;
    this.submissions = submissions;
    this.files = files;
    this.submitting = submitting;
    this.catalog = catalog;
    this.educators = educators;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Role.Names.EDUCATOR)
  public TemplateInstance list() {
    List<SubmissionSummary> mine = submissions.mine(caller.requireAccountId());
    List<CredentialDefinition> open =
        catalog.currentVersions().stream()
            .filter(c -> mine.stream().noneMatch(s -> s.credentialId().equals(c.id())))
            .toList();
    return Templates.list(pages.context(), mine, open);
  }

  /** The credential page's "Start your submission" leads here: one button to confirm. */
  @GET
  @Path("/new")
  @RolesAllowed(Role.Names.EDUCATOR)
  public Response confirmStart(@QueryParam("credential") String credentialId) {
    CredentialDefinition credential =
        catalog
            .current(credentialId == null ? "" : credentialId)
            .orElseThrow(() -> SubmissionProblems.notFound("No such credential"));
    Optional<SubmissionSummary> existing = existing(credentialId);
    if (existing.isPresent()) {
      return seeOther("/submissions/" + existing.get().id());
    }
    boolean retired = catalog.retired(credential.id(), credential.version());
    return Response.ok(Templates.start(pages.context(List.of(credential)), credential, retired))
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.EDUCATOR)
  public Response start(@RestForm("credential") String credentialId) {
    long owner = caller.requireAccountId();
    Optional<SubmissionSummary> existing = existing(credentialId);
    if (existing.isPresent()) {
      return seeOther("/submissions/" + existing.get().id());
    }
    SubmissionSummary started;
    try {
      started = submissions.start(owner, credentialId == null ? "" : credentialId);
    } catch (ProblemException refused) {
      if (!SubmissionProblems.is(refused, SubmissionProblems.VERSION_RETIRED)) {
        throw refused;
      }
      // Retired between the confirmation page and the click: say so where the button was.
      CredentialDefinition credential = catalog.current(credentialId).orElseThrow();
      return PageResponses.html(
              409, Templates.start(pages.context(List.of(credential)), credential, true))
          .build();
    }
    return seeOther("/submissions/" + started.id());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Role.Names.EDUCATOR)
  public TemplateInstance editor(
      @PathParam("id") long id,
      @QueryParam("saved") String saved,
      @QueryParam("part") String part,
      @QueryParam("subject") String subject) {
    return editorPage(
        id, Map.of(), Map.of(), saved == null ? "" : "Your changes were saved.", part, subject);
  }

  /**
   * The editor's save without script: each component's form posts its fields as parallel lists of
   * keys, versions and texts, in document order. Fields changed elsewhere come back beside the
   * educator's text, which is kept in the form with the newer version, so saving again keeps it.
   */
  @POST
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.EDUCATOR)
  public Response save(
      @PathParam("id") long id,
      @RestForm("key") List<String> keys,
      @RestForm("version") List<Long> versions,
      @RestForm("text") List<String> texts,
      @RestForm("component") String component,
      @RestForm("show-part") String showPart,
      @RestForm("show-subject") String showSubject) {
    long owner = caller.requireAccountId();
    if (keys.size() != versions.size() || keys.size() != texts.size()) {
      throw SubmissionProblems.badRequest(
          SubmissionProblems.FORM_FIELDS, "Each field needs its key, version and text");
    }
    List<FieldEdit> edits = new ArrayList<>();
    Map<String, String> posted = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      // Browsers send line breaks in forms as CRLF; the API and the counts work with LF.
      String text = texts.get(i).replace("\r\n", "\n");
      edits.add(new FieldEdit(keys.get(i), versions.get(i), text));
      posted.put(keys.get(i), text);
    }
    List<SaveResult> results = submissions.saveAll(owner, id, edits);
    Map<String, String> conflicts = new LinkedHashMap<>();
    for (SaveResult result : results) {
      if (result instanceof SaveResult.Stale stale) {
        conflicts.put(stale.key(), stale.currentText());
      }
    }
    String anchor =
        component == null || component.isBlank()
            ? ""
            : "#" + EditorModel.componentAnchor(component);
    if (conflicts.isEmpty()) {
      String filter =
          showPart == null || showPart.isBlank()
              ? ""
              : "&part="
                  + java.net.URLEncoder.encode(showPart, java.nio.charset.StandardCharsets.UTF_8)
                  + (showSubject == null || !showSubject.matches("[0-9]{1,3}")
                      ? ""
                      : "&subject=" + showSubject);
      return seeOther("/submissions/" + id + "?saved=1" + filter + anchor);
    }
    posted.keySet().retainAll(conflicts.keySet());
    return Response.status(Response.Status.CONFLICT)
        .entity(
            editorPage(
                id,
                posted,
                conflicts,
                "Some answers changed elsewhere since you opened this page, so they were not"
                    + " saved. Each one shows the saved text beside yours.",
                showPart,
                showSubject))
        .build();
  }

  @POST
  @Path("/{id}/uploads/{key}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Role.Names.EDUCATOR)
  public Response upload(
      @PathParam("id") long id, @PathParam("key") String key, @RestForm("file") FileUpload file) {
    long owner = caller.requireAccountId();
    if (file == null || file.size() == 0) {
      throw SubmissionProblems.badRequest(
          SubmissionProblems.FILE_MISSING, "Choose a PDF file to upload");
    }
    uploads.attach(owner, id, key, file);
    return seeOther("/submissions/" + id + "#" + EditorModel.anchor(key));
  }

  @POST
  @Path("/{id}/uploads/{key}/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.EDUCATOR)
  public Response removeUpload(@PathParam("id") long id, @PathParam("key") String key) {
    files.detach(caller.requireAccountId(), id, key);
    return seeOther("/submissions/" + id + "#" + EditorModel.anchor(key));
  }

  @GET
  @Path("/{id}/check")
  @RolesAllowed(Role.Names.EDUCATOR)
  public TemplateInstance check(@PathParam("id") long id) {
    return checkPage(id, List.of(), List.of());
  }

  /**
   * Submits with the idempotency key the checklist page generated, so a double click or a resent
   * form makes one attempt and both land on its receipt.
   */
  @POST
  @Path("/{id}/submit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.EDUCATOR)
  public Response submit(
      @PathParam("id") long id,
      @RestForm("idempotency-key") String idempotencyKey,
      @RestForm("acknowledged") List<String> acknowledged,
      @RestForm("confirmed") String confirmed) {
    long owner = caller.requireAccountId();
    if (!"yes".equals(confirmed)) {
      return Response.status(422)
          .entity(
              checkPage(
                  id,
                  acknowledged,
                  List.of(
                      "Confirm that you understand your draft becomes read-only, then submit.")))
          .build();
    }
    if (!WriteHeaders.validIdempotencyKey(idempotencyKey)) {
      throw SubmissionProblems.badRequest(
          SubmissionProblems.IDEMPOTENCY_KEY, "Reload the checklist and submit again");
    }
    try {
      Receipt receipt =
          submitting.submit(
              owner, id, idempotencyKey, new HashSet<>(acknowledged), educators.of(owner));
      return seeOther("/submissions/" + id + "/receipt/" + receipt.attempt());
    } catch (ProblemException refused) {
      // Only an incomplete checklist is shown back on the checklist page; the rest is an error.
      if (!SubmissionProblems.is(refused, SubmissionProblems.CHECKLIST_INCOMPLETE)) {
        throw refused;
      }
      List<String> errors = new ArrayList<>();
      errors.add(refused.problem().detail());
      return Response.status(422).entity(checkPage(id, acknowledged, errors)).build();
    }
  }

  @GET
  @Path("/{id}/withdraw")
  @RolesAllowed(Role.Names.EDUCATOR)
  public TemplateInstance confirmWithdraw(@PathParam("id") long id) {
    EditorData data = submissions.editor(caller.requireAccountId(), id);
    return Templates.withdraw(pages.context(), data.draft().submission());
  }

  /** Withdraws the draft and offers a fresh start for the same credential. */
  @POST
  @Path("/{id}/withdraw")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.EDUCATOR)
  public Response withdraw(@PathParam("id") long id) {
    SubmissionSummary withdrawn = submissions.withdraw(caller.requireAccountId(), id);
    return seeOther(
        "/submissions/new?credential="
            + java.net.URLEncoder.encode(
                withdrawn.credentialId(), java.nio.charset.StandardCharsets.UTF_8));
  }

  @GET
  @Path("/{id}/receipt/{attempt}")
  @RolesAllowed(Role.Names.EDUCATOR)
  public TemplateInstance receipt(@PathParam("id") long id, @PathParam("attempt") int attempt) {
    ReceiptData receipt = submissions.receipt(caller.requireAccountId(), id, attempt);
    return Templates.receipt(
        pages.context(),
        receipt.submission(),
        receipt.receipt(),
        definitionOf(receipt.submission()).assessment().turnaroundDays());
  }

  private TemplateInstance editorPage(
      long id,
      Map<String, String> posted,
      Map<String, String> conflicts,
      String notice,
      String part,
      String subject) {
    EditorData data = submissions.editor(caller.requireAccountId(), id);
    CredentialDefinition definition = definitionOf(data.draft().submission());
    EditorModel model = EditorModel.of(definition, data.draft(), data.uploads(), posted, conflicts);
    EditorModel.Filter filter = filterOf(definition, part, subject);
    if (filter == null) {
      filter = EditorModel.Filter.NONE;
      notice =
          (notice.isEmpty() ? "" : notice + " ")
              + "There is no such part or subject to show; here is the whole draft.";
    }
    model = model.filtered(filter);
    Map<String, String> locked = new LinkedHashMap<>();
    String resultsLink = "";
    if (!data.draft().lockedComponents().isEmpty()) {
      // Components lock only on a released outcome, which says what each of them keeps.
      try {
        EducatorResults.ResultsView released = results.results(id, caller.requireAccountId());
        released.components().forEach(c -> locked.put(c.componentId(), c.levelLabel()));
        resultsLink = "/submissions/" + id + "/results";
      } catch (AssessmentProblemException notReleased) {
        // Nothing released to show: the notice says only that the component is locked.
      }
    }
    return Templates.editor(
        pages.context(List.of(definition)), model, notice, data.receipts(), locked, resultsLink);
  }

  /**
   * The filter the address asks for: none when it asks for nothing, null when it names a part or
   * subject this credential does not have.
   */
  private static EditorModel.Filter filterOf(
      CredentialDefinition definition, String part, String subject) {
    if (part == null || part.isBlank()) {
      return EditorModel.Filter.NONE;
    }
    Optional<Part> named = definition.parts().stream().filter(p -> p.id().equals(part)).findFirst();
    if (named.isEmpty()) {
      return null;
    }
    if (subject == null || subject.isBlank()) {
      return EditorModel.Filter.of(part, null);
    }
    int count = named.get().subjects().map(s -> s.count()).orElse(0);
    if (!subject.matches("[0-9]{1,3}")
        || Integer.parseInt(subject) < 1
        || Integer.parseInt(subject) > count) {
      return null;
    }
    return EditorModel.Filter.of(part, Integer.parseInt(subject));
  }

  private TemplateInstance checkPage(long id, List<String> acknowledged, List<String> errors) {
    long owner = caller.requireAccountId();
    CheckedDraft checked = submitting.check(owner, id, educators.of(owner));
    SubmissionSummary summary = checked.submission();
    Checklist checklist = checked.checklist();
    CredentialDefinition definition = definitionOf(summary);
    List<FindingView> blocking = new ArrayList<>();
    List<FindingView> advisory = new ArrayList<>();
    Map<GroupPlace, List<FindingView>> grouped = new TreeMap<>();
    for (Finding finding : checklist.findings()) {
      String findingId = FindingIds.of(finding);
      FindingView view =
          new FindingView(
              findingId,
              finding.code(),
              finding.message(),
              "/submissions/" + id + "#" + EditorModel.anchorOf(finding.location(), definition),
              acknowledged.contains(findingId),
              finding.blocks());
      (finding.blocks() ? blocking : advisory).add(view);
      grouped.computeIfAbsent(GroupPlace.of(finding, definition), g -> new ArrayList<>()).add(view);
    }
    List<FindingGroup> groups = new ArrayList<>();
    grouped.forEach(
        (place, findings) -> groups.add(new FindingGroup(place.heading(definition), findings)));
    return Templates.check(
        pages.context(),
        summary,
        summary.status().editable(),
        checklist.canSubmit() && summary.status().editable(),
        blocking,
        advisory,
        groups,
        summaryLines(checked, definition, blocking, advisory),
        definition.assessment().turnaroundDays(),
        UUID.randomUUID().toString(),
        errors);
  }

  /**
   * Where a finding belongs on the checklist: its part, and its subject where the part has them.
   * Groups follow the credential's order, whatever order the checks report in.
   *
   * @param subject the subject's index, or -1 for the part as a whole
   */
  private record GroupPlace(int part, int subject) implements Comparable<GroupPlace> {

    static GroupPlace of(Finding finding, CredentialDefinition definition) {
      int part = 0;
      while (!definition.parts().get(part).id().equals(finding.location().partId())) {
        part++;
      }
      boolean bySubject =
          finding.location().subject().isPresent()
              && definition.parts().get(part).subjects().isPresent();
      return new GroupPlace(part, bySubject ? finding.location().subject().getAsInt() : -1);
    }

    /** "Part 2: Home visits, student 1", in the credential's own words for its subjects. */
    String heading(CredentialDefinition definition) {
      Part shown = definition.parts().get(part);
      String heading = "Part " + shown.number() + ": " + shown.title();
      if (subject >= 0) {
        heading += ", " + shown.subjects().get().label() + " " + (subject + 1);
      }
      return heading;
    }

    @Override
    public int compareTo(GroupPlace other) {
      return part != other.part
          ? Integer.compare(part, other.part)
          : Integer.compare(subject, other.subject);
    }
  }

  /** The checklist in a few lines: what is missing, and how far each count is from its bounds. */
  private static List<String> summaryLines(
      CheckedDraft checked,
      CredentialDefinition definition,
      List<FindingView> blocking,
      List<FindingView> advisory) {
    List<String> lines = new ArrayList<>();
    long missing =
        blocking.stream().filter(f -> f.code().equals(Completeness.ANSWER_MISSING)).count();
    if (missing > 0) {
      lines.add(missing == 1 ? "1 answer missing" : missing + " answers missing");
    }
    for (WordCounts.ComponentCount count : checked.wordCounts().components()) {
      String label =
          definition.components().stream()
              .filter(c -> c.id().equals(count.componentId()))
              .map(Component::label)
              .findFirst()
              .orElse(count.componentId());
      if (count.min() != null && count.words() < count.min()) {
        lines.add(
            label
                + " needs "
                + TemplateExtensions.grouped(count.min() - count.words())
                + " more words");
      } else if (count.max() != null && count.words() > count.max()) {
        lines.add(
            label
                + " is "
                + TemplateExtensions.grouped(count.words() - count.max())
                + " words over");
      }
    }
    long otherBlocking = blocking.size() - missing;
    long bounds = blocking.stream().filter(f -> f.code().startsWith("words-")).count();
    if (otherBlocking - bounds > 0) {
      lines.add(
          (otherBlocking - bounds)
              + " other "
              + (otherBlocking - bounds == 1 ? "thing" : "things")
              + " to fix");
    }
    if (!advisory.isEmpty()) {
      lines.add(
          advisory.size() == 1
              ? "1 advisory to confirm"
              : advisory.size() + " advisories to confirm");
    }
    return lines;
  }

  private Optional<SubmissionSummary> existing(String credentialId) {
    return submissions.mine(caller.requireAccountId()).stream()
        .filter(s -> s.credentialId().equals(credentialId))
        .filter(s -> s.status().open())
        .findFirst();
  }

  private CredentialDefinition definitionOf(SubmissionSummary summary) {
    return catalog
        .version(summary.credentialId(), summary.credentialVersion())
        .orElseThrow(() -> new IllegalStateException("pinned credential version missing"));
  }

  private static Response seeOther(String location) {
    return Response.seeOther(URI.create(location)).build();
  }
}
