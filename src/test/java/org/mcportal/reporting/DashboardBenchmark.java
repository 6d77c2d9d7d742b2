package org.mcportal.reporting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Rubric;

/**
 * Seeds 100,000 scored submissions on PostgreSQL in SQL, then prints the time of each dashboard
 * query, of the whole dashboard over HTTP, and of the submissions export with the heap it used. Run
 * with {@code -Pbenchmarks -Dquarkus.test.profile=test,pg}; see docs/performance.md.
 */
@QuarkusTest
class DashboardBenchmark {

  private static final int SUBMISSIONS = 100_000;
  private static final int EDUCATORS = 2_000;
  private static final int ASSESSORS = 25;
  private static final int WARM_UP = 2;
  private static final int MEASURED = 7;

  @Inject EntityManager em;
  @Inject DashboardService dashboard;
  @Inject CredentialCatalog catalog;
  @Inject TestIdentities identities;

  @ConfigProperty(name = "quarkus.datasource.db-kind")
  String database;

  @Test
  void measureTheDashboardAndTheExportOverAHundredThousandSubmissions() throws IOException {
    assumeTrue(database.equals("postgresql"), "the seed uses PostgreSQL's generate_series");
    CredentialDefinition definition = catalog.current("home-visits").orElseThrow();
    long seedStart = System.nanoTime();
    long cohort = QuarkusTransaction.requiringNew().timeout(3600).call(() -> seed(definition));
    System.out.printf(
        "[dashboard] seeded %,d submissions in %.1f s%n",
        SUBMISSIONS, (System.nanoTime() - seedStart) / 1e9);

    for (ReportFilter filter :
        List.of(
            ReportFilter.of("home-visits"),
            new ReportFilter(
                "home-visits",
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.of(cohort)))) {
      String label = filter.cohortId().isPresent() ? "cohort of 200" : "all";
      int target = definition.assessment().turnaroundDays();
      time(label, "statuses", () -> dashboard.statuses(filter));
      time(label, "outcomes by attempt", () -> dashboard.outcomesByAttempt(filter));
      time(label, "levels per component", () -> dashboard.components(filter, definition));
      time(label, "unmet criteria", () -> dashboard.unmetCriteria(filter, definition));
      time(label, "turnaround", () -> dashboard.turnaround(filter, target));
      time(label, "oldest waiting", () -> dashboard.oldestWaiting(filter, target));
      time(label, "assessor workload", () -> dashboard.assessors(filter));
      time(label, "whole dashboard", () -> dashboard.dashboard(filter));
    }

    String admin = identities.token(identities.account("bench-admin", Role.ADMIN).id());
    time(
        "all",
        "GET /api/admin/reports/dashboard",
        () ->
            given()
                .header("Authorization", "Bearer " + admin)
                .queryParam("credential", "home-visits")
                .get("/api/admin/reports/dashboard")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .length());
    export(admin);
  }

  private void export(String admin) throws IOException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(baseline);
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.start();
    long start = System.nanoTime();
    long bytes = 0;
    long lines = 0;
    try (InputStream body =
        given()
            .header("Authorization", "Bearer " + admin)
            .queryParam("credential", "home-visits")
            .get("/api/admin/exports/submissions.csv")
            .then()
            .statusCode(200)
            .extract()
            .asInputStream()) {
      byte[] buffer = new byte[65536];
      int n;
      while ((n = body.read(buffer)) > 0) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    long elapsed = System.nanoTime() - start;
    running.set(false);
    System.out.printf(
        "[export] %s, submissions.csv: %,d lines, %.1f MB in %.1f s; heap at start %.0f MB,"
            + " highest while exporting %.0f MB%n",
        database, lines, bytes / 1e6, elapsed / 1e9, baseline / 1e6, peak.get() / 1e6);
  }

  private void time(String filter, String label, Supplier<?> query) {
    long[] micros = new long[MEASURED];
    for (int i = 0; i < WARM_UP + MEASURED; i++) {
      long start = System.nanoTime();
      QuarkusTransaction.requiringNew().call(query::get);
      if (i >= WARM_UP) {
        micros[i - WARM_UP] = (System.nanoTime() - start) / 1_000;
      }
    }
    Arrays.sort(micros);
    System.out.printf(
        "[dashboard] %s, %s, %s: median %.1f ms, slowest %.1f ms over %d runs%n",
        database,
        filter,
        label,
        micros[MEASURED / 2] / 1000.0,
        micros[MEASURED - 1] / 1000.0,
        MEASURED);
  }

