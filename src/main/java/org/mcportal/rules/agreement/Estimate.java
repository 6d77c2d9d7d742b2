package org.mcportal.rules.agreement;

import java.util.OptionalDouble;

/**
 * One statistic over a set of items: a {@link Figure} when the data define it, otherwise {@link
 * Undefined} with the reason, so that a page can say why there is no figure instead of printing
 * NaN.
 */
public sealed interface Estimate permits Estimate.Figure, Estimate.Undefined {

  /** How many items the statistic is over. */
  int items();

  /**
   * @param standardError the large-sample standard error the interval is built from; empty for a
   *     proportion, whose Wilson interval is not estimate ± 1.96 SE
   */
  record Figure(double value, Interval interval, OptionalDouble standardError, int items)
      implements Estimate {}

  record Undefined(Reason reason, int items) implements Estimate {

    public String explanation() {
      return reason.explanation();
    }
  }

  enum Reason {
    NO_ITEMS("There are no items to compare yet."),
    ONE_CATEGORY_ONLY(
        "Both raters gave every item the same single level, so agreement by chance is certain and"
            + " kappa is not defined."),
    ONE_ITEM("One item gives a difference but no spread, so there is no interval yet."),
    NOT_ORDERED("The levels have no order, so nearness between them means nothing.");

    private final String explanation;

    Reason(String explanation) {
      this.explanation = explanation;
    }

    public String explanation() {
      return explanation;
    }
  }
}
