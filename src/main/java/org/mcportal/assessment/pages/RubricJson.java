package org.mcportal.assessment.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcportal.rules.Condition;
import org.mcportal.rules.Rubric;

/**
 * A rubric as {@code rubric-level.js} reads it: the levels best first with their conditions, the
 * criteria in order and the fallback level. The scoring screen hands it to the browser so the live
 * level comes from the credential's own data, not from a copy of it in the script.
 */
public final class RubricJson {

  private RubricJson() {}

  public static String of(Rubric rubric, ObjectMapper json) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Map<String, Object>> levels = new ArrayList<>();
    for (Rubric.Level level : rubric.levels()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("id", level.id());
      one.put("label", level.label());
      level.when().ifPresent(when -> one.put("when", condition(when)));
      levels.add(one);
    }
    out.put("levels", levels);
    out.put("criteria", rubric.criteria().stream().map(Rubric.Criterion::id).toList());
    out.put("otherwise", rubric.otherwise());
    try {
      return json.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain maps always serialize", e);
    }
  }

  private static Object condition(Condition condition) {
    if (condition instanceof Condition.Met met) {
      return Map.of("met", met.criterion());
    }
    if (condition instanceof Condition.Not not) {
      return Map.of("not", condition(not.operand()));
    }
    if (condition instanceof Condition.All all) {
      return Map.of("all", all.operands().stream().map(RubricJson::condition).toList());
    }
    Condition.Any any = (Condition.Any) condition;
    return Map.of("any", any.operands().stream().map(RubricJson::condition).toList());
  }
}
