package org.mcportal.reporting;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mcportal.assessment.AgreementFigures;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.assessment.Turnaround;

/**
 * The dashboard's figures, each one grouped query over the submission and assessment tables: the
 * database does the counting, and Java only shapes a few dozen aggregated rows.
 */
@ApplicationScoped
@Transactional
public class DashboardService {

  private static final int OLDEST = 10;
  private static final int UNMET = 10;

  /**
   * A final scoring with its item and submission, the base of every scoring figure. The figures
   * over the many rows per scoring (component scores, criterion judgements) read them for the
   * scorings this selects ({@code in (select a.id ...)}) rather than joining them through all three
   * tables: at 100,000 submissions the join probed three hash tables for each of a million
   * judgements, and the unmet-criteria figure took most of the dashboard's time. A double-scored
   * attempt keeps its final scoring in slot 1 once settled; slot 2, and a slot 1 still waiting for
   * its partner or a lead, would count one attempt twice or count a scoring that may not stand.
   */
  private static final String SCORED =
      " from assessment a"
          + " join review_item ri on ri.id = a.review_item_id"
          + " join submission s on s.id = ri.submission_id"
          + " where a.status = 'SUBMITTED' and ri.slot = 1 and ri.status in ('SCORED', 'RELEASED')";

  private final CredentialCatalog catalog;
  private final Clock clock;
  private final AgreementFigures agreement;
  private final Pseudonyms pseudonyms;

  DashboardService(
      CredentialCatalog catalog, Clock clock, AgreementFigures agreement, Pseudonyms pseudonyms) {
    this.pseudonyms = pseudonyms;
    this.catalog = catalog;
    this.clock = clock;
    this.agreement = agreement;
  }

  public Dashboard dashboard(ReportFilter filter) {
    CredentialDefinition definition = definition(filter);
    int target = definition.assessment().turnaroundDays();
    return new Dashboard(
        definition.id(),
        definition.title(),
        filter.version().orElse(null),
        statuses(filter),
        outcomesByAttempt(filter),
        components(filter, definition),
        unmetCriteria(filter, definition),
        turnaround(filter, target),
        oldestWaiting(filter, target),
        assessors(filter),
        Dashboard.Agreement.of(agreement.agreement(definition.id(), definition.version())));
  }

  /** The version the filter names, or the current one: its rubric labels the figures. */
  CredentialDefinition definition(ReportFilter filter) {
    return filter
        .version()
        .flatMap(v -> catalog.version(filter.credentialId(), v))
        .or(() -> catalog.current(filter.credentialId()))
        .orElseThrow(() -> ReportingProblems.unknownCredential(filter));
  }

  public List<Dashboard.StatusCount> statuses(ReportFilter filter) {
    Sql sql = new Sql("select s.status, count(*) from submission s where 1 = 1");
    filter.onSubmission(sql);
    if (filter.hasWindow()) {
      sql.append(" and exists (select 1 from attempt at where at.submission_id = s.id");
      filter.window(sql, "at.submitted_at");
      sql.append(")");
    }
    sql.append(" group by s.status order by s.status");
    return rows(sql).stream()
        .map(r -> new Dashboard.StatusCount((String) r[0], Sql.number(r[1])))
        .toList();
  }

  public List<Dashboard.AttemptOutcomes> outcomesByAttempt(ReportFilter filter) {
    Sql sql =
        new Sql(
            "select ri.attempt_number,"
                + " sum(case when o.earned then 1 else 0 end),"
                + " sum(case when o.earned then 0 else 1 end)"
                + SCORED.replace(
                    " where", " join assessment_outcome o on o.assessment_id = a.id where")
                + " and o.released_at is not null");
    scope(filter, sql);
    sql.append(" group by ri.attempt_number order by ri.attempt_number");
    return rows(sql).stream()
        .map(
            r ->
                new Dashboard.AttemptOutcomes(
                    (int) Sql.number(r[0]), Sql.number(r[1]), Sql.number(r[2])))
        .toList();
  }

