package org.mcportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mcportal.assessment.AssessorClient.as;
import static org.mcportal.assessment.AssessorClient.claim;
import static org.mcportal.assessment.AssessorClient.codeOf;
import static org.mcportal.assessment.AssessorClient.save;
import static org.mcportal.assessment.AssessorClient.submit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;
import org.mcportal.testing.AdjustableClock;

@QuarkusTest
class LeasesAndAssignmentTest {

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject AdjustableClock clock;
  @Inject ReviewQueue queue;

  private AccountView educator;
  private AccountView assessor;
  private AccountView otherAssessor;
  private AccountView admin;

  @BeforeEach
  void people() {
    educator = identities.account("educator", Role.EDUCATOR);
    assessor = identities.account("assessor", Role.ASSESSOR);
    otherAssessor = identities.account("other", Role.ASSESSOR);
    admin = identities.account("admin", Role.ADMIN);
  }

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void anExpiredLeaseRefusesSaveAndSubmitAndTheItemReturnsToTheQueue() {
    long id = work.submitPassing(educator.id());
    String code = codeOf(id, 1);
    claim(token(assessor), code).then().statusCode(200);
    save(token(assessor), code, "\"0\"", Sheets.proficient()).then().statusCode(200);

    clock.advance(Duration.ofHours(8).plusMinutes(1));

    save(token(assessor), code, "\"1\"", Sheets.proficient())
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:lease-expired"));
    submit(token(assessor), code)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:lease-expired"));
    as(token(otherAssessor))
        .queryParam("limit", 100)
        .get("/api/assessment/queue")
        .then()
        .body("items.code", hasItem(code));
    as(token(educator))
        .get("/api/submissions/" + id)
        .then()
        .body("submission.status", equalTo("SUBMITTED"));
    assertThat(actions(code)).contains(AuditAction.LEASE_EXPIRED);
    claim(token(otherAssessor), code).then().statusCode(200);
  }

  @Test
  void theSweepEndsLeasesThatRanOutWithoutAnyoneReadingTheQueue() {
    String code = codeOf(work.submitPassing(educator.id()), 1);
    claim(token(assessor), code).then().statusCode(200);
    clock.advance(Duration.ofHours(9));

    assertThat(queue.expireLeases()).isPositive();

    assertThat(status(code)).isEqualTo(ReviewItem.Status.WAITING);
    assertThat(actions(code)).contains(AuditAction.LEASE_EXPIRED);
  }

  @Test
  void aClaimMadeAgainBeforeTheLeaseRunsOutKeepsTheSheet() {
    String code = codeOf(work.submitPassing(educator.id()), 1);
    claim(token(assessor), code).then().statusCode(200);
    save(token(assessor), code, "\"0\"", Sheets.proficient()).then().statusCode(200);
    as(token(assessor)).post("/api/assessment/reviews/" + code + "/give-up").then().statusCode(204);

    claim(token(assessor), code).then().statusCode(200);

    AssessorClient.sheet(token(assessor), code)
        .then()
        .header("ETag", "\"1\"")
        .body("sheet.overallComment", equalTo("Thoughtful, well-evidenced work."));
  }

  @Test
  void anAdminAssignsReassignsAndReleasesClaims() {
    String code = codeOf(work.submitPassing(educator.id()), 1);

    assign(code, assessor.id(), "assign").then().statusCode(200);
    as(token(assessor)).get("/api/assessment/claims").then().body("code", hasItem(code));
    save(token(assessor), code, "\"0\"", Sheets.proficient()).then().statusCode(200);

    assign(code, otherAssessor.id(), "reassign").then().statusCode(200);
    save(token(assessor), code, "\"1\"", Sheets.proficient())
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:mcportal:problem:not-lease-holder"));
    // The new holder starts a sheet of their own; the first one's is kept, not handed on.
    AssessorClient.sheet(token(otherAssessor), code).then().statusCode(200).header("ETag", "\"0\"");

    as(token(admin))
        .post("/api/admin/assessment/reviews/" + code + "/release-claim")
        .then()
        .statusCode(204);
    assertThat(status(code)).isEqualTo(ReviewItem.Status.WAITING);
    assertThat(actions(code))
        .contains(AuditAction.ASSIGN, AuditAction.REASSIGN, AuditAction.LEASE_RELEASE);
  }

  @Test
  void noOneIsAssignedTheirOwnSubmissionOrWithoutTheAssessorRole() {
    AccountView both = identities.account("both", Role.EDUCATOR, Role.ASSESSOR);
    String own = codeOf(work.submitPassing(both.id()), 1);
    assign(own, both.id(), "assign")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:mcportal:problem:own-submission"));

    String code = codeOf(work.submitPassing(educator.id()), 1);
    AccountView plain = identities.account("plain", Role.EDUCATOR);
    assign(code, plain.id(), "assign")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:cannot-assign"));
  }

  @Test
  void onlyAdminsAssign() {
    String code = codeOf(work.submitPassing(educator.id()), 1);
    as(token(assessor))
        .contentType(ContentType.JSON)
        .body(Map.of("assessorId", assessor.id()))
        .post("/api/admin/assessment/reviews/" + code + "/assign")
        .then()
        .statusCode(403);
  }

  @Test
  void theQueueShowsDaysWaitingAgainstTheTargetAndFiltersByThem() {
    String code = codeOf(work.submitPassing(educator.id()), 1);
    clock.advance(Duration.ofDays(15));

    var page =
        as(token(assessor))
            .queryParam("minDaysWaiting", 15)
            .queryParam("limit", 100)
            .get("/api/assessment/queue");
    page.then()
        .statusCode(200)
        .body("items.find { it.code == '" + code + "' }.daysWaiting", equalTo(15))
        .body("items.find { it.code == '" + code + "' }.overdue", equalTo(true));
    clock.reset();
    String fresh = codeOf(work.submitPassing(identities.account("fresh", Role.EDUCATOR).id()), 1);
    as(token(assessor))
        .queryParam("minDaysWaiting", 1)
        .queryParam("limit", 100)
        .get("/api/assessment/queue")
        .then()
        .body("items.code", not(hasItem(fresh)));
    as(token(assessor))
        .queryParam("attempt", 2)
        .queryParam("limit", 100)
        .get("/api/assessment/queue")
        .then()
        .body("items.code", not(hasItem(fresh)));
  }

  private io.restassured.response.Response assign(String code, long assessorId, String verb) {
    return as(token(admin))
        .contentType(ContentType.JSON)
        .body(Map.of("assessorId", assessorId))
        .post("/api/admin/assessment/reviews/" + code + "/" + verb);
  }

  /** A token issued now, by the adjusted clock, as a fresh sign-in would get. */
  private String token(AccountView account) {
    return identities.token(account.id());
  }

  private static ReviewItem.Status status(String code) {
    return QuarkusTransaction.requiringNew()
        .call(() -> ReviewItem.byCode(code).orElseThrow().status);
  }

  private static java.util.List<AuditAction> actions(String code) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                AuditEvent.<AuditEvent>list("reviewCode = ?1 order by id", code).stream()
                    .map(e -> e.action)
                    .toList());
  }
}
