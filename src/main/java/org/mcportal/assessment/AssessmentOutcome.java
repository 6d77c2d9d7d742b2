package org.mcportal.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The outcome of a submitted assessment and its explanation, as the educator will read it. */
@Entity
@Table(name = "assessment_outcome")
class AssessmentOutcome extends PanacheEntityBase {

  @Id
  @Column(name = "assessment_id")
  public long assessmentId;

  @Column(nullable = false)
  public boolean earned;

  /** One sentence from the rules core, e.g. "Not earned: Artifact 3 is Basic (...)". */
  @Column(nullable = false)
  public String headline;

  /** The explanation per component, as JSON ({@link Explanation}). */
  @Column(nullable = false)
  public String explanation;

  @Column(name = "overall_comment", nullable = false)
  public String overallComment;

  @Column(name = "decided_at", nullable = false)
  public Instant decidedAt;

  @Column(name = "released_at")
  public Instant releasedAt;
}
