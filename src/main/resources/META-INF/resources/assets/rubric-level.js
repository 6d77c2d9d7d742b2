// The rubric's level logic, as org.mcportal.rules.RubricEvaluator applies it on the server: a
// component gets the lowest level whose condition holds, else the rubric's "otherwise" level, and
// no level at all while a criterion some level reads is unjudged. The page shows what this gives
// as the assessor ticks; the server derives the level again from what is saved.
//
// A rubric here is { levels: [{ id, label, when }], criteria: [id], otherwise }, levels best
// first; a condition is { met: id } | { not: condition } | { all: [condition] } | { any: [condition] }.
// Judgements map a criterion id to true (met) or false (unmet); anything else is unjudged.

export function holds(condition, judgements) {
  if ("met" in condition) return judgements[condition.met] === true;
  if ("not" in condition) return !holds(condition.not, judgements);
  if ("all" in condition) return condition.all.every((c) => holds(c, judgements));
  return condition.any.some((c) => holds(c, judgements));
}

export function criteriaOf(condition, into = new Set()) {
  if ("met" in condition) into.add(condition.met);
  else if ("not" in condition) criteriaOf(condition.not, into);
  else (condition.all || condition.any).forEach((c) => criteriaOf(c, into));
  return into;
}

export function deriveLevel(rubric, judgements) {
  const read = new Set();
  rubric.levels.forEach((level) => level.when && criteriaOf(level.when, read));
  const judged = (id) => judgements[id] === true || judgements[id] === false;
  const unjudged = rubric.criteria.filter((id) => read.delete(id) && !judged(id));
  read.forEach((id) => judged(id) || unjudged.push(id));
  if (unjudged.length > 0) return { unjudged };
  for (let i = rubric.levels.length - 1; i >= 0; i--) {
    const level = rubric.levels[i];
    if (level.when && holds(level.when, judgements)) return { level: level.id, label: level.label };
  }
  const fallback = rubric.levels.find((level) => level.id === rubric.otherwise);
  return { level: fallback.id, label: fallback.label };
}
