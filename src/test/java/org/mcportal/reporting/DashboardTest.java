package org.mcportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mcportal.reporting.ReportData.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.ScoredWork;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;
import org.mcportal.testing.AdjustableClock;

/**
 * The dashboard's figures over real submitted and scored work, narrowed to a cohort so that work
 * other tests leave in the database does not count.
 */
@QuarkusTest
class DashboardTest {

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject AdjustableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void figuresCountOnlyTheCohortsWorkAndAgreeWithWhatWasScored() {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    long earner = identities.account("earner", Role.EDUCATOR).id();
    long learner = identities.account("learner", Role.EDUCATOR).id();
    long waiter = identities.account("waiter", Role.EDUCATOR).id();
    long outsider = identities.account("outsider", Role.EDUCATOR).id();
    long cohort =
        ReportData.cohort(admin, "Dashboard " + UUID.randomUUID(), earner, learner, waiter);

    long earned = work.submitPassing(earner);
    long notEarned = work.submitPassing(learner);
    long outside = work.submitPassing(outsider);
    clock.advance(Duration.ofDays(3).plusHours(1));
    String assessorName = "assessor-" + UUID.randomUUID().toString().substring(0, 6);
    String assessor = identities.token(identities.account(assessorName, Role.ASSESSOR).id());
    ScoredWork.earned(assessor, earned, 1);
    ScoredWork.notEarned(assessor, notEarned, 1, "Invite the family.");
    ScoredWork.earned(assessor, outside, 1);
    long waiting = work.submitPassing(waiter);
    // Tokens issued before the clock moved have run out.
    admin = identities.token(identities.account("admin", Role.ADMIN).id());

    JsonPath d =
        as(admin)
            .queryParam("credential", "home-visits")
            .queryParam("cohort", cohort)
            .get("/api/admin/reports/dashboard")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    Map<String, Integer> statuses = statusCounts(d);
    assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
    assertThat(statuses).containsEntry("EARNED", 1).containsEntry("SUBMITTED", 1);

    assertThat(d.getList("outcomesByAttempt.attempt", Integer.class)).containsExactly(1);
    assertThat(d.getInt("outcomesByAttempt[0].earned")).isEqualTo(1);
    assertThat(d.getInt("outcomesByAttempt[0].notEarned")).isEqualTo(1);

    Map<String, Object> artifact3 = component(d, "artifact-3");
    assertThat(levelCount(artifact3, "proficient")).isEqualTo(1);
    assertThat(levelCount(artifact3, "basic")).isEqualTo(1);
    assertThat(artifact3.get("passFail")).isEqualTo(false);
    Map<String, Object> part1 = component(d, "part-1");
    assertThat(part1.get("passFail")).isEqualTo(true);
    assertThat(((Number) part1.get("passRate")).doubleValue()).isEqualTo(1.0);

    // Both sheets left artifact 1's minimal-responses unmet; only the second, the invitation.
    assertThat(d.getString("unmetCriteria[0].criterionId")).isEqualTo("minimal-responses");
    assertThat(d.getInt("unmetCriteria[0].unmet")).isEqualTo(2);
    assertThat(d.getString("unmetCriteria[1].criterionId")).isEqualTo("invitation");
    assertThat(d.getInt("unmetCriteria[1].unmet")).isEqualTo(1);

    assertThat(d.getInt("turnaround.released")).isEqualTo(2);
    assertThat(d.getInt("turnaround.medianDays")).isEqualTo(3);
    assertThat(d.getInt("turnaround.p90Days")).isEqualTo(3);
    assertThat(d.getList("turnaround.histogram.days", Integer.class)).containsExactly(3);
    assertThat(d.getInt("turnaround.waiting")).isEqualTo(1);

    assertThat(d.getString("oldestWaiting[0].code")).isEqualTo(ScoredWork.code(waiting, 1));
    assertThat(d.getList("assessors.name", String.class)).containsExactly(assessorName);
    assertThat(d.getInt("assessors[0].submitted")).isEqualTo(2);

    assertThat(d.getBoolean("agreement.available")).isFalse();
  }

  @Test
  void aWindowWithoutSubmissionsCountsNothing() {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    long educator = identities.account("educator", Role.EDUCATOR).id();
    long cohort = ReportData.cohort(admin, "Window " + UUID.randomUUID(), educator);
    work.submitPassing(educator);

    as(admin)
        .queryParam("credential", "home-visits")
        .queryParam("cohort", cohort)
        .queryParam("from", "2001-01-01")
        .queryParam("to", "2001-12-31")
        .get("/api/admin/reports/dashboard")
        .then()
        .statusCode(200)
        .body("statuses.size()", equalTo(0))
        .body("turnaround.waiting", equalTo(0))
        .body("turnaround.medianDays", equalTo(null));
  }

  @Test
  void filtersThatMeanNothingAreRefused() {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    as(admin)
        .get("/api/admin/reports/dashboard")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:mcportal:problem:bad-filter"));
    as(admin)
        .queryParam("credential", "home-visits")
        .queryParam("from", "29/11/2026")
        .get("/api/admin/reports/dashboard")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:mcportal:problem:bad-filter"));
    as(admin)
        .queryParam("credential", "no-such-credential")
        .get("/api/admin/reports/dashboard")
        .then()
        .statusCode(404);
  }

  @Test
  void onlyAdminsReadTheDashboard() {
    String assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    as(assessor)
        .queryParam("credential", "home-visits")
        .get("/api/admin/reports/dashboard")
        .then()
        .statusCode(403);
  }

  private static Map<String, Integer> statusCounts(JsonPath d) {
    List<Map<String, Object>> rows = d.getList("statuses");
    return rows.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                r -> (String) r.get("status"), r -> ((Number) r.get("count")).intValue()));
  }

  private static Map<String, Object> component(JsonPath d, String id) {
    List<Map<String, Object>> components = d.getList("components");
    return components.stream()
        .filter(c -> id.equals(c.get("componentId")))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static int levelCount(Map<String, Object> component, String level) {
    return ((List<Map<String, Object>>) component.get("levels"))
        .stream()
            .filter(l -> level.equals(l.get("levelId")))
            .mapToInt(l -> ((Number) l.get("count")).intValue())
            .findFirst()
            .orElseThrow();
  }
}
