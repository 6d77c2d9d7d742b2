package org.mcportal.reporting;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mcportal.assessment.AuditTrail;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Rubric;

/**
 * The CSV exports, written as the database hands rows over: a forward-only cursor with a fetch size
 * feeds the printer, so memory stays the same whether an export has ten rows or a million.
 */
@ApplicationScoped
public class CsvExports {

  /**
   * Rows the driver holds at a time; PostgreSQL reads through a cursor only inside a transaction. A
   * row is a few hundred bytes, so 5,000 of them stay near a couple of megabytes, while each fetch
   * is a round trip to the database that a smaller batch pays many more times: at 500 rows, a
   * profile of the export found it waiting on those round trips for nearly all of its time.
   */
  static final int FETCH_SIZE = 5_000;

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final AgroalDataSource dataSource;
  private final DashboardService dashboard;
  private final Pseudonyms pseudonyms;
  private final AuditTrail audit;
  private final ExportMetrics metrics;
  private final ExportAudit exportAudit;

  CsvExports(
      AgroalDataSource dataSource,
      DashboardService dashboard,
      Pseudonyms pseudonyms,
      AuditTrail audit,
      ExportMetrics metrics,
      ExportAudit exportAudit) {
    this.dataSource = dataSource;
    this.dashboard = dashboard;
    this.pseudonyms = pseudonyms;
    this.audit = audit;
    this.metrics = metrics;
    this.exportAudit = exportAudit;
  }

  /** What to export and how; identities only when an admin asked for them, which is audited. */
  public record Options(boolean identities, boolean bom) {}

  /** Writes an export's lines; runs after the response's headers are sent. */
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * An export that exists, is on the audit trail, and is ready to stream.
   *
   * @param name the file name without extension
   * @param rows the lines after the header, counted before the first byte; -1 when not counted
   */
  public record Prepared(String name, long rows, Body body) {}

  /**
   * The submissions export for an admin: checks the filter's credential and version, counts the
   * lines and records the export (with whether identities were asked for) before anything streams.
   */
  public Prepared submissions(ReportFilter filter, Options options, long actorId) {
    submissionHeader(filter, options);
    long rows = countSubmissionRows(filter);
    exportAudit.filtered(actorId, "submissions", filter, options.identities(), rows);
    return new Prepared(
        "submissions-" + filter.credentialId(),
        rows,
        out -> writeSubmissions(filter, options, out));
  }

  /** The assessor statistics for an admin, checked, counted and recorded like submissions. */
  public Prepared assessors(ReportFilter filter, Options options, long actorId) {
    dashboard.definition(filter);
    Options plain = new Options(false, options.bom());
    long rows = countAssessorRows(filter);
    exportAudit.filtered(actorId, "assessors", filter, false, rows);
    return new Prepared(
        "assessors-" + filter.credentialId(), rows, out -> writeAssessors(filter, plain, out));
  }

  /**
   * The audit trail for an admin, recorded first, so the export lists itself and the count includes
   * it. Events recorded between the count and the first page are listed too, so the count is a
   * floor, not a promise.
   */
  public Prepared auditTrail(AuditWindow window, Options options, long actorId) {
    exportAudit.auditTrail(actorId, window);
    long rows = audit.count(window.from(), window.to());
    return new Prepared("audit", rows, out -> writeAudit(window, options, out));
  }

  // ---- submissions -----------------------------------------------------------------------

  /** The columns of the submissions export for this credential version's rubric. */
  public List<String> submissionHeader(ReportFilter filter, Options options) {
    CredentialDefinition definition = dashboard.definition(filter);
    List<String> header = new ArrayList<>();
    header.add("educator");
    if (options.identities()) {
      header.add("educator_name");
      header.add("educator_email");
    }
    header.addAll(
        List.of(
            "submission_id",
            "credential",
            "version",
            "submission_status",
            "attempt",
            "submitted_at",
            "review_code",
            "review_status",
            "assessor_id",
            "assessed_at",
            "outcome",
            "released_at"));
    for (Component component : definition.components()) {
      header.add(component.id() + ":level");
      for (Rubric.Criterion criterion : component.rubric().criteria()) {
        header.add(component.id() + ":" + criterion.id());
      }
    }
    return header;
  }

