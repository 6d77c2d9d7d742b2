package org.mcportal.reporting;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.mcportal.identity.AccountService;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;

/**
 * Named groups of educators that admins report on. Membership only narrows reports: it grants and
 * refuses nothing anywhere else in the portal.
 */
@ApplicationScoped
@Transactional
public class Cohorts {

  private final AccountService accounts;
  private final Clock clock;

  Cohorts(AccountService accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  public record CohortSummary(long id, String name, Instant createdAt, long members) {}

  /**
   * @param members each educator with the name admins know them by: cohorts are an admin's tool,
   *     and nothing here reaches assessors
   */
  public record CohortView(long id, String name, Instant createdAt, List<Member> members) {}

  public record Member(long educatorId, String name, String email, Instant addedAt) {}

  public List<CohortSummary> list() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em().createNativeQuery(
                "select c.id, c.name, c.created_at, count(m.educator_id) from cohort c"
                    + " left join cohort_member m on m.cohort_id = c.id"
                    + " group by c.id, c.name, c.created_at order by c.name")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new CohortSummary(
                    Sql.number(r[0]), (String) r[1], Sql.instant(r[2]), Sql.number(r[3])))
        .toList();
  }

  public CohortView get(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> cohort =
        em().createNativeQuery("select c.id, c.name, c.created_at from cohort c where c.id = ?1")
            .setParameter(1, id)
            .getResultList();
    if (cohort.isEmpty()) {
      throw ReportingProblems.unknownCohort(id);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> members =
        em().createNativeQuery(
                "select a.id, a.display_name, a.email, m.added_at from cohort_member m"
                    + " join account a on a.id = m.educator_id where m.cohort_id = ?1"
                    + " order by a.display_name, a.id")
            .setParameter(1, id)
            .getResultList();
    Object[] c = cohort.get(0);
    return new CohortView(
        Sql.number(c[0]),
        (String) c[1],
        Sql.instant(c[2]),
        members.stream()
            .map(m -> new Member(Sql.number(m[0]), (String) m[1], (String) m[2], Sql.instant(m[3])))
            .toList());
  }

  public CohortView create(String name) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 200) {
      throw ReportingProblems.invalid("name", "A cohort's name is 1 to 200 characters");
    }
    Number taken =
        (Number)
            em().createNativeQuery("select count(*) from cohort where lower(name) = lower(?1)")
                .setParameter(1, trimmed)
                .getSingleResult();
    if (taken.longValue() > 0) {
      throw ReportingProblems.nameTaken(trimmed);
    }
    em().createNativeQuery("insert into cohort (name, created_at) values (?1, ?2)")
        .setParameter(1, trimmed)
        .setParameter(2, clock.instant().atOffset(ZoneOffset.UTC))
        .executeUpdate();
    long id =
        Sql.number(
            em().createNativeQuery("select id from cohort where name = ?1")
                .setParameter(1, trimmed)
                .getSingleResult());
    return get(id);
  }

  /** Adds an educator; adding one who is a member already changes nothing. */
  public CohortView add(long cohortId, long educatorId) {
    get(cohortId);
    AccountView account =
        accounts.find(educatorId).orElseThrow(() -> ReportingProblems.noAccount(educatorId));
    if (!account.roles().contains(Role.EDUCATOR)) {
      throw ReportingProblems.notAnEducator(educatorId);
    }
    em().createNativeQuery(
            "insert into cohort_member (cohort_id, educator_id, added_at) select ?1, ?2, ?3"
                + " where not exists (select 1 from cohort_member"
                + " where cohort_id = ?1 and educator_id = ?2)")
        .setParameter(1, cohortId)
        .setParameter(2, educatorId)
        .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC))
        .executeUpdate();
    return get(cohortId);
  }

  public CohortView remove(long cohortId, long educatorId) {
    get(cohortId);
    em().createNativeQuery("delete from cohort_member where cohort_id = ?1 and educator_id = ?2")
        .setParameter(1, cohortId)
        .setParameter(2, educatorId)
        .executeUpdate();
    return get(cohortId);
  }

  private static EntityManager em() {
    return Panache.getEntityManager();
  }
}
