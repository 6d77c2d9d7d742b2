package org.mcportal.submission;

import org.mcportal.platform.Sha256;
import org.mcportal.rules.Finding;

/**
 * Stable ids for findings, so an educator's acknowledgement names the finding they saw: the id is
 * derived from the finding's code, its place and what it matched, never from its message, so an
 * edit near a leaked name (which changes the quoted context) keeps the acknowledgement, while
 * another name at the same place is a new finding that needs its own.
 */
public final class FindingIds {

  private FindingIds() {}

  public static String of(Finding finding) {
    return Sha256.hex(finding.code() + "|" + finding.location() + "|" + finding.matched())
        .substring(0, 16);
  }
}
