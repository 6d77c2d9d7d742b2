package org.mcportal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The earning rule's grammar: what the components' final levels must be for the credential to be
 * earned. Every form names levels by id and compares them by the rank in each component's own
 * rubric, so "Proficient or better" means Proficient or a level listed above it.
 *
 * <p>A list of components left empty means every component of the credential.
 */
public sealed interface EarningCondition {

  /** Each listed component reaches {@code level} or better. */
  record AtLeast(String level, List<String> components) implements EarningCondition {
    public AtLeast {
      Objects.requireNonNull(level, "level");
      components = List.copyOf(components);
    }
  }

  /** At least {@code count} of the listed components reach {@code level} or better. */
  record CountAtLeast(int count, String level, List<String> components)
      implements EarningCondition {
    public CountAtLeast {
      Objects.requireNonNull(level, "level");
      components = List.copyOf(components);
    }
  }

  /** At most {@code count} of the listed components are below {@code level}. */
  record AtMostBelow(int count, String level, List<String> components) implements EarningCondition {
    public AtMostBelow {
      Objects.requireNonNull(level, "level");
      components = List.copyOf(components);
    }
  }

  /** Every operand holds. */
  record All(List<EarningCondition> operands) implements EarningCondition {
    public All {
      operands = List.copyOf(operands);
    }
  }

  /** At least one operand holds. */
  record Any(List<EarningCondition> operands) implements EarningCondition {
    public Any {
      operands = List.copyOf(operands);
    }
  }

  /** The form a file's {@code requires} map stands for: each component at least its level. */
  static EarningCondition fromRequires(List<String> order, Map<String, String> requires) {
    List<EarningCondition> each = new ArrayList<>();
    for (String componentId : order) {
      if (requires.containsKey(componentId)) {
        each.add(new AtLeast(requires.get(componentId), List.of(componentId)));
      }
    }
    requires.keySet().stream()
        .filter(id -> !order.contains(id))
        .sorted()
        .forEach(id -> each.add(new AtLeast(requires.get(id), List.of(id))));
    return new All(each);
  }

  /** Every component id the condition names explicitly, in the order written, once each. */
  static List<String> named(EarningCondition condition) {
    List<String> named = new ArrayList<>();
    List<EarningCondition> operands = operands(condition);
    if (operands.isEmpty()) {
      named.addAll(listed(condition));
    }
    operands.forEach(o -> named.addAll(named(o)));
    return named.stream().distinct().toList();
  }

  /** The components a leaf condition lists; empty for {@link All} and {@link Any}. */
  static List<String> listed(EarningCondition condition) {
    if (condition instanceof AtLeast c) {
      return c.components();
    } else if (condition instanceof CountAtLeast c) {
      return c.components();
    } else if (condition instanceof AtMostBelow c) {
      return c.components();
    }
    return List.of();
  }

  /** The operands of {@link All} and {@link Any}; empty for a leaf. */
  static List<EarningCondition> operands(EarningCondition condition) {
    if (condition instanceof All c) {
      return c.operands();
    } else if (condition instanceof Any c) {
      return c.operands();
    }
    return List.of();
  }

  /** The listed components, or every component when the list is empty. */
  static List<String> scope(List<String> listed, CredentialDefinition all) {
    return listed.isEmpty() ? all.components().stream().map(Component::id).toList() : listed;
  }

  /** Every component the condition reads, in the credential's order. */
  default List<String> components(CredentialDefinition all) {
    List<String> read = new ArrayList<>();
    collect(this, all, read);
    return all.components().stream().map(Component::id).filter(read::contains).toList();
  }

  private static void collect(
      EarningCondition condition, CredentialDefinition all, List<String> into) {
    List<EarningCondition> operands = operands(condition);
    if (operands.isEmpty()) {
      into.addAll(scope(listed(condition), all));
    }
    operands.forEach(o -> collect(o, all, into));
  }

  /**
   * Per component, the strictest level an {@link AtLeast} asks of it on every path to earning, that
   * is outside any {@link Any}: the level the component itself must reach.
   */
  default Map<String, String> required(CredentialDefinition all) {
    Map<String, String> required = new LinkedHashMap<>();
    gather(this, all, required);
    return required;
  }

  private static void gather(
      EarningCondition condition, CredentialDefinition all, Map<String, String> into) {
    if (condition instanceof AtLeast c) {
      for (String id : scope(c.components(), all)) {
        Optional<Rubric> rubric = all.component(id).map(Component::rubric);
        into.merge(
            id,
            c.level(),
            (was, now) ->
                rubric.isPresent()
                        && rubric.get().level(was).isPresent()
                        && rubric.get().level(now).isPresent()
                        && rubric.get().rank(now) < rubric.get().rank(was)
                    ? now
                    : was);
      }
    } else if (condition instanceof All c) {
      c.operands().forEach(o -> gather(o, all, into));
    }
  }
}