  public long countSubmissionRows(ReportFilter filter) {
    Sql sql =
        new Sql(
            "select count(*) from review_item ri join submission s on s.id = ri.submission_id"
                + " left join assessment a on a.review_item_id = ri.id and a.status = 'SUBMITTED'"
                + " where 1 = 1");
    scope(filter, sql);
    return count(sql);
  }

  /**
   * One line per attempt and submitted sheet (an attempt not yet scored has one line with empty
   * scores). The database folds each sheet's component levels and criterion judgements into ordered
   * arrays, so every row it sends is one line: a row per criterion judged made the driver carry and
   * decode several times as many rows as the file has lines.
   */
  public long writeSubmissions(ReportFilter filter, Options options, OutputStream out) {
    List<String> header = submissionHeader(filter, options);
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      column.put(header.get(i), i);
    }
    Sql sql = submissionsQuery(filter);
    int offset = options.identities() ? 2 : 0;
    return stream(
        sql,
        out,
        options,
        header,
        simple(
            rs -> {
              String[] line = new String[header.size()];
              line[0] = pseudonyms.of(rs.getLong(1));
              if (options.identities()) {
                line[1] = rs.getString(2);
                line[2] = rs.getString(3);
              }
              line[1 + offset] = Long.toString(rs.getLong(4));
              line[2 + offset] = rs.getString(5);
              line[3 + offset] = rs.getString(6);
              line[4 + offset] = rs.getString(7);
              line[5 + offset] = Integer.toString(rs.getInt(8));
              line[6 + offset] = time(rs, 9);
              line[7 + offset] = rs.getString(10);
              line[8 + offset] = rs.getString(11);
              long assessor = rs.getLong(12);
              line[9 + offset] = rs.wasNull() ? "" : Long.toString(assessor);
              line[10 + offset] = time(rs, 13);
              boolean earned = rs.getBoolean(14);
              line[11 + offset] = rs.wasNull() ? "" : earned ? "earned" : "not earned";
              line[12 + offset] = time(rs, 15);
              Object[] scored = array(rs, 16);
              Object[] levels = array(rs, 17);
              for (int i = 0; i < scored.length; i++) {
                Integer level = column.get(scored[i] + ":level");
                if (level != null) {
                  line[level] = (String) levels[i];
                }
              }
              Object[] components = array(rs, 18);
              Object[] criteria = array(rs, 19);
              Object[] met = array(rs, 20);
              for (int i = 0; i < components.length; i++) {
                // A judgement counts only under a scored component, as the join it replaces had it.
                Integer judged =
                    contains(scored, components[i])
                        ? column.get(components[i] + ":" + criteria[i])
                        : null;
                if (judged != null) {
                  line[judged] = (Boolean) met[i] ? "met" : "unmet";
                }
              }
              return line;
            }));
  }

  /**
   * The statement behind the submissions export: a row per attempt and submitted sheet, with the
   * sheet's component levels and criterion judgements as arrays in component and criterion order.
   * Grouped subqueries rather than lateral joins, which H2 does not have.
   */
  static Sql submissionsQuery(ReportFilter filter) {
    Sql sql =
        new Sql(
            "select s.owner_id, acc.display_name, acc.email, s.id, s.credential_id,"
                + " s.credential_version, s.status, ri.attempt_number, ri.submitted_at, ri.code,"
                + " ri.status, a.assessor_id, a.submitted_at, o.earned, o.released_at,"
                + " cs.components, cs.levels, cj.components, cj.criteria, cj.met"
                + " from review_item ri"
                + " join submission s on s.id = ri.submission_id"
                + " join account acc on acc.id = s.owner_id"
                + " left join assessment a on a.review_item_id = ri.id and a.status = 'SUBMITTED'"
                + " left join assessment_outcome o on o.assessment_id = a.id"
                + " left join (select assessment_id,"
                + " array_agg(component_id order by component_id) as components,"
                + " array_agg(final_level order by component_id) as levels"
                + " from component_score group by assessment_id) cs on cs.assessment_id = a.id"
                + " left join (select assessment_id,"
                + " array_agg(component_id order by component_id, criterion_id) as components,"
                + " array_agg(criterion_id order by component_id, criterion_id) as criteria,"
                + " array_agg(met order by component_id, criterion_id) as met"
                + " from criterion_judgement group by assessment_id) cj on cj.assessment_id = a.id"
                + " where 1 = 1");
    scope(filter, sql);
    sql.append(" order by ri.id, a.id");
    return sql;
  }

  private static final Object[] NONE = {};

  private static Object[] array(ResultSet rs, int index) throws SQLException {
    java.sql.Array array = rs.getArray(index);
    if (array == null) {
      return NONE;
    }
    try {
      return (Object[]) array.getArray();
    } finally {
      array.free();
    }
  }

  private static boolean contains(Object[] values, Object value) {
    for (Object each : values) {
      if (each.equals(value)) {
        return true;
      }
    }
    return false;
  }

  // ---- assessors ---------------------------------------------------------------------------

  static final List<String> ASSESSOR_HEADER =
      List.of(
          "assessor_id",
          "assessor_name",
          "submitted",
          "in_progress",
          "earned",
          "not_earned",
          "components_scored",
          "components_overridden");

  public long countAssessorRows(ReportFilter filter) {
    Sql sql =
        new Sql(
            "select count(distinct a.assessor_id) from assessment a"
                + " join review_item ri on ri.id = a.review_item_id"
                + " join submission s on s.id = ri.submission_id where 1 = 1");
    scope(filter, sql);
    return count(sql);
  }

  public long writeAssessors(ReportFilter filter, Options options, OutputStream out) {
    Sql sql =
        new Sql(
            "select a.assessor_id, acc.display_name,"
                + " sum(case when a.status = 'SUBMITTED' then 1 else 0 end),"
                + " sum(case when a.status = 'DRAFT' then 1 else 0 end),"
                + " sum(case when o.earned then 1 else 0 end),"
                + " sum(case when o.earned = false then 1 else 0 end),"
                + " sum(coalesce(cs.scored, 0)), sum(coalesce(cs.overridden, 0))"
                + " from assessment a"
                + " join account acc on acc.id = a.assessor_id"
                + " join review_item ri on ri.id = a.review_item_id"
                + " join submission s on s.id = ri.submission_id"
                + " left join assessment_outcome o on o.assessment_id = a.id"
                + " left join (select assessment_id, count(*) as scored,"
                + " sum(case when overridden then 1 else 0 end) as overridden"
                + " from component_score group by assessment_id) cs on cs.assessment_id = a.id"
                + " where 1 = 1");
    scope(filter, sql);
    sql.append(" group by a.assessor_id, acc.display_name order by a.assessor_id");
    return stream(
        sql,
        out,
        options,
        ASSESSOR_HEADER,
        simple(
            rs -> {
              String[] line = new String[ASSESSOR_HEADER.size()];
              line[0] = Long.toString(rs.getLong(1));
              line[1] = rs.getString(2);
              for (int i = 2; i < line.length; i++) {
                line[i] = Long.toString(rs.getLong(i + 1));
              }
              return line;
            }));
  }

  // ---- audit trail -------------------------------------------------------------------------

  private static final int AUDIT_PAGE = 200;

  static final List<String> AUDIT_HEADER =
      List.of("id", "at", "actor_id", "action", "review_code", "submission_id", "details");

  /** The audit trail between two instants (either may be open; {@code to} excluded). */
  public record AuditWindow(java.time.Instant from, java.time.Instant to) {}

  /**
   * The audit trail, newest first, read a page at a time through the assessment feature's own
   * search (its table is named nowhere else), so memory is bounded by one page.
   */
  public long writeAudit(AuditWindow window, Options options, OutputStream out) {
    try (ExportMetrics.Running running = metrics.start()) {
      return writeAuditPages(window, options, out);
    }
  }

  private long writeAuditPages(AuditWindow window, Options options, OutputStream out) {
    try {
      Writer writer =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
      if (options.bom()) {
        writer.write('\uFEFF');
      }
      CSVPrinter printer = new CSVPrinter(writer, FORMAT);
      printer.printRecord(AUDIT_HEADER);
      long lines = 0;
      String after = null;
      do {
        AuditTrail.AuditPage page =
            audit.search(
                new AuditTrail.AuditFilter(
                    null, null, null, window.from(), window.to(), after, AUDIT_PAGE));
        for (AuditTrail.AuditEntry entry : page.items()) {
          String[] line = {
            Long.toString(entry.id()),
            entry.at().toString(),
            entry.actorId() == null ? "" : Long.toString(entry.actorId()),
            entry.action().name(),
            entry.reviewCode(),
            entry.submissionId() == null ? "" : Long.toString(entry.submissionId()),
            entry.details().toString()
          };
          printer.printRecord((Object[]) neutralised(line));
          lines++;
        }
        after = page.next();
      } while (after != null);
      printer.flush();
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- the machinery -----------------------------------------------------------------------

  interface RowFolder {
    void row(ResultSet rs, CSVPrinter printer) throws SQLException, IOException;

    long finish(CSVPrinter printer) throws IOException;
  }

  interface LineReader {
    String[] read(ResultSet rs) throws SQLException;
  }

  private static RowFolder simple(LineReader reader) {
    return new RowFolder() {
      long lines;

      @Override
      public void row(ResultSet rs, CSVPrinter printer) throws SQLException, IOException {
        printer.printRecord((Object[]) neutralised(reader.read(rs)));
        lines++;
      }

      @Override
      public long finish(CSVPrinter printer) {
        return lines;
      }
    };
  }

  /**
   * Runs the query in a read transaction of its own (the cursor needs one on PostgreSQL) and prints
   * each row as it arrives. Returns the number of lines written after the header.
   */
  private long stream(
      Sql sql, OutputStream out, Options options, List<String> header, RowFolder folder) {
    try (ExportMetrics.Running running = metrics.start()) {
      return streamRows(sql, out, options, header, folder);
    }
  }

  private long streamRows(
      Sql sql, OutputStream out, Options options, List<String> header, RowFolder folder) {
    return QuarkusTransaction.requiringNew()
        .timeout((int) Duration.ofHours(1).toSeconds())
        .call(
            () -> {
              try (Connection connection = dataSource.getConnection();
                  PreparedStatement statement =
                      connection.prepareStatement(
                          sql.text(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                sql.bindTo(statement);
                Writer writer =
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
                if (options.bom()) {
                  writer.write('\uFEFF');
                }
                CSVPrinter printer = new CSVPrinter(writer, FORMAT);
                printer.printRecord(header);
                long lines;
                try (ResultSet rs = statement.executeQuery()) {
                  while (rs.next()) {
                    folder.row(rs, printer);
                  }
                  lines = folder.finish(printer);
                }
                printer.flush();
                return lines;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private long count(Sql sql) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              try (Connection connection = dataSource.getConnection();
                  PreparedStatement statement = connection.prepareStatement(sql.text())) {
                sql.bindTo(statement);
                try (ResultSet rs = statement.executeQuery()) {
                  rs.next();
                  return rs.getLong(1);
                }
              }
            });
  }

  private static void scope(ReportFilter filter, Sql sql) {
    filter.onSubmission(sql);
    filter.window(sql, "ri.submitted_at");
  }

  private static String time(ResultSet rs, int index) throws SQLException {
    OffsetDateTime at = rs.getObject(index, OffsetDateTime.class);
    return at == null ? "" : at.toInstant().toString();
  }

  private static String[] neutralised(String[] line) {
    for (int i = 0; i < line.length; i++) {
      line[i] = CsvCells.neutralise(line[i]);
    }
    return line;
  }
}
