package org.mcportal.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
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
    Parameters parameters =
        Parameters.with("content", content)
            .and("at", at)
            .and("id", submissionId)
            .and("key", field.toString())
            .and("version", expectedVersion);
    String lock = "select 1 from ComponentLock l where l.submissionId = :id";
    if (component.isPresent()) {
      lock += " and l.componentId = :component";
      parameters = parameters.and("component", component.get());
    }
    return update(
            "content = :content, version = version + 1, updatedAt = :at"
                + " where submissionId = :id and fieldKey = :key and version = :version"
                + " and not exists ("
                + lock
                + ")",
            parameters)
        == 1;
  }
}
