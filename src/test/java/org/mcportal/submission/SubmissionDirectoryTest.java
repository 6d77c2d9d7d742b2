package org.mcportal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.rules.SubmissionStatus;

@QuarkusTest
class SubmissionDirectoryTest {

  @Inject TestIdentities identities;
  @Inject SubmissionDirectory directory;
  @Inject SubmissionLifecycle lifecycle;

  private long ownerA;
  private long draft;
  private long inReview;

  @BeforeEach
  void twoSubmissions() {
    ownerA = identities.account("directory-a", Role.EDUCATOR).id();
    long ownerB = identities.account("directory-b", Role.EDUCATOR).id();
    draft = EducatorClient.start(identities.token(ownerA));
    inReview = EducatorClient.start(identities.token(ownerB));
    // Two attempts written directly: the directory reads rows, not how they were made.
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              attempt(inReview, 1, Instant.parse("2026-03-01T10:00:00Z"));
              attempt(inReview, 2, Instant.parse("2026-04-01T10:00:00Z"));
              Submission s = Submission.findById(inReview);
              s.attempts = 2;
              s.status = SubmissionStatus.IN_REVIEW;
            });
  }

  @Test
  void byIdsReadsEachSubmissionWithItsFirstAndLastSubmit() {
    List<SubmissionRow> rows = directory.byIds(List.of(draft, inReview));

    assertThat(rows).extracting(SubmissionRow::id).containsExactly(draft, inReview);
    SubmissionRow first = rows.get(0);
    assertThat(first.ownerId()).isEqualTo(ownerA);
    assertThat(first.status()).isEqualTo(SubmissionStatus.DRAFT);
    assertThat(first.firstSubmittedAt()).isNull();
    SubmissionRow second = rows.get(1);
    assertThat(second.attempts()).isEqualTo(2);
    assertThat(second.credentialVersion()).isEqualTo("2022-03-17.1");
    assertThat(second.firstSubmittedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(second.lastSubmittedAt()).isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));
  }

  @Test
  void aFilterSelectsByStatusCredentialAndSubmitWindow() {
    SubmissionFilter reviewing =
        SubmissionFilter.all()
            .credential("home-visits", "2022-03-17.1")
            .statuses(Set.of(SubmissionStatus.IN_REVIEW));

    assertThat(directory.page(reviewing, 0, 1000))
        .extracting(SubmissionRow::id)
        .contains(inReview)
        .doesNotContain(draft);
    assertThat(
            directory.page(
                SubmissionFilter.all()
                    .submittedBetween(
                        Instant.parse("2026-03-15T00:00:00Z"),
                        Instant.parse("2026-04-15T00:00:00Z")),
                0,
                1000))
        .extracting(SubmissionRow::id)
        .contains(inReview)
        .doesNotContain(draft);
    assertThat(
            directory.page(
                SubmissionFilter.all()
                    .submittedBetween(
                        Instant.parse("2026-05-01T00:00:00Z"),
                        Instant.parse("2026-06-01T00:00:00Z")),
                0,
                1000))
        .extracting(SubmissionRow::id)
        .doesNotContain(inReview, draft);
    assertThat(directory.page(SubmissionFilter.all().credential("no-such", null), 0, 10)).isEmpty();
  }

  @Test
  void theStreamReadsTheSameRowsInsideTheCallersTransaction() {
    SubmissionFilter all = SubmissionFilter.all();
    List<Long> streamed =
        QuarkusTransaction.requiringNew()
            .call(() -> directory.stream(all).map(SubmissionRow::id).toList());

    assertThat(streamed).contains(draft, inReview);
    assertThat(streamed).isSorted();
  }

  private static void attempt(long submissionId, int number, Instant at) {
    Attempt attempt = new Attempt();
    attempt.submissionId = submissionId;
    attempt.number = number;
    attempt.idempotencyKey = "directory-" + submissionId + "-" + number;
    attempt.snapshot = "{}";
    attempt.submittedAt = at;
    attempt.persist();
  }
}
