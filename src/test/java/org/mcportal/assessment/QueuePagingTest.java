package org.mcportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcportal.assessment.AssessorClient.as;
import static org.mcportal.assessment.AssessorClient.codeOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class QueuePagingTest {

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject ReviewQueue queue;
  @Inject SessionFactory sessions;

  @Test
  void pagesFollowOldestFirstWithoutGapsOrRepeats() {
    List<String> submitted = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      submitted.add(
          codeOf(work.submitPassing(identities.account("queued", Role.EDUCATOR).id()), 1));
    }
    String assessor = identities.token(identities.account("pager", Role.ASSESSOR).id());

    List<String> codes = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    String after = null;
    do {
      var request = as(assessor).queryParam("credential", "home-visits").queryParam("limit", 3);
      if (after != null) {
        request = request.queryParam("after", after);
      }
      Response page = request.get("/api/assessment/queue");
      page.then().statusCode(200);
      codes.addAll(page.path("items.code"));
      page.<List<String>>path("items.submittedAt").forEach(t -> times.add(Instant.parse(t)));
      after = page.path("next");
    } while (after != null);

    assertThat(codes).doesNotHaveDuplicates().containsSubsequence(submitted);
    assertThat(times).isSorted();
  }

  @Test
  void aPageIsOneQueryWhateverItsLength() {
    for (int i = 0; i < 3; i++) {
      work.submitPassing(identities.account("counted", Role.EDUCATOR).id());
    }
    queue.expireLeases();

    long small = statements(2);
    long large = statements(50);

    // One to find leases that ran out, one for the page: none per item.
    assertThat(small).isLessThanOrEqualTo(2);
    assertThat(large).isEqualTo(small);
  }

  private long statements(int limit) {
    Statistics statistics = sessions.getStatistics();
    statistics.clear();
    var page = queue.waiting(new ReviewQueue.QueueFilter(null, null, null, null, limit));
    assertThat(page.items()).hasSizeGreaterThanOrEqualTo(Math.min(limit, 3));
    return statistics.getPrepareStatementCount();
  }
}