  public List<Dashboard.ComponentLevels> components(
      ReportFilter filter, CredentialDefinition definition) {
    Sql sql =
        new Sql(
            "select cs.component_id, cs.final_level, count(*) from component_score cs"
                + " where cs.assessment_id in (select a.id"
                + SCORED);
    scope(filter, sql);
    sql.append(") group by cs.component_id, cs.final_level");
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    for (Object[] r : rows(sql)) {
      counts
          .computeIfAbsent((String) r[0], k -> new TreeMap<>())
          .put((String) r[1], Sql.number(r[2]));
    }
    List<Dashboard.ComponentLevels> result = new ArrayList<>();
    for (Component component : definition.components()) {
      Rubric rubric = component.rubric();
      Map<String, Long> byLevel = counts.getOrDefault(component.id(), Map.of());
      List<Dashboard.LevelCount> levels =
          rubric.levels().stream()
              .map(
                  l ->
                      new Dashboard.LevelCount(l.id(), l.label(), byLevel.getOrDefault(l.id(), 0L)))
              .toList();
      long scored = byLevel.values().stream().mapToLong(Long::longValue).sum();
      boolean passFail = rubric.levels().size() == 2;
      Double passRate = passFail && scored > 0 ? (double) levels.get(0).count() / scored : null;
      result.add(
          new Dashboard.ComponentLevels(
              component.id(), component.label(), levels, scored, passFail, passRate));
    }
    return result;
  }

  public List<Dashboard.UnmetCriterion> unmetCriteria(
      ReportFilter filter, CredentialDefinition definition) {
    Sql sql =
        new Sql(
            "select cj.component_id, cj.criterion_id,"
                + " sum(case when cj.met then 0 else 1 end) as unmet, count(*)"
                + " from criterion_judgement cj where cj.assessment_id in (select a.id"
                + SCORED);
    scope(filter, sql);
    sql.append(
        ") group by cj.component_id, cj.criterion_id"
            + " having sum(case when cj.met then 0 else 1 end) > 0"
            + " order by unmet desc, cj.component_id, cj.criterion_id");
    return rows(sql, UNMET).stream()
        .map(
            r -> {
              String componentId = (String) r[0];
              String criterionId = (String) r[1];
              String text =
                  definition.components().stream()
                      .filter(c -> c.id().equals(componentId))
                      .findFirst()
                      .flatMap(c -> c.rubric().criterion(criterionId))
                      .map(Rubric.Criterion::text)
                      .orElse(criterionId);
              return new Dashboard.UnmetCriterion(
                  componentId, criterionId, text, Sql.number(r[2]), Sql.number(r[3]));
            })
        .toList();
  }

  public Dashboard.Turnaround turnaround(ReportFilter filter, int targetDays) {
    Sql inner =
        new Sql(
            "select floor((extract(epoch from o.released_at)"
                + " - extract(epoch from ri.submitted_at)) / 86400) as days"
                + SCORED.replace(
                    " where", " join assessment_outcome o on o.assessment_id = a.id where")
                + " and o.released_at is not null");
    scope(filter, inner);
    Sql sql =
        new Sql(
            "select t.days, count(*) from ("
                + inner.text()
                + ") t group by t.days order by t.days");
    inner.values().forEach(sql::bind);
    List<DayHistogram.Bin> bins =
        rows(sql).stream()
            .map(r -> new DayHistogram.Bin((int) Sql.number(r[0]), Sql.number(r[1])))
            .toList();
    DayHistogram histogram = new DayHistogram(bins);

    Instant now = clock.instant();
    Sql waiting =
        new Sql(
            "select count(*), sum(case when ri.submitted_at < ? then 1 else 0 end)"
                + " from review_item ri join submission s on s.id = ri.submission_id"
                + " where ri.status in ('WAITING', 'CLAIMED')");
    waiting.bind(now.minus(java.time.Duration.ofDays(targetDays)));
    scope(filter, waiting);
    Object[] w = rows(waiting).get(0);
    return new Dashboard.Turnaround(
        targetDays,
        histogram.total(),
        histogram.percentile(50).isPresent() ? histogram.percentile(50).getAsInt() : null,
        histogram.percentile(90).isPresent() ? histogram.percentile(90).getAsInt() : null,
        histogram.over(targetDays + 1),
        histogram.bins(),
        Sql.number(w[0]),
        Sql.number(w[1]));
  }

