package org.mcportal.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The append-only record of every change of state in assessment. Writes join the caller's
 * transaction, so a change and its record commit or roll back together.
 */
@ApplicationScoped
public class AuditTrail {

  private final Clock clock;
  private final ObjectMapper json;
  private final AssessmentConfig config;

  AuditTrail(Clock clock, ObjectMapper json, AssessmentConfig config) {
    this.clock = clock;
    this.json = json;
    this.config = config;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void record(Long actorId, AuditAction action, ReviewItem item, Map<String, ?> details) {
    AuditEvent event = new AuditEvent();
    event.at = Instant.now(clock);
    event.actorId = actorId;
    event.action = action;
    event.reviewCode = item.code;
    event.submissionId = item.submissionId;
    try {
      event.details = json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit details are plain values", e);
    }
    event.persist();
  }

  /**
   * Records a calibration event: it belongs to no live review item, so it names at most an
   * exemplar's or the source item's code and never a submission.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void recordCalibration(long actorId, AuditAction action, String code, Map<String, ?> details) {
    AuditEvent event = new AuditEvent();
    event.at = Instant.now(clock);
    event.actorId = actorId;
    event.action = action;
    event.reviewCode = code;
    try {
      event.details = json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit details are plain values", e);
    }
    event.persist();
  }

  /**
   * Records that an admin took data out of the portal: an export or a printed report. It commits on
   * its own, before the first byte leaves, so an export cut short is still on record.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordExport(long actorId, Map<String, ?> details) {
    AuditEvent event = new AuditEvent();
    event.at = Instant.now(clock);
    event.actorId = actorId;
    event.action = AuditAction.EXPORT;
    try {
      event.details = json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit details are plain values", e);
    }
    event.persist();
  }

  /**
   * Records an admin's change outside assessment (a badge revoked, a version retired). It joins the
   * caller's transaction, so the change and its record commit together.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAdmin(long actorId, AuditAction action, Map<String, ?> details) {
    AuditEvent event = new AuditEvent();
    event.at = Instant.now(clock);
    event.actorId = actorId;
    event.action = action;
    try {
      event.details = json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit details are plain values", e);
    }
    event.persist();
  }

  /**
   * How many events lie between two instants (either may be open; {@code to} excluded), for an
   * export to say how many lines will follow before it pages through them.
   */
  @Transactional
  public long count(Instant from, Instant to) {
    if (from != null && to != null) {
      return AuditEvent.count("at >= ?1 and at < ?2", from, to);
    }
    if (from != null) {
      return AuditEvent.count("at >= ?1", from);
    }
    if (to != null) {
      return AuditEvent.count("at < ?1", to);
    }
    return AuditEvent.count();
  }

  /** Newest first, one query per page. */
  @Transactional
  public AuditPage search(AuditFilter filter) {
    int limit = Math.max(1, Math.min(filter.limit(), config.maxPageSize()));
    StringBuilder where = new StringBuilder("1 = 1");
    List<Object> params = new ArrayList<>();
    if (filter.action() != null) {
      params.add(filter.action());
      where.append(" and action = ?").append(params.size());
    }
    if (filter.actorId() != null) {
      params.add(filter.actorId());
      where.append(" and actorId = ?").append(params.size());
    }
    if (filter.reviewCode() != null) {
      params.add(filter.reviewCode());
      where.append(" and reviewCode = ?").append(params.size());
    }
    if (filter.from() != null) {
      params.add(filter.from());
      where.append(" and at >= ?").append(params.size());
    }
    if (filter.to() != null) {
      params.add(filter.to());
      where.append(" and at < ?").append(params.size());
    }
    if (filter.after() != null) {
      Cursor cursor = Cursor.decode(filter.after());
      params.add(cursor.at());
      int at = params.size();
      params.add(cursor.id());
      int id = params.size();
      // The bare "<=" is what the index range starts from; the OR only settles ties in time.
      where.append(" and at <= ?").append(at);
      where.append(" and (at < ?").append(at).append(" or id < ?").append(id).append(")");
    }
    List<AuditEvent> rows =
        AuditEvent.<AuditEvent>find(where + " order by at desc, id desc", params.toArray())
            .page(0, limit + 1)
            .list();
    boolean more = rows.size() > limit;
    List<AuditEvent> page = more ? rows.subList(0, limit) : rows;
    AuditEvent last = page.isEmpty() ? null : page.get(page.size() - 1);
    return new AuditPage(
        page.stream().map(this::entry).toList(),
        more ? new Cursor(last.at, last.id).encode() : null);
  }

  private AuditEntry entry(AuditEvent event) {
    JsonNode details;
    try {
      details = json.readTree(event.details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit event " + event.id + " has unreadable details", e);
    }
    return new AuditEntry(
        event.id,
        event.at,
        event.actorId,
        event.action,
        event.reviewCode,
        event.submissionId,
        details);
  }

  /**
   * @param to exclusive
   * @param after the {@code next} of the previous page
   */
  public record AuditFilter(
      AuditAction action,
      Long actorId,
      String reviewCode,
      Instant from,
      Instant to,
      String after,
      int limit) {}

  public record AuditEntry(
      long id,
      Instant at,
      Long actorId,
      AuditAction action,
      String reviewCode,
      Long submissionId,
      // Jackson's node would be described by its getters; the details are a plain JSON object.
      @Schema(
              implementation = Map.class,
              description = "What changed, as a JSON object whose members depend on the action")
          JsonNode details) {}

  /**
   * @param next the cursor of the following page; null on the last page
   */
  public record AuditPage(List<AuditEntry> items, String next) {}
}
