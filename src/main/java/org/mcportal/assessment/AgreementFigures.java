package org.mcportal.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.agreement.Agreement;
import org.mcportal.rules.agreement.AgreementSummary;
import org.mcportal.rules.agreement.AssessorDrift;
import org.mcportal.rules.agreement.Bucket;
import org.mcportal.rules.agreement.ConfusionMatrix;
import org.mcportal.rules.agreement.Drift;
import org.mcportal.rules.agreement.Estimate;
import org.mcportal.rules.agreement.RatingScale;
import org.mcportal.rules.agreement.ReferencedRating;

/**
 * The agreement statistics and drift of one credential version, read from the agreement records:
 * counts are aggregated in SQL, the figures computed by {@code rules.agreement}. Public so that
 * reports can show the same figures.
 */
@ApplicationScoped
@Transactional
public class AgreementFigures {

  /** The period agreement over time is reported in. */
  static final Duration PERIOD = Duration.ofDays(30);

  private static final RatingScale OUTCOME =
      RatingScale.nominal(AgreementRecord.EARNED, AgreementRecord.NOT_EARNED);

  /** Two labels for "the pair agreed" and "it did not", for exact agreement of pooled rows. */
  private static final RatingScale SAME_OR_NOT = RatingScale.nominal("same", "different");

  private final CredentialCatalog catalog;
  private final EntityManager entities;

  AgreementFigures(CredentialCatalog catalog, EntityManager entities) {
    this.catalog = catalog;
    this.entities = entities;
  }

  /** Per component, for the outcome and per assessor pair. */
  public AgreementReport agreement(String credentialId, String version) {
    CredentialDefinition definition = definition(credentialId, version);
    @SuppressWarnings("unchecked")
    List<Object[]> counts =
        entities
            .createQuery(
                "select r.componentId, r.firstLevel, r.secondLevel, count(r) from AgreementRecord r"
                    + " where r.credentialId = ?1 and r.credentialVersion = ?2"
                    + " group by r.componentId, r.firstLevel, r.secondLevel")
            .setParameter(1, credentialId)
            .setParameter(2, version)
            .getResultList();
    List<ComponentAgreement> components = new ArrayList<>();
    for (Component component : definition.components()) {
      RatingScale scale = RatingScale.of(component.rubric());
      AgreementSummary summary = Agreement.summarise(matrix(scale, counts, component.id()));
      components.add(ComponentAgreement.of(component.id(), component.label(), scale, summary));
    }
    AgreementSummary outcome = Agreement.summarise(matrix(OUTCOME, counts, null));
    return new AgreementReport(
        credentialId,
        version,
        components,
        ComponentAgreement.of(null, "Outcome", OUTCOME, outcome),
        pairs(credentialId, version));
  }

  /**
   * What an assessor's levels are compared with. Each reference is one branch of {@link #RATINGS}:
   * a calibration exemplar's gold standard joins as another branch of the same shape.
   */
  public enum Reference {
    /** The level both assessors agreed on, or the lead's. */
    ADJUDICATED
  }

  /**
   * Every component level an assessor gave beside its reference, one row per assessor and item:
   * both halves of each settled double scoring, unpivoted. The item is the first slot's code, the
   * one a lead and an admin open.
   */
  private static final String RATINGS =
      "select r.component_id, r.first_assessor_id, i.code, r.first_level, r.final_level,"
          + " r.first_scored_at from agreement_record r join review_item i on i.id ="
          + " r.review_item_id where r.credential_id = ?1 and r.credential_version = ?2"
          + " and r.component_id is not null and r.final_level is not null"
          + " union all "
          + "select r.component_id, r.second_assessor_id, i.code, r.second_level, r.final_level,"
          + " r.second_scored_at from agreement_record r join review_item i on i.id ="
          + " r.review_item_id where r.credential_id = ?1 and r.credential_version = ?2"
          + " and r.component_id is not null and r.final_level is not null";

  /**
   * Each assessor's leniency or severity against the agreed or adjudicated level, per component,
   * with the review codes behind every figure, overall and per period of {@link #PERIOD}.
   */
  public DriftReport drift(String credentialId, String version) {
    CredentialDefinition definition = definition(credentialId, version);
    List<Rated> rows = ratings(credentialId, version);
    List<ComponentDrift> components = new ArrayList<>();
    for (Component component : definition.components()) {
      RatingScale scale = RatingScale.of(component.rubric());
      List<ReferencedRating> ratings =
          rows.stream()
              .filter(r -> component.id().equals(r.componentId()))
              .map(Rated::rating)
              .toList();
      Instant origin =
          ratings.stream().map(ReferencedRating::at).min(Comparator.naturalOrder()).orElse(null);
      List<AssessorFigures> assessors =
          Drift.perAssessor(scale, ratings).stream()
              .map(
                  drift ->
                      AssessorFigures.of(
                          drift,
                          Drift.overTime(scale, drift.assessorId(), ratings, origin, PERIOD)))
              .toList();
      components.add(new ComponentDrift(component.id(), component.label(), assessors));
    }
    return new DriftReport(
        credentialId, version, Reference.ADJUDICATED.name(), PERIOD.toDays(), components);
  }

