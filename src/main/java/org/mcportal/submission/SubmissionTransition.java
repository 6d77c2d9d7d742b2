package org.mcportal.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.mcportal.rules.SubmissionStatus;

/** One move of a submission between statuses. Written once, never changed or removed. */
@Entity
@Table(name = "submission_transition")
public class SubmissionTransition extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "submission_id", nullable = false, updatable = false)
  long submissionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false, updatable = false)
  SubmissionStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  SubmissionStatus to;

  @Column(name = "actor_id", nullable = false, updatable = false)
  long actorId;

  @Column(name = "moved_at", nullable = false, updatable = false)
  Instant at;

  @Column(updatable = false)
  String reason;

  static void record(
      Submission submission, SubmissionStatus from, long actorId, Instant at, String reason) {
    SubmissionTransition transition = new SubmissionTransition();
    transition.submissionId = submission.id;
    transition.from = from;
    transition.to = submission.status;
    transition.actorId = actorId;
    transition.at = at;
    transition.reason = reason;
    transition.persist();
  }

  static List<SubmissionTransition> of(long submissionId) {
    return list("submissionId = ?1 order by id", submissionId);
  }
}
