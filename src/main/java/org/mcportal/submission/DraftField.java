package org.mcportal.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mcportal.rules.FieldKey;

/**
 * One field of a draft. Its {@code version} is deliberately not a JPA {@code @Version}: autosave
 * compares the version the client read (If-Match) in the UPDATE itself, which a managed entity
 * cannot do for a stateless request.
 */
@Entity
@Table(name = "draft_field")
public class DraftField extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "submission_id", nullable = false, updatable = false)
  public long submissionId;

  @Column(name = "field_key", nullable = false, updatable = false)
  public String fieldKey;

  @Column(nullable = false)
  public String content;

  @Column(nullable = false)
  public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  static List<DraftField> of(long submissionId) {
    return list("submissionId = ?1 order by id", submissionId);
  }

  static Optional<DraftField> at(long submissionId, String fieldKey) {
    return find("submissionId = ?1 and fieldKey = ?2", submissionId, fieldKey)
        .firstResultOptional();
  }

  /**
   * Writes {@code content} only if the field is still at {@code expectedVersion}.
   *
   * @return whether the write happened
   */
  static boolean compareAndSet(
      long submissionId, String fieldKey, long expectedVersion, String content, Instant at) {
    return update(
            "content = ?1, version = version + 1, updatedAt = ?2"
                + " where submissionId = ?3 and fieldKey = ?4 and version = ?5",
            content,
            at,
            submissionId,
            fieldKey,
            expectedVersion)
        == 1;
  }

  private static final String SET_UNLESS_LOCKED =
      "update draft_field set content = ?1, version = version + 1, updated_at = ?2"
          + " where submission_id = ?3 and field_key = ?4 and version = ?5"
          + " and not exists (select 1 from component_lock l where l.submission_id = ?6";
  private static final String SET_UNLESS_ANY_LOCK = SET_UNLESS_LOCKED + ")";
  private static final String SET_UNLESS_COMPONENT_LOCKED =
      SET_UNLESS_LOCKED + " and l.component_id = ?7)";

  /**
   * {@link #compareAndSet}, and only if no lock freezes the field ({@link
   * FieldKey#lockingComponent}): a lock on its component, or any lock for a field that no one
   * component owns.
   *
   * @return whether the write happened
   */
  static boolean compareAndSetUnlocked(
      long submissionId, FieldKey field, long expectedVersion, String content, Instant at) {
    Optional<String> component = field.lockingComponent();
    // Native SQL, as for the stamp in Submission: every autosave runs this, and Hibernate
    // translates an HQL update with a subquery afresh on each execution.
    var update =
        getEntityManager()
            .createNativeQuery(
                component.isPresent() ? SET_UNLESS_COMPONENT_LOCKED : SET_UNLESS_ANY_LOCK)
            .setParameter(1, content)
            .setParameter(2, at)
            .setParameter(3, submissionId)
            .setParameter(4, field.toString())
            .setParameter(5, expectedVersion)
            .setParameter(6, submissionId);
    component.ifPresent(id -> update.setParameter(7, id));
    return update.executeUpdate() == 1;
  }
}
