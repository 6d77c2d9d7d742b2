package org.mcportal.submission;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.mcportal.rules.SubmissionStatus;

/**
 * Which submissions a report reads. An empty value does not filter.
 *
 * @param statuses the statuses to include; empty for all
 * @param submittedFrom with {@code submittedBefore}: only submissions with an attempt submitted at
 *     or after this instant
 * @param submittedBefore only submissions with an attempt submitted before this instant
 */
public record SubmissionFilter(
    Optional<String> credentialId,
    Optional<String> credentialVersion,
    Set<SubmissionStatus> statuses,
    Optional<Instant> submittedFrom,
    Optional<Instant> submittedBefore) {

  public SubmissionFilter {
    statuses = Set.copyOf(statuses);
  }

  public static SubmissionFilter all() {
    return new SubmissionFilter(
        Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty());
  }

  public SubmissionFilter credential(String id, String version) {
    return new SubmissionFilter(
        Optional.of(id), Optional.ofNullable(version), statuses, submittedFrom, submittedBefore);
  }

  public SubmissionFilter statuses(Set<SubmissionStatus> only) {
    return new SubmissionFilter(
        credentialId, credentialVersion, only, submittedFrom, submittedBefore);
  }

  public SubmissionFilter submittedBetween(Instant from, Instant before) {
    return new SubmissionFilter(
        credentialId, credentialVersion, statuses, Optional.of(from), Optional.of(before));
  }
}
