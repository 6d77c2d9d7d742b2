package org.mcportal.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Small constructors for rubric data, so fixtures read like the credential's rubric table. */
final class Rubrics {

  private Rubrics() {}

  static Rubric.Criterion criterion(String id, String text, String unmet) {
    return new Rubric.Criterion(id, text, Optional.of(unmet));
  }

  /** A criterion only lower levels read, so it never explains a shortfall. */
  static Rubric.Criterion lowerOnly(String id, String text) {
    return new Rubric.Criterion(id, text, Optional.empty());
  }

  static Rubric.Level level(String id, String label, Condition when) {
    return new Rubric.Level(id, label, Optional.of(label + " descriptor"), Optional.of(when));
  }

  static Rubric.Level fallback(String id, String label) {
    return new Rubric.Level(id, label, Optional.empty(), Optional.empty());
  }

  static Condition met(String criterion) {
    return new Condition.Met(criterion);
  }

  static Condition not(String criterion) {
    return new Condition.Not(met(criterion));
  }

  static Condition all(Condition... operands) {
    return new Condition.All(List.of(operands));
  }

  static Condition any(Condition... operands) {
    return new Condition.Any(List.of(operands));
  }

  /**
   * Pass when every criterion is met; fail otherwise, as the overview and reflection parts read.
   */
  static Rubric passFail(Rubric.Criterion... criteria) {
    Condition[] allMet = Arrays.stream(criteria).map(c -> met(c.id())).toArray(Condition[]::new);
    return new Rubric(
        List.of(level("pass", "Pass", all(allMet)), fallback("fail", "Fail")),
        List.of(criteria),
        "fail");
  }

  /** Proficient when all are met, Developing when none is, Basic when any one is not. */
  static Rubric threeLevels(Rubric.Criterion a, Rubric.Criterion b, Rubric.Criterion c) {
    return new Rubric(
        List.of(
            level("proficient", "Proficient", all(met(a.id()), met(b.id()), met(c.id()))),
            level("basic", "Basic", any(not(a.id()), not(b.id()), not(c.id()))),
            level("developing", "Developing", all(not(a.id()), not(b.id()), not(c.id())))),
        List.of(a, b, c),
        "basic");
  }
}
