package org.mcportal.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.platform.Problem;

/**
 * An educator's own submissions. Another educator's submission answers 404, as if it did not exist,
 * so ids reveal nothing.
 */
@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
@RolesAllowed(Role.Names.EDUCATOR)
public class SubmissionResource {

  private final SubmissionService submissions;
  private final UploadService files;
  private final SubmitService submitting;
  private final EducatorDetails educators;
  private final Caller caller;
  private final Uploads uploads;

  SubmissionResource(
      SubmissionService submissions,
      UploadService files,
      SubmitService submitting,
      EducatorDetails educators,
      Caller caller,
      Uploads uploads) {
    this.submissions = submissions;
    this.files = files;
    this.submitting = submitting;
    this.educators = educators;
    this.caller = caller;
    this.uploads = uploads;
  }

  @POST
  @Operation(summary = "Start a submission, pinned to the credential's current version")
  public Response start(@Valid @NotNull StartRequest request, UriInfo uri) {
    SubmissionSummary started =
        submissions.start(caller.requireAccountId(), request.credentialId());
    URI location = uri.getAbsolutePathBuilder().path(Long.toString(started.id())).build();
    return Response.created(location).entity(started).build();
  }

  @GET
  @Operation(summary = "My submissions, newest first")
  public List<SubmissionSummary> mine() {
    return submissions.mine(caller.requireAccountId());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A submission with every field's text and version")
  public Draft draft(long id) {
    return submissions.draft(caller.requireAccountId(), id);
  }

  @PUT
  @Path("/{id}/fields/{key}")
  @Operation(
      summary = "Autosave one field",
      description =
          "If-Match carries the version last read or written, as an entity tag (\"3\"). A stale"
              + " version changes nothing and answers 409 with the server's text and version.")
  public Response save(
      long id,
      String key,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull FieldText body) {
    SaveResult result =
        submissions.save(caller.requireAccountId(), id, key, version(ifMatch), body.text());
    EntityTag tag = new EntityTag(Long.toString(result.version()));
    if (result instanceof SaveResult.Stale stale) {
      return Response.status(Response.Status.CONFLICT)
          .type(Problem.MEDIA)
          .tag(tag)
          .entity(SubmissionProblems.staleField(stale))
          .build();
    }
    SaveResult.Saved saved = (SaveResult.Saved) result;
    return Response.ok(saved).tag(tag).build();
  }

  @GET
  @Path("/{id}/checklist")
  @Operation(summary = "What stands between the draft and submitting it")
  public ChecklistView checklist(long id) {
    long owner = caller.requireAccountId();
    return ChecklistView.of(submitting.checklist(owner, id, educators.of(owner)));
  }

  @POST
  @Path("/{id}/submit")
  @Operation(
      summary = "Submit the draft as a new attempt",
      description =
          "Idempotency-Key makes a retried or doubled request return the same attempt. Every"
              + " advisory finding of the checklist must be acknowledged by its id.")
  public Response submit(
      long id,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Valid @NotNull SubmitRequest request) {
    if (idempotencyKey == null || !idempotencyKey.matches("[A-Za-z0-9_-]{8,100}")) {
      throw SubmissionProblems.badRequest(
          SubmissionProblems.IDEMPOTENCY_KEY,
          "Send an Idempotency-Key header of 8 to 100 letters, digits, '-' or '_'");
    }
    long owner = caller.requireAccountId();
    Receipt receipt =
        submitting.submit(
            owner, id, idempotencyKey, Set.copyOf(request.acknowledged()), educators.of(owner));
    return Response.status(Response.Status.CREATED).entity(receipt).build();
  }

  @PUT
  @Path("/{id}/uploads/{key}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Upload a PDF as the document for one subject",
      description =
          "The file must be a PDF by its content, at most 5 MB and 20 pages, unencrypted. Its text"
              + " is read for the checks and the original kept for the assessor.")
  public UploadView upload(long id, String key, @RestForm("file") FileUpload file) {
    if (file == null) {
      throw SubmissionProblems.badRequest(
          SubmissionProblems.FILE_MISSING, "Send the PDF as the form part 'file'");
    }
    long owner = caller.requireAccountId();
    byte[] bytes = uploads.bytes(file);
    return files.attach(
        owner, id, key, uploads.safeName(file.fileName()), bytes, uploads.read(bytes));
  }

  @DELETE
  @Path("/{id}/uploads/{key}")
  @Operation(summary = "Remove an upload; the document written in the editor counts again")
  public Response removeUpload(long id, String key) {
    files.detach(caller.requireAccountId(), id, key);
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/uploads")
  @Operation(summary = "The uploads of a submission")
  public List<UploadView> uploads(long id) {
    return files.uploads(caller.requireAccountId(), id);
  }

  @GET
  @Path("/{id}/uploads/{key}/file")
  @Produces("application/pdf")
  @Operation(summary = "Download an uploaded file as it was received")
  public Response file(long id, String key) {
    StoredFile file = files.file(caller.requireAccountId(), id, key);
    return Response.ok(file.bytes(), file.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"")
        .build();
  }

  @GET
  @Path("/{id}/attempts")
  @Operation(summary = "The attempts submitted, oldest first")
  public List<Receipt> attempts(long id) {
    return submissions.attempts(caller.requireAccountId(), id);
  }

  /** The version an If-Match names; a write without one could overwrite unseen text. */
  private static long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw SubmissionProblems.ifMatchRequired();
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    if (!tag.matches("[0-9]{1,18}")) {
      throw SubmissionProblems.badRequest(
          SubmissionProblems.IF_MATCH_INVALID, "If-Match must be a field version such as \"3\"");
    }
    return Long.parseLong(tag);
  }
}
