package org.mcportal.reporting.badge;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.OutcomeReleased;
import org.mcportal.assessment.Released;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

/** Badges released at the same moment on two nodes each get a status index of their own. */
@QuarkusTest
class ConcurrentBadgeIssueTest {

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject BadgeService badges;

  @Test
  void twoReleasesIssuingBadgesAtOnceBothGetADistinctStatusIndex() throws Exception {
    String assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    List<Long> submissions = new ArrayList<>();
    for (String name : List.of("racer one", "racer two", "racer three")) {
      long id = work.submitPassing(identities.account(name, Role.EDUCATOR).id());
      Released.earned(assessor, id, 1);
      submissions.add(id);
    }
    // Forget the badges the releases issued, so that the same releases issue them again at once,
    // as the release observers of different nodes would.
    List<OutcomeReleased> releases =
        QuarkusTransaction.requiringNew().call(() -> forget(submissions));

    CyclicBarrier together = new CyclicBarrier(releases.size());
    ExecutorService nodes = Executors.newFixedThreadPool(releases.size());
    try {
      List<Future<?>> issued = new ArrayList<>();
      for (OutcomeReleased released : releases) {
        issued.add(
            nodes.submit(
                () -> {
                  together.await(10, TimeUnit.SECONDS);
                  badges.onReleased(released);
                  return null;
                }));
      }
      for (Future<?> one : issued) {
        one.get(60, TimeUnit.SECONDS);
      }
    } finally {
      nodes.shutdownNow();
    }

    List<Integer> indexes =
        QuarkusTransaction.requiringNew().call(() -> statusIndexes(submissions));
    assertThat(indexes).doesNotContainNull().doesNotHaveDuplicates();
  }

  private static List<Integer> statusIndexes(List<Long> submissions) {
    List<Integer> indexes = new ArrayList<>();
    for (long id : submissions) {
      Badge badge = Badge.find("submissionId", id).firstResult();
      indexes.add(badge == null ? null : badge.statusIndex);
    }
    return indexes;
  }

  private static List<OutcomeReleased> forget(List<Long> submissions) {
    List<OutcomeReleased> releases = new ArrayList<>();
    for (long id : submissions) {
      Badge badge = Badge.find("submissionId", id).firstResult();
      releases.add(
          new OutcomeReleased(
              id,
              badge.attemptNumber,
              Released.code(id, badge.attemptNumber),
              badge.credentialId,
              badge.credentialVersion,
              true,
              Instant.now()));
      BadgeEvent.delete("badgeId", badge.id);
      badge.delete();
    }
    return releases;
  }
}