  /**
   * The items behind one assessor's drift figures: every level they gave, beside its reference and
   * the signed difference that the leniency averages. Every component, or one.
   *
   * @param componentId null for every component
   */
  public DriftItems driftItems(
      String credentialId, String version, long assessorId, String componentId) {
    CredentialDefinition definition = definition(credentialId, version);
    if (componentId != null && definition.component(componentId).isEmpty()) {
      throw AssessmentProblems.badFilter("The version has no component " + componentId);
    }
    String assessor = Long.toString(assessorId);
    List<Rated> rows = ratings(credentialId, version);
    List<DriftItem> items = new ArrayList<>();
    for (Component component : definition.components()) {
      if (componentId != null && !componentId.equals(component.id())) {
        continue;
      }
      RatingScale scale = RatingScale.of(component.rubric());
      rows.stream()
          .filter(r -> component.id().equals(r.componentId()))
          .map(Rated::rating)
          .filter(r -> r.assessorId().equals(assessor))
          .sorted(
              Comparator.comparing(ReferencedRating::at).thenComparing(ReferencedRating::itemId))
          .forEach(
              r ->
                  items.add(
                      new DriftItem(
                          r.itemId(),
                          component.id(),
                          component.label(),
                          r.level(),
                          r.referenceLevel(),
                          Drift.difference(scale, r.level(), r.referenceLevel()),
                          r.at())));
    }
    return new DriftItems(
        credentialId, version, assessorId, componentId, Reference.ADJUDICATED.name(), items);
  }

  /** A rating with the component it belongs to. */
  private record Rated(String componentId, ReferencedRating rating) {}

