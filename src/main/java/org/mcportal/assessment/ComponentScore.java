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

/** A component's level in a submitted assessment, as reports read it. */
@Entity
@Table(name = "component_score")
@IdClass(ComponentScore.Key.class)
class ComponentScore extends PanacheEntityBase {

  @Id
  @Column(name = "assessment_id")
  public long assessmentId;

  @Id
  @Column(name = "component_id")
  public String componentId;

  @Column(name = "derived_level", nullable = false)
  public String derivedLevel;

  @Column(name = "final_level", nullable = false)
  public String finalLevel;

  @Column(nullable = false)
  public boolean overridden;

  public String justification;

  @Column(nullable = false)
  public String feedback;

  static List<ComponentScore> of(long assessmentId) {
    return list("assessmentId", assessmentId);
  }

  /** The composite key Hibernate needs for the two-column primary key. */
  public static class Key implements Serializable {
    public long assessmentId;
    public String componentId;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.assessmentId == assessmentId
          && Objects.equals(key.componentId, componentId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(assessmentId, componentId);
    }
  }
}
