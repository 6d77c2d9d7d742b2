package org.mcportal.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A component the educator may no longer change, because it reached its required level. */
@Entity
@Table(name = "component_lock")
@IdClass(ComponentLock.Key.class)
public class ComponentLock extends PanacheEntityBase {

  @Id
  @Column(name = "submission_id")
  public long submissionId;

  @Id
  @Column(name = "component_id")
  public String componentId;

  @Column(name = "locked_at", nullable = false)
  public Instant lockedAt;

  static Set<String> lockedComponents(long submissionId) {
    return ComponentLock.<ComponentLock>list("submissionId", submissionId).stream()
        .map(lock -> lock.componentId)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Makes {@code components} the submission's locked components: those locked before and not named
   * here open again, and those named here are locked from {@code at}.
   */
  static void replace(long submissionId, Collection<String> components, Instant at) {
    Set<String> before = lockedComponents(submissionId);
    for (String component : before) {
      if (!components.contains(component)) {
        delete("submissionId = ?1 and componentId = ?2", submissionId, component);
      }
    }
    for (String component : components) {
      if (!before.contains(component)) {
        ComponentLock lock = new ComponentLock();
        lock.submissionId = submissionId;
        lock.componentId = component;
        lock.lockedAt = at;
        lock.persist();
      }
    }
  }

  /** The composite key Hibernate needs for the two-column primary key. */
  public static class Key implements Serializable {
    public long submissionId;
    public String componentId;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.submissionId == submissionId
          && Objects.equals(key.componentId, componentId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(submissionId, componentId);
    }
  }
}
