package org.mcportal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags documents of one component that are near copies of each other, for components that ask for
 * {@link Component.Advisory#DISTINCT_DOCUMENTS}, such as a rubric that marks down documents that
 * are identical to each other. What the finding asks for is the credential's wording ({@link
 * Component.Advice#distinct()}).
 *
 * <p>Similarity is the Jaccard index of the two texts' sets of word trigrams (three consecutive
 * words, lower-cased, punctuation ignored): the trigrams both share divided by the trigrams either
 * has. Swapping a name into a template leaves most trigrams shared, while two documents written for
 * their own readers share few even when they open and close alike. A pair at or above {@link
 * #THRESHOLD} is flagged.
 */
public final class DocumentSimilarity {

  /** 0.5: half of all trigrams shared; documents written separately measured well below it. */
  public static final double THRESHOLD = 0.5;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

  private DocumentSimilarity() {}

  public static List<Finding> findings(CredentialDefinition definition, SubmissionContent content) {
    List<Finding> findings = new ArrayList<>();
    for (Component component : definition.components()) {
      if (!component.advisories().contains(Component.Advisory.DISTINCT_DOCUMENTS)) {
        continue;
      }
      Part part = Places.partOf(definition, component);
      List<Document> documents =
          content.documents().stream()
              .filter(d -> d.componentId().equals(component.id()) && !d.text().isBlank())
              .toList();
      for (int i = 0; i < documents.size(); i++) {
        for (int j = i + 1; j < documents.size(); j++) {
          double similarity = similarity(documents.get(i).text(), documents.get(j).text());
          if (similarity >= THRESHOLD) {
            Document later = documents.get(j);
            findings.add(
                Finding.advisory(
                    "documents-similar",
                    Location.component(part.id(), component.id()).subject(later.subject()),
                    String.format(
                        Locale.ROOT,
                        "%s: the %s for %s and %s are %d%% alike. %s",
                        component.label(),
                        component.document().plural(),
                        Places.subjectName(part, content, documents.get(i).subject()),
                        Places.subjectName(part, content, later.subject()),
                        Math.round(similarity * 100),
                        component.advice().distinct())));
          }
        }
      }
    }
    return findings;
  }

  /** The Jaccard index of the word trigrams of two texts, from 0 (nothing shared) to 1. */
  public static double similarity(String a, String b) {
    Set<String> first = trigrams(a);
    Set<String> second = trigrams(b);
    if (first.isEmpty() && second.isEmpty()) {
      return 1.0;
    }
    Set<String> shared = new HashSet<>(first);
    shared.retainAll(second);
    return (double) shared.size() / (first.size() + second.size() - shared.size());
  }

  private static Set<String> trigrams(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    Set<String> trigrams = new HashSet<>();
    if (words.size() < 3) {
      // Too short for trigrams: compare the words themselves.
      trigrams.add(String.join(" ", words));
      return words.isEmpty() ? Set.of() : trigrams;
    }
    for (int i = 0; i + 2 < words.size(); i++) {
      trigrams.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
    }
    return trigrams;
  }
}
