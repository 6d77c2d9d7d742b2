package org.mcportal.submission;

import org.mcportal.platform.Sha256;
import org.mcportal.rules.Finding;

/**
 * Stable ids for findings, so an educator's acknowledgement names exactly the finding they saw: if
 * the text changes and the finding with it, the new finding needs a new acknowledgement.
 */
public final class FindingIds {

  private FindingIds() {}

  public static String of(Finding finding) {
    return Sha256.hex(finding.code() + "|" + finding.location() + "|" + finding.message())
        .substring(0, 16);
  }
}
