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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.platform.Problem;
import org.mcportal.platform.WriteHeaders;

/**
 * An educator's own submissions. Another educator's submission answers 404, as if it did not exist,
 * so ids reveal nothing.
 */
@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
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
  @Operation(
      operationId = "startSubmission",
      summary = "Start a submission, pinned to the credential's current version")
  @APIResponse(
      responseCode = "201",
      description = "Started, with every field empty at version 0",
      headers =
          @Header(
              name = "Location",
              description = "The new submission's address",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubmissionSummary.class),
              examples =
                  @ExampleObject(
                      name = "started",
                      value =
                          "{\"id\": 42, \"credentialId\": \"home-visits\","
                              + " \"credentialVersion\": \"2022-03-17\","
                              + " \"credentialTitle\": \"Developing Trusting Reciprocal"
                              + " Relationships through Home Visits\", \"status\": \"DRAFT\","
                              + " \"attempts\": 0, \"createdAt\": \"2026-03-02T09:00:00Z\","
                              + " \"updatedAt\": \"2026-03-02T09:00:00Z\"}")))
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "No credential with that id (`not-found`)")
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description =
          "The educator already has an open submission for it (`submission-exists`), or its"
              + " current version is retired (`version-retired`)")
  public Response start(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = StartRequest.class),
                      examples =
                          @ExampleObject(
                              name = "home-visits",
                              value = "{\"credentialId\": \"home-visits\"}")))
          @Valid
          @NotNull
          StartRequest request,
      UriInfo uri) {
    SubmissionSummary started =
        submissions.start(caller.requireAccountId(), request.credentialId());
    URI location = uri.getAbsolutePathBuilder().path(Long.toString(started.id())).build();
    return Response.created(location).entity(started).build();
  }

  @GET
  @Operation(operationId = "listMySubmissions", summary = "My submissions, newest first")
  public List<SubmissionSummary> mine() {
    return submissions.mine(caller.requireAccountId());
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getSubmission",
      summary = "A submission with every field's text and version")
  public Draft draft(long id) {
    return submissions.draft(caller.requireAccountId(), id);
  }

  @PUT
  @Path("/{id}/fields/{key}")
  @Operation(
      operationId = "saveField",
      summary = "Autosave one field",
      description =
          "If-Match carries the version last read or written, as an entity tag (\"3\"). A stale"
              + " version changes nothing and answers 409 with the server's text and version.")
  @APIResponse(
      responseCode = "200",
      description = "Saved; the ETag is the field's new version, for the next If-Match",
      headers =
          @Header(
              name = "ETag",
              description = "The field's new version, as an entity tag",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SaveResult.Saved.class),
              examples =
                  @ExampleObject(
                      name = "saved",
                      value =
                          "{\"key\": \"pseudonym.1\", \"version\": 1,"
                              + " \"savedAt\": \"2026-03-02T09:01:00Z\"}")))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description =
          "If-Match is not a field version (`if-match-invalid`), or the body is malformed")
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "No such submission of the caller's, or no such field (`not-found`)")
  @APIResponse(
      responseCode = "409",
      description =
          "The field changed since that version (`stale-field`): nothing was saved, and the body"
              + " carries the server's text and version; or the submission is no longer a draft"
              + " (`read-only`, `locked`, as a plain problem)",
      headers =
          @Header(
              name = "ETag",
              description = "The field's current version, when stale",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(anyOf = {StaleField.class, Problem.class}),
              examples =
                  @ExampleObject(
                      name = "stale",
                      value =
                          "{\"type\": \"urn:mcportal:problem:stale-field\", \"title\":"
                              + " \"Conflict\", \"status\": 409, \"detail\": \"This field"
                              + " changed elsewhere since you loaded it; nothing was saved\","
                              + " \"key\": \"pseudonym.1\", \"currentText\": \"Family"
                              + " A\", \"currentVersion\": 2, \"updatedAt\":"
                              + " \"2026-03-02T09:02:00Z\"}")))
  @APIResponse(
      responseCode = "413",
      ref = "PayloadTooLarge",
      description = "The text is over the field limit (`field-too-large`) or the body limit")
  @APIResponse(
      responseCode = "428",
      description = "No If-Match was sent (`if-match-required`)",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = Problem.class)))
  public Response save(
      long id,
      String key,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description =
                  "The field's version as last read or saved, as an entity tag such as \"3\"",
              schema = @Schema(type = SchemaType.STRING, pattern = "^(W/)?\"?[0-9]{1,18}\"?$"),
              example = "\"0\"")
          @HeaderParam("If-Match")
          String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = FieldText.class),
                      examples = @ExampleObject(name = "text", value = "{\"text\": \"Family A\"}")))
          @Valid
          @NotNull
          FieldText body) {
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

  @POST
  @Path("/{id}/withdraw")
  // It reads no body, so whatever type a client labels its empty one with is fine.
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "withdrawSubmission",
      summary = "Withdraw a draft to start over",
      description =
          "Only a draft never submitted can be withdrawn; it stays read-only in the history, and"
              + " a new submission for the credential can then be started.")
  @APIResponse(
      responseCode = "200",
      description = "Withdrawn",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubmissionSummary.class)))
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "The submission is not a draft that was never submitted")
  public SubmissionSummary withdraw(long id) {
    return submissions.withdraw(caller.requireAccountId(), id);
  }

  @GET
  @Path("/{id}/checklist")
  @Operation(
      operationId = "getChecklist",
      summary = "What stands between the draft and submitting it")
  @APIResponse(
      responseCode = "200",
      description = "The findings; advisory ones must be acknowledged by id when submitting",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChecklistView.class),
              examples =
                  @ExampleObject(
                      name = "advisory only",
                      value =
                          "{\"canSubmit\": true, \"findings\": [{\"id\":"
                              + " \"advisory:c1.q2.s1:names\", \"severity\": \"ADVISORY\","
                              + " \"code\": \"names\", \"partId\": \"p1\","
                              + " \"componentId\": \"c1\", \"questionId\": \"q2\","
                              + " \"subject\": 1, \"message\": \"This answer may name a"
                              + " student\"}]}")))
  public ChecklistView checklist(long id) {
    long owner = caller.requireAccountId();
    return ChecklistView.of(submitting.check(owner, id, educators.of(owner)));
  }

  @POST
  @Path("/{id}/submit")
  @Operation(
      operationId = "submitSubmission",
      summary = "Submit the draft as a new attempt",
      description =
          "Idempotency-Key makes a retried or doubled request return the same attempt. Every"
              + " advisory finding of the checklist must be acknowledged by its id.")
  @APIResponse(
      responseCode = "201",
      description = "Submitted; the same key answers the same receipt again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Receipt.class),
              examples =
                  @ExampleObject(
                      name = "receipt",
                      value =
                          "{\"submissionId\": 42, \"attempt\": 1, \"credentialId\":"
                              + " \"home-visits\", \"credentialVersion\": \"2022-03-17\","
                              + " \"submittedAt\": \"2026-03-02T10:00:00Z\","
                              + " \"contentDigest\": \"3f2a…\"}")))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description = "Idempotency-Key is missing or malformed (`idempotency-key`), or the body is")
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description =
          "The submission's status does not allow a submit (`not-submittable`), or the"
              + " credential's attempts are used up (`no-attempts-left`)")
  @APIResponse(
      responseCode = "422",
      ref = "Unprocessable",
      description =
          "Blocking findings, or advisory findings not acknowledged (`checklist-incomplete`)")
  public Response submit(
      long id,
      @Parameter(
              name = "Idempotency-Key",
              in = ParameterIn.HEADER,
              required = true,
              description =
                  "A key the client makes once per submit it means; a retry with the same key"
                      + " returns the same attempt",
              schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]{8,100}$"),
              example = "7c1e0d9a-4a57-4f51-9d7e-2f0b6f6c1a10")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = SubmitRequest.class),
                      examples =
                          @ExampleObject(
                              name = "acknowledged",
                              value = "{\"acknowledged\": [\"advisory:c1.q2.s1:names\"]}")))
          @Valid
          @NotNull
          SubmitRequest request) {
    if (!WriteHeaders.validIdempotencyKey(idempotencyKey)) {
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
      operationId = "uploadDocument",
      summary = "Upload a PDF as the document for one subject",
      description =
          "The file must be a PDF by its content, at most 5 MB and 20 pages, unencrypted. Its text"
              + " is read for the checks and the original kept for the assessor.")
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description = "The form has no part named `file` (`file-missing`)")
  @APIResponse(
      responseCode = "200",
      description = "Attached; what was read from the PDF",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UploadView.class)))
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "The submission is no longer a draft (`read-only`, `locked`)")
  @APIResponse(
      responseCode = "413",
      ref = "PayloadTooLarge",
      description = "Over 5 MB or 20 pages (`upload-too-large`)")
  @APIResponse(
      responseCode = "415",
      ref = "UnsupportedMediaType",
      description = "The file is not a PDF by its content (`not-pdf`)")
  @APIResponse(
      responseCode = "429",
      ref = "TooManyRequests",
      description = "Another of the caller's files is still being read (`upload-in-progress`)")
  @APIResponse(
      responseCode = "422",
      ref = "Unprocessable",
      description = "The PDF cannot be read, or is encrypted (`unreadable-pdf`)")
  public UploadView upload(
      long id,
      String key,
      @Parameter(
              description = "The PDF",
              schema = @Schema(type = SchemaType.STRING, format = "binary"))
          @RestForm("file")
          FileUpload file) {
    if (file == null) {
      throw SubmissionProblems.badRequest(
          SubmissionProblems.FILE_MISSING, "Send the PDF as the form part 'file'");
    }
    return uploads.attach(caller.requireAccountId(), id, key, file);
  }

  @DELETE
  @Path("/{id}/uploads/{key}")
  @Operation(
      operationId = "removeUpload",
      summary = "Remove an upload; the document written in the editor counts again")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "The submission is no longer a draft (`read-only`, `locked`)")
  public Response removeUpload(long id, String key) {
    files.detach(caller.requireAccountId(), id, key);
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/uploads")
  @Operation(operationId = "listUploads", summary = "The uploads of a submission")
  public List<UploadView> uploads(long id) {
    return files.uploads(caller.requireAccountId(), id);
  }

  @GET
  @Path("/{id}/uploads/{key}/file")
  @Produces("application/pdf")
  @Operation(
      operationId = "downloadUpload",
      summary = "Download an uploaded file as it was received")
  @APIResponse(
      responseCode = "200",
      description = "The file as it was received",
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment, with the file's name",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response file(long id, String key) {
    return StoredFile.download(files.file(caller.requireAccountId(), id, key)).build();
  }

  @GET
  @Path("/{id}/attempts")
  @Operation(operationId = "listAttempts", summary = "The attempts submitted, oldest first")
  public List<Receipt> attempts(long id) {
    return submissions.attempts(caller.requireAccountId(), id);
  }

  @GET
  @Path("/{id}/attempts/{attempt}/snapshot")
  @Operation(
      operationId = "getAttemptSnapshot",
      summary = "What an attempt stored, byte for byte",
      description =
          "The JSON snapshot kept when the attempt was submitted. The receipt's contentDigest is"
              + " the SHA-256 of exactly this body.")
  @APIResponse(
      responseCode = "200",
      description = "The snapshot, as the bytes that were digested",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      additionalProperties = Schema.True.class,
                      description = "The attempt's stored JSON snapshot")))
  public Response snapshot(long id, int attempt) {
    String snapshot = submissions.snapshot(caller.requireAccountId(), id, attempt);
    return Response.ok(snapshot.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON)
        .build();
  }

  /** The version an If-Match names; a write without one could overwrite unseen text. */
  private static long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw SubmissionProblems.ifMatchRequired();
    }
    return WriteHeaders.version(ifMatch)
        .orElseThrow(
            () ->
                SubmissionProblems.badRequest(
                    SubmissionProblems.IF_MATCH_INVALID,
                    "If-Match must be a field version such as \"3\""));
  }
}
