package org.mcportal.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An overdue review item that has been named in a reminder once. */
@Entity
@Table(name = "turnaround_reminder")
class TurnaroundReminder extends PanacheEntityBase {

  @Id
  @Column(name = "review_code", nullable = false, updatable = false)
  public String reviewCode;

  @Column(name = "reminded_at", nullable = false, updatable = false)
  public Instant remindedAt;

  static Set<String> alreadyReminded(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Set.of();
    }
    List<TurnaroundReminder> rows = list("reviewCode in ?1", codes);
    Set<String> reminded = new HashSet<>();
    rows.forEach(row -> reminded.add(row.reviewCode));
    return reminded;
  }
}
