package org.mcportal.rules.agreement;

import java.util.List;

/**
 * How one assessor's levels compare with the reference results.
 *
 * @param leniency the mean signed difference in levels, assessor against reference: positive when
 *     the assessor gives better levels than the reference (lenient), negative when worse (severe),
 *     in steps of the rubric's scale
 * @param exactAgreement the share of items on which the assessor gave the reference level
 * @param itemIds the items behind both figures, in the order given
 */
public record AssessorDrift(
    String assessorId,
    int items,
    Estimate leniency,
    Estimate exactAgreement,
    List<String> itemIds) {

  public AssessorDrift {
    itemIds = List.copyOf(itemIds);
  }
}
