package org.mcportal.submission;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Many submissions at once, for reports: each read is one query, whatever the number of rows, with
 * the first and last submit times aggregated in the database.
 */
@ApplicationScoped
@Transactional
public class SubmissionDirectory {

  private static final String SELECT =
      "select new org.mcportal.submission.SubmissionRow(s.id, s.ownerId, s.credentialId,"
          + " s.credentialVersion, s.status, s.attempts, s.createdAt, s.updatedAt,"
          + " min(a.submittedAt), max(a.submittedAt))"
          + " from Submission s left join Attempt a on a.submissionId = s.id";

  private static final String GROUP =
      " group by s.id, s.ownerId, s.credentialId, s.credentialVersion, s.status, s.attempts,"
          + " s.createdAt, s.updatedAt";

  /** One page of the submissions the filter selects, in id order. */
  public List<SubmissionRow> page(SubmissionFilter filter, int offset, int limit) {
    return query(filter).setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /**
   * Every submission the filter selects, in id order, read as the stream is consumed. It reads in
   * the caller's transaction, which must stay open until the stream is closed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Stream<SubmissionRow> stream(SubmissionFilter filter) {
    return query(filter).getResultStream();
  }

  public List<SubmissionRow> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return Panache.getEntityManager()
        .createQuery(SELECT + " where s.id in :ids" + GROUP + " order by s.id", SubmissionRow.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  private static TypedQuery<SubmissionRow> query(SubmissionFilter filter) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    filter
        .credentialId()
        .ifPresent(
            id -> {
              where.add("s.credentialId = :credentialId");
              parameters.put("credentialId", id);
            });
    filter
        .credentialVersion()
        .ifPresent(
            version -> {
              where.add("s.credentialVersion = :credentialVersion");
              parameters.put("credentialVersion", version);
            });
    if (!filter.statuses().isEmpty()) {
      where.add("s.status in :statuses");
      parameters.put("statuses", filter.statuses());
    }
    if (filter.submittedFrom().isPresent() || filter.submittedBefore().isPresent()) {
      List<String> window = new ArrayList<>();
      filter
          .submittedFrom()
          .ifPresent(
              from -> {
                window.add("w.submittedAt >= :from");
                parameters.put("from", from);
              });
      filter
          .submittedBefore()
          .ifPresent(
              before -> {
                window.add("w.submittedAt < :before");
                parameters.put("before", before);
              });
      where.add(
          "exists (select 1 from Attempt w where w.submissionId = s.id and "
              + String.join(" and ", window)
              + ")");
    }
    String jpql =
        SELECT
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + GROUP
            + " order by s.id";
    TypedQuery<SubmissionRow> query =
        Panache.getEntityManager().createQuery(jpql, SubmissionRow.class);
    parameters.forEach(query::setParameter);
    return query;
  }
}
