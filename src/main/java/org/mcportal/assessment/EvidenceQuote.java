package org.mcportal.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A passage of the attempt quoted as evidence for a criterion. */
@Entity
@Table(name = "evidence_quote")
class EvidenceQuote extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "assessment_id", nullable = false)
  public long assessmentId;

  @Column(name = "component_id", nullable = false)
  public String componentId;

  @Column(name = "criterion_id", nullable = false)
  public String criterionId;

  @Column(name = "field_key", nullable = false)
  public String fieldKey;

  @Column(nullable = false)
  public String quote;

  static List<EvidenceQuote> of(long assessmentId) {
    return list("assessmentId = ?1 order by id", assessmentId);
  }
}
