package org.mcportal.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;

/**
 * Admins: the dashboard's figures, the CSV exports and the PDF reports. The services that make each
 * download put it on the audit trail; this class only passes the caller on.
 */
@Path("/api/admin")
@Tag(name = "Reports")
@RolesAllowed(Role.Names.ADMIN)
public class ReportResource {

  /** The media type of every export: RFC 4180 text in UTF-8. */
  public static final String CSV = "text/csv; charset=UTF-8";

  public static final String PDF = "application/pdf";

  /** How many data lines the export will hold, known before the first byte is sent. */
  public static final String ROWS_HEADER = "X-Export-Rows";

  private static final String FILTERS =
      "Filters: credential (required), version, from and to (days, UTC, both included), cohort"
          + " (a cohort's id).";

  private final DashboardService dashboard;
  private final CsvExports exports;
  private final Caller caller;
  private final SubmissionReports reports;
  private final CohortReports summaries;

  ReportResource(
      DashboardService dashboard,
      CsvExports exports,
      Caller caller,
      SubmissionReports reports,
      CohortReports summaries) {
    this.summaries = summaries;
    this.dashboard = dashboard;
    this.exports = exports;
    this.reports = reports;
    this.caller = caller;
  }

  @GET
  @Path("/reports/dashboard")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "reportDashboard",
      summary = "The program dashboard's figures",
      description = FILTERS)
  @APIResponse(
      responseCode = "200",
      description = "Every figure of the dashboard",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Dashboard.class)))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description = "A filter is missing or not one the reports understand (`bad-filter`)")
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "No such credential or version")
  public Dashboard dashboard(@BeanParam ReportQuery query) {
    return dashboard.dashboard(query.filter());
  }

  @GET
  @Path("/exports/submissions.csv")
  @Produces(CSV)
  @Operation(
      operationId = "exportSubmissions",
      summary = "Every attempt with its outcome, levels and criteria, as CSV",
      description =
          FILTERS
              + " One line per attempt and submitted scoring sheet. Educators appear by"
              + " pseudonymous code; identities=true adds their names and emails, and the"
              + " audit trail records that choice. bom=true starts the file with a byte order"
              + " mark for spreadsheets that need one.")
  @APIResponse(
      responseCode = "200",
      description = "The export, streamed",
      headers =
          @Header(
              name = ROWS_HEADER,
              description = "The number of lines after the header",
              schema = @Schema(type = SchemaType.INTEGER)),
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description = "A filter is missing or not one the reports understand (`bad-filter`)")
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "No such credential or version")
  public Response submissions(
      @BeanParam ReportQuery query,
      @QueryParam("identities") @DefaultValue("false") boolean identities,
      @QueryParam("bom") @DefaultValue("false") boolean bom) {
    ReportFilter filter = query.filter();
    return csv(
        exports.submissions(
            filter, new CsvExports.Options(identities, bom), caller.requireAccountId()));
  }

  @GET
  @Path("/exports/assessors.csv")
  @Produces(CSV)
  @Operation(
      operationId = "exportAssessors",
      summary = "Each assessor's sheets, outcomes and overrides, as CSV",
      description = FILTERS + " bom=true starts the file with a byte order mark.")
  @APIResponse(
      responseCode = "200",
      description = "The export, streamed",
      headers =
          @Header(
              name = ROWS_HEADER,
              description = "The number of lines after the header",
              schema = @Schema(type = SchemaType.INTEGER)),
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description = "A filter is missing or not one the reports understand (`bad-filter`)")
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "No such credential or version")
  public Response assessors(
      @BeanParam ReportQuery query, @QueryParam("bom") @DefaultValue("false") boolean bom) {
    ReportFilter filter = query.filter();
    return csv(
        exports.assessors(filter, new CsvExports.Options(false, bom), caller.requireAccountId()));
  }

  @GET
  @Path("/exports/audit.csv")
  @Produces(CSV)
  @Operation(
      operationId = "exportAuditTrail",
      summary = "The audit trail, newest first, as CSV",
      description =
          "from and to are days (UTC) or ISO instants; to is exclusive. bom=true starts the file"
              + " with a byte order mark.")
  @APIResponse(
      responseCode = "200",
      description = "The export, streamed",
      headers =
          @Header(
              name = ROWS_HEADER,
              description =
                  "The number of events in the window when the export began; events recorded"
                      + " while it starts are listed too",
              schema = @Schema(type = SchemaType.INTEGER)),
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description = "A date is not one the reports understand (`bad-filter`)")
  public Response auditTrail(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("bom") @DefaultValue("false") boolean bom) {
    CsvExports.AuditWindow window =
        new CsvExports.AuditWindow(
            ReportRequests.instant("from", from), ReportRequests.instant("to", to));
    return csv(
        exports.auditTrail(window, new CsvExports.Options(false, bom), caller.requireAccountId()));
  }

  @GET
  @Path("/reports/submissions/{id}/attempts/{attempt}.pdf")
  @Produces(PDF)
  @Operation(
      operationId = "submissionReportPdf",
      summary = "One submitted attempt as a PDF report",
      description =
          "Every answer as written with its word count and, once scored, each component's level,"
              + " the criteria met with the quoted evidence, the feedback and the outcome with its"
              + " explanation. The educator appears by pseudonymous code; identities=true adds"
              + " their name and email, and the audit trail records that choice.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content =
          @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", ref = "NotFound", description = "No such attempt")
  public Response submissionReport(
      @PathParam("id") long id,
      @PathParam("attempt") int attempt,
      @QueryParam("identities") @DefaultValue("false") boolean identities) {
    byte[] pdf = reports.download(id, attempt, identities, caller.requireAccountId());
    return Response.ok(pdf, PDF)
        .header(
            "Content-Disposition",
            "attachment; filename=\"submission-" + id + "-attempt-" + attempt + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("/reports/summary.pdf")
  @Produces(PDF)
  @Operation(
      operationId = "summaryReportPdf",
      summary = "The dashboard for these filters as a printable PDF, charts and figures",
      description =
          FILTERS
              + " Every chart of the dashboard, drawn as vectors, each followed by its figures as a"
              + " table. Educators are only counted; assessors appear by account number.")
  @APIResponse(
      responseCode = "200",
      description = "The summary",
      content =
          @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description = "A filter is missing or not one the reports understand (`bad-filter`)")
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "No such credential, version or cohort")
  public Response summary(@BeanParam ReportQuery query) {
    ReportFilter filter = query.filter();
    byte[] pdf = summaries.download(filter, caller.requireAccountId());
    return Response.ok(pdf, PDF)
        .header(
            "Content-Disposition",
            "attachment; filename=\"summary-"
                + filter.credentialId().replaceAll("[^A-Za-z0-9._-]", "_")
                + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Response csv(CsvExports.Prepared export) {
    StreamingOutput body = export.body()::writeTo;
    return Response.ok(body, CSV)
        .header(ROWS_HEADER, export.rows() < 0 ? null : export.rows())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + export.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
