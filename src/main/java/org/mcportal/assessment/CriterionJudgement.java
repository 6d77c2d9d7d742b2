package org.mcportal.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** Whether one criterion was met, in a submitted assessment. */
@Entity
@Table(name = "criterion_judgement")
@IdClass(CriterionJudgement.Key.class)
class CriterionJudgement extends PanacheEntityBase {

  @Id
  @Column(name = "assessment_id")
  public long assessmentId;

  @Id
  @Column(name = "component_id")
  public String componentId;

  @Id
  @Column(name = "criterion_id")
  public String criterionId;

  @Column(nullable = false)
  public boolean met;

  static List<CriterionJudgement> of(long assessmentId) {
    return list("assessmentId", assessmentId);
  }

  /** The composite key Hibernate needs for the three-column primary key. */
  public static class Key implements Serializable {
    public long assessmentId;
    public String componentId;
    public String criterionId;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.assessmentId == assessmentId
          && Objects.equals(key.componentId, componentId)
          && Objects.equals(key.criterionId, criterionId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(assessmentId, componentId, criterionId);
    }
  }
}