  public List<Dashboard.WaitingItem> oldestWaiting(ReportFilter filter, int targetDays) {
    Sql sql =
        new Sql(
            "select ri.code, ri.attempt_number, ri.status, ri.submitted_at"
                + " from review_item ri join submission s on s.id = ri.submission_id"
                + " where ri.status in ('WAITING', 'CLAIMED')");
    scope(filter, sql);
    sql.append(" order by ri.submitted_at, ri.id");
    Instant now = clock.instant();
    return rows(sql, OLDEST).stream()
        .map(
            r -> {
              Instant submitted = Sql.instant(r[3]);
              Turnaround t = Turnaround.of(submitted, now, targetDays);
              return new Dashboard.WaitingItem(
                  (String) r[0],
                  (int) Sql.number(r[1]),
                  (String) r[2],
                  submitted,
                  t.daysWaiting(),
                  t.overdue());
            })
        .toList();
  }

  public List<Dashboard.AssessorLoad> assessors(ReportFilter filter) {
    Sql sql =
        new Sql(
            "select a.assessor_id, acc.display_name,"
                + " sum(case when a.status = 'SUBMITTED' then 1 else 0 end) as done,"
                + " sum(case when a.status = 'DRAFT' then 1 else 0 end)"
                + " from assessment a"
                + " join account acc on acc.id = a.assessor_id"
                + " join review_item ri on ri.id = a.review_item_id"
                + " join submission s on s.id = ri.submission_id"
                + " where a.status in ('SUBMITTED', 'DRAFT')");
    scope(filter, sql);
    sql.append(" group by a.assessor_id, acc.display_name order by done desc, a.assessor_id");
    return rows(sql).stream()
        .map(
            r ->
                new Dashboard.AssessorLoad(
                    Sql.number(r[0]), (String) r[1], Sql.number(r[2]), Sql.number(r[3])))
        .toList();
  }

  /**
   * The latest submitted attempts of the filter, newest first, each with the badge it earned if
   * any: what the report pages link the per-attempt PDF and the certificate from. Educators appear
   * by code only.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AttemptLine> latestAttempts(ReportFilter filter, int limit) {
    definition(filter);
    Sql sql =
        new Sql(
            // Distinct: a double-scored attempt has two review items.
            "select distinct s.id, ri.attempt_number, s.owner_id, s.credential_version, s.status,"
                + " ri.submitted_at, b.public_id, b.revoked_at"
                + " from review_item ri join submission s on s.id = ri.submission_id"
                + " left join badge b on b.submission_id = s.id"
                + " and b.attempt_number = ri.attempt_number"
                + " where 1 = 1");
    scope(filter, sql);
    sql.append(" order by ri.submitted_at desc, s.id desc, ri.attempt_number desc");
    return rows(sql, limit).stream()
        .map(
            r ->
                new AttemptLine(
                    Sql.number(r[0]),
                    (int) Sql.number(r[1]),
                    pseudonyms.of(Sql.number(r[2])),
                    (String) r[3],
                    (String) r[4],
                    Sql.instant(r[5]),
                    (String) r[6],
                    r[7] != null))
        .toList();
  }

  /**
   * @param status the submission's status now, such as {@code EARNED}
   * @param badgeId the badge the attempt earned, or null
   */
  public record AttemptLine(
      long submissionId,
      int attempt,
      String educator,
      String version,
      String status,
      Instant submittedAt,
      String badgeId,
      boolean badgeRevoked) {}

  /** The submission's credential, version and cohort, and the item's submit time in the window. */
  private static void scope(ReportFilter filter, Sql sql) {
    filter.onSubmission(sql);
    filter.window(sql, "ri.submitted_at");
  }

  private static List<Object[]> rows(Sql sql) {
    return rows(sql, 0);
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Sql sql, int limit) {
    EntityManager em = Panache.getEntityManager();
    var query = sql.query(em);
    if (limit > 0) {
      query.setMaxResults(limit);
    }
    List<Object> raw = query.getResultList();
    List<Object[]> rows = new ArrayList<>(raw.size());
    for (Object row : raw) {
      rows.add(row instanceof Object[] array ? array : new Object[] {row});
    }
    return rows;
  }

  static Map<String, Long> asMap(List<Dashboard.StatusCount> statuses) {
    Map<String, Long> map = new LinkedHashMap<>();
    statuses.forEach(s -> map.put(s.status(), s.count()));
    return map;
  }
}
