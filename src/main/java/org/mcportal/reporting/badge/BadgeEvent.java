package org.mcportal.reporting.badge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * What happened to a badge. The assessment feature's audit trail is keyed by review items, so
 * badges keep a log of their own; like that trail, nothing updates or deletes a row.
 */
@Entity
@Table(name = "badge_event")
class BadgeEvent extends PanacheEntityBase {

  enum Action {
    ISSUE,
    REVOKE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "badge_id", nullable = false, updatable = false)
  public Long badgeId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public Action action;

  @Column(name = "actor_id", updatable = false)
  public Long actorId;

  @Column(nullable = false, updatable = false)
  public Instant at;

  @Column(updatable = false)
  public String reason;

  static void record(Badge badge, Action action, Long actorId, Instant at, String reason) {
    BadgeEvent event = new BadgeEvent();
    event.badgeId = badge.id;
    event.action = action;
    event.actorId = actorId;
    event.at = at;
    event.reason = reason;
    event.persist();
  }

  static List<BadgeEvent> of(long badgeId) {
    return list("badgeId = ?1 order by at, id", badgeId);
  }
}