  /** Seeds everything in SQL and returns a cohort holding the first 200 educators. */
  private long seed(CredentialDefinition definition) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    em.createNativeQuery(
            "insert into account (email, display_name, source, active, must_change_password,"
                + " token_version, created_at, updated_at)"
                + " select 'bench-' || ?1 || '-' || n || '@school.test', 'Bench ' || n, 'LOCAL',"
                + " true, false, 0, now(), now() from generate_series(1, ?2) as g(n)")
        .setParameter(1, run)
        .setParameter(2, EDUCATORS + ASSESSORS)
        .executeUpdate();
    long first =
        ((Number)
                em.createNativeQuery(
                        "select min(id) from account where email like 'bench-' || ?1 || '-%'")
                    .setParameter(1, run)
                    .getSingleResult())
            .longValue();
    long firstAssessor = first + EDUCATORS;
    em.createNativeQuery(
            "insert into account_role (account_id, role) select id, case when id < ?1"
                + " then 'EDUCATOR' else 'ASSESSOR' end from account where email like 'bench-'"
                + " || ?2 || '-%'")
        .setParameter(1, firstAssessor)
        .setParameter(2, run)
        .executeUpdate();
    long firstSubmission = nextId("submission");
    // Statuses: 70% released (3 in 4 earned), 10% in review, 20% waiting.
    em.createNativeQuery(
            "insert into submission (owner_id, credential_id, credential_version, status,"
                + " attempts, created_at, updated_at, row_version)"
                + " select ?1 + n % ?2, 'home-visits', ?3,"
                + " case when n % 10 < 7 then (case when n % 4 = 0 then 'NOT_EARNED' else"
                + " 'EARNED' end) when n % 10 = 7 then 'IN_REVIEW' else 'SUBMITTED' end,"
                + " 1 + n % 3 / 2, now() - (n % 400) * interval '1 day',"
                + " now() - (n % 400) * interval '1 day', 1"
                + " from generate_series(1, ?4) as g(n) order by n")
        .setParameter(1, first)
        .setParameter(2, EDUCATORS)
        .setParameter(3, definition.version())
        .setParameter(4, SUBMISSIONS)
        .executeUpdate();
    String seeded = "s.id >= " + firstSubmission;
    em.createNativeQuery(
            "insert into attempt (submission_id, number, idempotency_key, snapshot, submitted_at)"
                + " select s.id, s.attempts, 'bench-' || s.id, '{}', s.created_at"
                + " from submission s where "
                + seeded)
        .executeUpdate();
    em.createNativeQuery(
            "insert into review_item (code, submission_id, attempt_number, credential_id,"
                + " credential_version, submitted_at, status, row_version)"
                + " select 'B' || lpad(cast(s.id % 100000000 as varchar(20)), 8, '0'), s.id,"
                + " s.attempts, s.credential_id, s.credential_version, s.created_at,"
                + " case when s.status in ('EARNED', 'NOT_EARNED') then 'RELEASED'"
                + " when s.status = 'IN_REVIEW' then 'CLAIMED' else 'WAITING' end, 0"
                + " from submission s where "
                + seeded)
        .executeUpdate();
    em.createNativeQuery(
            "insert into assessment (review_item_id, assessor_id, status, sheet, version,"
                + " created_at, updated_at, submitted_at)"
                + " select ri.id, ?1 + ri.id % ?2, case when ri.status = 'RELEASED' then"
                + " 'SUBMITTED' else 'DRAFT' end, '{}', 1, ri.submitted_at, ri.submitted_at,"
                + " case when ri.status = 'RELEASED' then ri.submitted_at end"
                + " from review_item ri join submission s on s.id = ri.submission_id"
                + " where ri.status in ('RELEASED', 'CLAIMED') and "
                + seeded)
        .setParameter(1, firstAssessor)
        .setParameter(2, ASSESSORS)
        .executeUpdate();
    String released =
        " from assessment a join review_item ri on ri.id = a.review_item_id"
            + " join submission s on s.id = ri.submission_id"
            + " where a.status = 'SUBMITTED' and "
            + seeded;
    em.createNativeQuery(
            "insert into assessment_outcome (assessment_id, earned, headline, explanation,"
                + " overall_comment, decided_at, released_at)"
                + " select a.id, s.status = 'EARNED', '', '', '', ri.submitted_at,"
                + " ri.submitted_at + (s.id % 30) * interval '1 day'"
                + released)
        .executeUpdate();
    List<String> levels = new ArrayList<>();
    List<String> criteria = new ArrayList<>();
    for (Component component : definition.components()) {
      List<Rubric.Level> scale = component.rubric().levels();
      for (int i = 0; i < scale.size(); i++) {
        levels.add(
            "('"
                + component.id()
                + "', "
                + i
                + ", '"
                + scale.get(i).id()
                + "', "
                + scale.size()
                + ")");
      }
      int c = 0;
      for (Rubric.Criterion criterion : component.rubric().criteria()) {
        criteria.add("('" + component.id() + "', '" + criterion.id() + "', " + c++ + ")");
      }
    }
    // Each component gets the level whose rank is the assessment's id modulo the number of
    // levels; each criterion is unmet when its position and the id share a remainder.
    em.createNativeQuery(
            "insert into component_score (assessment_id, component_id, derived_level,"
                + " final_level, overridden, justification, feedback)"
                + " select a.id, l.component_id, l.level_id, l.level_id, a.id % 50 = 0, null, ''"
                + released.replace(
                    " where",
                    " join (values "
                        + String.join(", ", levels)
                        + ") as l(component_id, rank, level_id, levels)"
                        + " on l.rank = a.id % l.levels where"))
        .executeUpdate();
    em.createNativeQuery(
            "insert into criterion_judgement (assessment_id, component_id, criterion_id, met)"
                + " select a.id, c.component_id, c.criterion_id, (a.id + c.position) % 7 <> 0"
                + released.replace(
                    " where",
                    " cross join (values "
                        + String.join(", ", criteria)
                        + ") as c(component_id, criterion_id, position) where"))
        .executeUpdate();
    em.createNativeQuery("insert into cohort (name, created_at) values (?1, now())")
        .setParameter(1, "Bench " + run)
        .executeUpdate();
    long cohort =
        ((Number)
                em.createNativeQuery("select id from cohort where name = ?1")
                    .setParameter(1, "Bench " + run)
                    .getSingleResult())
            .longValue();
    em.createNativeQuery(
            "insert into cohort_member (cohort_id, educator_id, added_at)"
                + " select ?1, id, now() from account where id >= ?2 and id < ?3")
        .setParameter(1, cohort)
        .setParameter(2, first)
        .setParameter(3, first + 200)
        .executeUpdate();
    em.createNativeQuery("analyze").executeUpdate();
    return cohort;
  }

  private long nextId(String table) {
    return ((Number)
            em.createNativeQuery("select coalesce(max(id), 0) + 1 from " + table).getSingleResult())
        .longValue();
  }
}
