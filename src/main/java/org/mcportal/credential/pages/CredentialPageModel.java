package org.mcportal.credential.pages;

import java.util.List;
import java.util.Optional;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Noun;
import org.mcportal.rules.Part;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.Subjects;
import org.mcportal.rules.WordBounds;
import org.mcportal.web.TemplateExtensions;

/**
 * The credential as a page shows it: the definition plus what a reader would otherwise work out by
 * hand, such as how much there is to write in all and which rubric levels count towards earning.
 */
/**
 * @param retired the version takes no new submissions, so the page offers no start
 */
record CredentialPageModel(
    CredentialDefinition definition, List<PartModel> parts, Summary summary, boolean retired) {

  /** The earning rule the portal applies, in words generated from it. */
  public String ruleInWords() {
    String words = definition.earningRuleInWords();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
  }

  static CredentialPageModel of(CredentialDefinition definition, boolean retired) {
    List<PartModel> parts =
        definition.parts().stream().map(part -> PartModel.of(definition, part)).toList();
    return new CredentialPageModel(definition, parts, Summary.of(definition, parts), retired);
  }

  /**
   * The figures of the "at a glance" box.
   *
   * @param minWords the sum of all lower word bounds; 0 when no component has bounds
   * @param maxWords the sum of all upper word bounds; -1 when some component has no upper bound
   * @param documents how many documents are uploaded or written in all
   * @param subjects the people the evidence follows, per part that names any: "3 students"
   */
  record Summary(
      int partCount,
      int componentCount,
      int minWords,
      int maxWords,
      int documents,
      List<String> subjects) {

    static Summary of(CredentialDefinition definition, List<PartModel> parts) {
      int min = 0;
      int max = 0;
      int documents = 0;
      for (PartModel part : parts) {
        for (ComponentModel component : part.components()) {
          Optional<WordBounds> words = component.component().words();
          min += words.map(w -> w.min().orElse(0)).orElse(0);
          // A component bounded only from below has no most; the sum then has none either.
          max =
              max < 0 || words.isPresent() && words.get().max().isEmpty()
                  ? -1
                  : max + words.map(w -> w.max().orElse(0)).orElse(0);
          documents += component.documents();
        }
      }
      // Every part with subjects, not only the first: parts may follow different people.
      List<String> followed =
          definition.parts().stream()
              .flatMap(p -> p.subjects().stream())
              .map(s -> s.noun().count(s.count()))
              .distinct()
              .toList();
      return new Summary(
          definition.parts().size(), definition.components().size(), min, max, documents, followed);
    }

    public boolean hasWords() {
      return maxWords != 0 || minWords > 0;
    }

    /** "1,500–2,000 words", "at least 300 words", "at most 900 words". */
    public String wordsInAll() {
      if (maxWords < 0) {
        return "at least " + TemplateExtensions.grouped(minWords) + " words";
      }
      if (minWords == 0) {
        return "at most " + TemplateExtensions.grouped(maxWords) + " words";
      }
      return TemplateExtensions.grouped(minWords)
          + "–"
          + TemplateExtensions.grouped(maxWords)
          + " words";
    }

    public String parts() {
      return Noun.PART.count(partCount);
    }

    public String components() {
      return new Noun("assessed component", "assessed components").count(componentCount);
    }

    public String documentCount() {
      return Noun.DOCUMENT.count(documents);
    }
  }

  /**
   * A part, and whether its one component is the part itself (so the page shows no separate
   * component heading).
   */
  record PartModel(Part part, boolean inline, List<ComponentModel> components) {

    static PartModel of(CredentialDefinition definition, Part part) {
      boolean inline =
          part.components().size() == 1 && part.components().get(0).id().equals(part.id());
      List<ComponentModel> components =
          part.components().stream()
              .map(component -> ComponentModel.of(definition, part, component))
              .toList();
      return new PartModel(part, inline, components);
    }
  }

  /**
   * A component with its expectations spelled out.
   *
   * @param expects what to hand in, in words: "200–400 words in all"
   * @param documents how many documents the component asks for; 0 for written answers
   * @param required the label of the lowest level that counts towards earning; empty when the
   *     earning rule only counts the component with others
   */
  record ComponentModel(
      Component component,
      String expects,
      int documents,
      String required,
      List<LevelModel> levels) {

    static ComponentModel of(CredentialDefinition definition, Part part, Component component) {
      Rubric rubric = component.rubric();
      // A component the rule only counts with others has no level of its own to reach.
      String requiredId = definition.requiredLevel(component.id()).orElse(null);
      int requiredRank = requiredId == null ? -1 : rubric.rank(requiredId);
      String top = rubric.levels().get(0).id();
      List<LevelModel> levels =
          rubric.levels().stream()
              .map(
                  level ->
                      new LevelModel(
                          level.label(),
                          level.descriptor().orElse(""),
                          rubric.rank(level.id()) <= requiredRank,
                          level.id().equals(requiredId),
                          level.id().equals(rubric.otherwise()) && !level.id().equals(top)
                              ? "Any response that does not reach the level above."
                              : "The credential prints no descriptor for this level."))
              .toList();
      int documents = 0;
      if (component.response() == Component.ResponseKind.DOCUMENTS) {
        documents = component.perSubject() ? part.subjects().map(Subjects::count).orElse(1) : 1;
      }
      return new ComponentModel(
          component,
          expects(part, component, documents),
          documents,
          requiredId == null
              ? ""
              : rubric.level(requiredId).map(Rubric.Level::label).orElse(requiredId),
          levels);
    }

    private static String expects(Part part, Component component, int documents) {
      Optional<Subjects> subjects = part.subjects().filter(s -> component.perSubject());
      String words = component.words().map(w -> "; " + w.describe(" in all")).orElse("");
      Noun noun = component.document();
      if (component.response() == Component.ResponseKind.DOCUMENTS) {
        String each =
            subjects.map(s -> "One " + noun.singular() + " per " + s.label() + ", ").orElse("");
        String count = noun.count(documents) + (subjects.isPresent() ? " in all" : "");
        String what = each.isEmpty() ? capitalised(count) : each + count;
        return what + ", written in the portal or uploaded as a PDF" + words;
      }
      String questions = new Noun("question", "questions").count(component.questions().size());
      String across = subjects.map(s -> ", answered for each of your " + s.plural()).orElse("");
      return questions + across + words;
    }

    private static String capitalised(String text) {
      return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
  }

  /**
   * A rubric level as the rubric table prints it.
   *
   * @param earns whether a component rated at this level counts towards earning the credential
   * @param required whether this is the lowest such level
   * @param withoutDescriptor what to show where the credential prints no descriptor
   */
  record LevelModel(
      String label, String descriptor, boolean earns, boolean required, String withoutDescriptor) {}
}
