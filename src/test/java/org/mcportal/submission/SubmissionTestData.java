package org.mcportal.submission;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;

/** Reads what the API deliberately does not expose, to check what was stored. */
final class SubmissionTestData {

  private SubmissionTestData() {}

  static String latestSnapshot(long submissionId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<Attempt> attempts = Attempt.of(submissionId);
              return attempts.get(attempts.size() - 1).snapshot;
            });
  }
}
