package org.mcportal.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A condition over criterion judgements: the logic of a rubric level. "Basic" reads as any of a
 * list of criteria unmet, "Developing" as a conjunction, so both are expressible as data.
 */
public sealed interface Condition {

  boolean holds(Map<String, Boolean> judgements);

  /** The criterion ids this condition reads, so a loader can check they exist. */
  Set<String> criteria();

  /** True when the judgement for {@code criterion} is "met". */
  record Met(String criterion) implements Condition {
    @Override
    public boolean holds(Map<String, Boolean> judgements) {
      return Boolean.TRUE.equals(judgements.get(criterion));
    }

    @Override
    public Set<String> criteria() {
      return Set.of(criterion);
    }
  }

  record Not(Condition operand) implements Condition {
    @Override
    public boolean holds(Map<String, Boolean> judgements) {
      return !operand.holds(judgements);
    }

    @Override
    public Set<String> criteria() {
      return operand.criteria();
    }
  }

  record All(List<Condition> operands) implements Condition {
    public All {
      operands = List.copyOf(operands);
    }

    @Override
    public boolean holds(Map<String, Boolean> judgements) {
      return operands.stream().allMatch(c -> c.holds(judgements));
    }

    @Override
    public Set<String> criteria() {
      return union(operands);
    }
  }

  record Any(List<Condition> operands) implements Condition {
    public Any {
      operands = List.copyOf(operands);
    }

    @Override
    public boolean holds(Map<String, Boolean> judgements) {
      return operands.stream().anyMatch(c -> c.holds(judgements));
    }

    @Override
    public Set<String> criteria() {
      return union(operands);
    }
  }

  private static Set<String> union(List<Condition> operands) {
    return operands.stream()
        .flatMap(c -> c.criteria().stream())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