  private List<Rated> ratings(String credentialId, String version) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entities
            .createNativeQuery(RATINGS)
            .setParameter(1, credentialId)
            .setParameter(2, version)
            .getResultList();
    return rows.stream()
        .filter(row -> row[3] != null && row[4] != null)
        .map(
            row ->
                new Rated(
                    (String) row[0],
                    new ReferencedRating(
                        row[1].toString(),
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        instant(row[5]))))
        .toList();
  }

  private CredentialDefinition definition(String credentialId, String version) {
    return catalog
        .version(credentialId, version)
        .orElseThrow(() -> AssessmentProblems.credentialVersionNotFound());
  }

  private static ConfusionMatrix matrix(RatingScale scale, List<Object[]> counts, String id) {
    int[][] cells = new int[scale.size()][scale.size()];
    for (Object[] row : counts) {
      boolean mine = id == null ? row[0] == null : id.equals(row[0]);
      if (mine
          && scale.categories().contains((String) row[1])
          && scale.categories().contains((String) row[2])) {
        cells[scale.index((String) row[1])][scale.index((String) row[2])] +=
            ((Number) row[3]).intValue();
      }
    }
    return ConfusionMatrix.ofCounts(scale, cells);
  }

  /** Exact agreement on levels, over every component, for each pair of assessors. */
  private List<PairAgreement> pairs(String credentialId, String version) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entities
            .createNativeQuery(
                "select least(first_assessor_id, second_assessor_id),"
                    + " greatest(first_assessor_id, second_assessor_id), count(*),"
                    + " sum(case when first_level = second_level then 1 else 0 end)"
                    + " from agreement_record where credential_id = ?1 and credential_version = ?2"
                    + " and component_id is not null group by least(first_assessor_id,"
                    + " second_assessor_id), greatest(first_assessor_id, second_assessor_id)"
                    + " order by 1, 2")
            .setParameter(1, credentialId)
            .setParameter(2, version)
            .getResultList();
    List<PairAgreement> pairs = new ArrayList<>();
    for (Object[] row : rows) {
      int total = ((Number) row[2]).intValue();
      int same = ((Number) row[3]).intValue();
      // Exact agreement reads only the diagonal, so the agreeing rows on it and the rest off it
      // give the share and its interval whatever the levels were.
      ConfusionMatrix matrix =
          ConfusionMatrix.ofCounts(SAME_OR_NOT, new int[][] {{same, total - same}, {0, 0}});
      pairs.add(
          new PairAgreement(
              ((Number) row[0]).longValue(),
              ((Number) row[1]).longValue(),
              total,
              Figure.of(Agreement.exact(matrix))));
    }
    return pairs;
  }

  private static Instant instant(Object value) {
    // The drivers answer a TIMESTAMP WITH TIME ZONE column in different types.
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("not a time: " + value.getClass());
  }

  /**
   * One statistic: a value with its 95% interval, or none with the reason.
   *
   * @param n the number of double-scored items (or ratings) behind it
   * @param method how the interval was built
   * @param undefined why there is no value, when there is none
   */
  public record Figure(
      Double value, Double lower, Double upper, String method, int n, String undefined) {
    static Figure of(Estimate estimate) {
      if (estimate instanceof Estimate.Figure f) {
        return new Figure(
            f.value(),
            f.interval().lower(),
            f.interval().upper(),
            f.interval().method().name(),
            f.items(),
            null);
      }
      Estimate.Undefined u = (Estimate.Undefined) estimate;
      return new Figure(null, null, null, null, u.items(), u.explanation());
    }

    /**
     * Adjacent agreement and weighted kappa on two levels say nothing new (100%, and kappa itself),
     * and on levels without an order nothing at all.
     */
    static Figure notReported(int n, RatingScale scale) {
      return new Figure(
          null,
          null,
          null,
          null,
          n,
          scale.ordered()
              ? "Two levels only: adjacent agreement is always 100% and weighted kappa equals"
                  + " kappa, so only exact agreement and kappa are reported."
              : Estimate.Reason.NOT_ORDERED.explanation());
    }
  }

  /**
   * @param componentId null for the outcome
   * @param passFail two levels: only exact agreement and kappa are reported
   * @param adjacent without a value for pass/fail and the outcome, saying why
   * @param quadraticKappa without a value for pass/fail and the outcome, saying why
   */
  public record ComponentAgreement(
      String componentId,
      String label,
      List<String> levels,
      boolean passFail,
      int n,
      Figure exact,
      Figure adjacent,
      Figure kappa,
      Figure quadraticKappa) {
    static ComponentAgreement of(
        String id, String label, RatingScale scale, AgreementSummary summary) {
      boolean passFail = scale.size() == 2;
      boolean ordered = scale.ordered() && !passFail;
      return new ComponentAgreement(
          id,
          label,
          scale.categories(),
          passFail || !scale.ordered(),
          summary.items(),
          Figure.of(summary.exact()),
          ordered ? Figure.of(summary.adjacent()) : Figure.notReported(summary.items(), scale),
          Figure.of(summary.kappa()),
          ordered
              ? Figure.of(summary.quadraticKappa())
              : Figure.notReported(summary.items(), scale));
    }
  }

  /** Exact agreement on component levels between two assessors, whichever scored first. */
  public record PairAgreement(long assessorId, long otherAssessorId, int n, Figure exact) {}

  public record AgreementReport(
      String credentialId,
      String version,
      List<ComponentAgreement> components,
      ComponentAgreement outcome,
      List<PairAgreement> pairs) {}

  /**
   * @param leniency mean level difference against the reference, in steps: positive is lenient
   * @param itemCodes the review codes behind the figures
   */
  public record AssessorFigures(
      long assessorId,
      int n,
      Figure leniency,
      Figure exact,
      List<String> itemCodes,
      List<Period> periods) {
    static AssessorFigures of(AssessorDrift drift, List<Bucket<AssessorDrift>> buckets) {
      return new AssessorFigures(
          Long.parseLong(drift.assessorId()),
          drift.items(),
          Figure.of(drift.leniency()),
          Figure.of(drift.exactAgreement()),
          drift.itemIds(),
          buckets.stream()
              .map(
                  b ->
                      new Period(
                          b.start(),
                          b.end(),
                          b.value().items(),
                          Figure.of(b.value().leniency()),
                          Figure.of(b.value().exactAgreement()),
                          b.value().itemIds()))
              .toList());
    }
  }

  /** One period of an assessor's figures: agreement over time, and their volume. */
  public record Period(
      Instant start, Instant end, int n, Figure leniency, Figure exact, List<String> itemCodes) {}

  public record ComponentDrift(String componentId, String label, List<AssessorFigures> assessors) {}

  /**
   * @param reference what the levels are compared with: {@code ADJUDICATED}
   * @param periodDays the length of each period in {@code periods}
   */
  public record DriftReport(
      String credentialId,
      String version,
      String reference,
      long periodDays,
      List<ComponentDrift> components) {}

  /**
   * @param componentId the component asked for; null for every component
   * @param items oldest first
   */
  public record DriftItems(
      String credentialId,
      String version,
      long assessorId,
      @Schema(nullable = true, description = "Null for every component") String componentId,
      String reference,
      List<DriftItem> items) {}

  /**
   * One level behind a drift figure.
   *
   * @param code the review code of the double-scored attempt (its first slot)
   * @param difference reference minus assessor in steps of the scale: positive is lenient
   */
  public record DriftItem(
      String code,
      String componentId,
      String componentLabel,
      String level,
      String referenceLevel,
      int difference,
      Instant scoredAt) {}
}
