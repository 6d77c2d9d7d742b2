package org.mcportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcportal.assessment.AssessorClient.as;
import static org.mcportal.assessment.AssessorClient.claim;
import static org.mcportal.assessment.AssessorClient.codeOf;
import static org.mcportal.assessment.AssessorClient.save;
import static org.mcportal.assessment.AssessorClient.sheet;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

/**
 * Two assessors race for one item 100 times: both claim at once, then both save, then the winner's
 * two open tabs save the same version at once. Each round has one winner, the sheet ends as exactly
 * one writer sent it, and every change is in the audit trail.
 */
@QuarkusTest
class ConcurrentScoringTest {

  private static final int ROUNDS = 100;

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;

  @Test
  void racingClaimsAndSavesHaveOneWinnerAndNoMixedOrLostScoring() throws Exception {
    String code = codeOf(work.submitPassing(identities.account("raced", Role.EDUCATOR).id()), 1);
    String[] tokens = {
      identities.token(identities.account("left", Role.ASSESSOR).id()),
      identities.token(identities.account("right", Role.ASSESSOR).id())
    };
    CyclicBarrier barrier = new CyclicBarrier(2);
    Round[] rounds = new Round[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      rounds[r] = new Round();
    }
    AtomicInteger overlappingClaims = new AtomicInteger();
    AtomicInteger overlappingSaves = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int me = t;
      running.add(
          pool.submit(
              () -> {
                for (int r = 0; r < ROUNDS; r++) {
                  Round round = rounds[r];
                  await(barrier);
                  long start = System.nanoTime();
                  Response claimed = claim(tokens[me], code);
                  round.claim(me, claimed.statusCode(), start, System.nanoTime());
                  await(barrier);
                  if (me == 0 && round.overlaps(round.claimTimes)) {
                    overlappingClaims.incrementAndGet();
                  }
                  int winner = round.claimStatus[0] == 200 ? 0 : 1;
                  if (me == winner) {
                    round.version = sheet(tokens[me], code).header("ETag");
                  }
                  await(barrier);
                  // The loser tries to save too; only the lease holder may.
                  round.outsider[me] =
                      save(tokens[me], code, round.version, sheetOf(r, me)).statusCode();
                  await(barrier);
                  if (me == winner) {
                    round.version = sheet(tokens[winner], code).header("ETag");
                  }
                  await(barrier);
                  // Both threads now act as the winner's two tabs, on the same version.
                  long saveStart = System.nanoTime();
                  Response saved = save(tokens[winner], code, round.version, sheetOf(r, me));
                  round.tab(me, saved.statusCode(), saveStart, System.nanoTime());
                  await(barrier);
                  if (me == winner) {
                    if (round.overlaps(round.tabTimes)) {
                      overlappingSaves.incrementAndGet();
                    }
                    round.stored = sheet(tokens[winner], code).as(Map.class);
                    as(tokens[winner])
                        .post("/api/assessment/reviews/" + code + "/give-up")
                        .then()
                        .statusCode(204);
                  }
                  await(barrier);
                }
                return null;
              }));
    }
    for (Future<?> thread : running) {
      thread.get(10, TimeUnit.MINUTES);
    }
    pool.shutdown();

    assertThat(overlappingClaims.get())
        .as("rounds whose two claims were in flight together")
        .isPositive();
    assertThat(overlappingSaves.get())
        .as("rounds whose two saves were in flight together")
        .isPositive();
    int savedWrites = 0;
    for (int r = 0; r < ROUNDS; r++) {
      Round round = rounds[r];
      assertThat(round.claimStatus).as("round %d claims", r).containsExactlyInAnyOrder(200, 409);
      int winner = round.claimStatus[0] == 200 ? 0 : 1;
      assertThat(round.outsider[winner]).as("round %d holder's save", r).isEqualTo(200);
      assertThat(round.outsider[1 - winner]).as("round %d outsider's save", r).isEqualTo(403);
      assertThat(round.tabStatus).as("round %d tabs", r).containsExactlyInAnyOrder(200, 409);
      int tab = round.tabStatus[0] == 200 ? 0 : 1;
      @SuppressWarnings("unchecked")
      Map<String, Object> stored = (Map<String, Object>) round.stored.get("sheet");
      assertThat(stored.get("overallComment"))
          .as("round %d stored sheet", r)
          .isEqualTo(comment(r, tab));
      assertThat(invitation(stored)).as("round %d not mixed", r).isEqualTo(tab == 0);
      savedWrites += 2;
    }
    assertThat(count(code, AuditAction.CLAIM)).isEqualTo(ROUNDS);
    assertThat(count(code, AuditAction.LEASE_RELEASE)).isEqualTo(ROUNDS);
    assertThat(count(code, AuditAction.SAVE)).isEqualTo(savedWrites);
  }

  private static Map<String, Object> sheetOf(int round, int writer) {
    Map<String, Object> sheet =
        writer == 0 ? Sheets.proficient() : Sheets.artifactThreeBasic("Add an invitation.");
    sheet.put("overallComment", comment(round, writer));
    return sheet;
  }

  private static String comment(int round, int writer) {
    return "round " + round + " by writer " + writer;
  }

  @SuppressWarnings("unchecked")
  private static Object invitation(Map<String, Object> sheet) {
    Map<String, Object> components = (Map<String, Object>) sheet.get("components");
    Map<String, Object> artifact = (Map<String, Object>) components.get("artifact-3");
    return "MET".equals(((Map<String, Object>) artifact.get("judgements")).get("invitation"));
  }

  private static long count(String code, AuditAction action) {
    return QuarkusTransaction.requiringNew()
        .call(() -> AuditEvent.count("reviewCode = ?1 and action = ?2", code, action));
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(2, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException("the other client stopped", e);
    }
  }

  /** What both clients saw in one round. */
  private static final class Round {
    final int[] claimStatus = new int[2];
    final long[][] claimTimes = new long[2][2];
    final int[] outsider = new int[2];
    final int[] tabStatus = new int[2];
    final long[][] tabTimes = new long[2][2];
    volatile String version;
    volatile Map<String, Object> stored;

    synchronized void claim(int who, int status, long start, long end) {
      claimStatus[who] = status;
      claimTimes[who] = new long[] {start, end};
    }

    synchronized void tab(int who, int status, long start, long end) {
      tabStatus[who] = status;
      tabTimes[who] = new long[] {start, end};
    }

    /** Each request started before the other one was answered. */
    synchronized boolean overlaps(long[][] times) {
      return times[0][0] < times[1][1] && times[1][0] < times[0][1];
    }
  }
}
