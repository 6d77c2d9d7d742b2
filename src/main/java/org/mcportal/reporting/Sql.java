package org.mcportal.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A native query built from fixed text and bound values: every value the caller gives travels as a
 * parameter, never inside the text. The reports read several features' tables in one query, which
 * is what keeps them to one query per figure.
 */
final class Sql {

  private final StringBuilder text;
  private final List<Object> values = new ArrayList<>();

  Sql(String start) {
    this.text = new StringBuilder(start);
  }

  Sql append(String more) {
    text.append(more);
    return this;
  }

  /** Appends {@code and <condition>}, binding each {@code ?} in it to the next value. */
  Sql and(String condition, Object... bound) {
    text.append(" and ").append(condition);
    for (Object value : bound) {
      values.add(value);
    }
    return this;
  }

  Sql bind(Object value) {
    values.add(value);
    return this;
  }

  List<Object> values() {
    return values;
  }

  String text() {
    return text.toString();
  }

  Query query(EntityManager em) {
    // Hibernate wants numbered parameters in native queries; the text keeps the plain "?" so that
    // the same SQL also runs through JDBC for the streamed exports.
    StringBuilder numbered = new StringBuilder();
    int n = 0;
    for (char c : text.toString().toCharArray()) {
      if (c == '?') {
        numbered.append('?').append(++n);
      } else {
        numbered.append(c);
      }
    }
    Query query = em.createNativeQuery(numbered.toString());
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      query.setParameter(i + 1, value instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : value);
    }
    return query;
  }

  void bindTo(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value instanceof Instant at) {
        statement.setObject(i + 1, at.atOffset(ZoneOffset.UTC));
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }

  static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant at) {
      return at;
    }
    if (value instanceof OffsetDateTime at) {
      return at.toInstant();
    }
    if (value instanceof java.time.ZonedDateTime at) {
      return at.toInstant();
    }
    if (value instanceof Timestamp at) {
      return at.toInstant();
    }
    throw new IllegalStateException("not a timestamp: " + value.getClass());
  }

  static boolean bool(Object value) {
    return value instanceof Boolean b ? b : number(value) != 0;
  }
}
