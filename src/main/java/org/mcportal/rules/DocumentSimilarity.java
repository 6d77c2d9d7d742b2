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
      for (Group group : groups(documents)) {
        List<Integer> subjects = group.members().stream().map(Document::subject).toList();
        String names =
            joined(subjects.stream().map(s -> Places.subjectName(part, content, s)).toList());
        findings.add(
            Finding.advisory(
                    "documents-similar",
                    Location.component(part.id(), component.id())
                        .subject(subjects.get(subjects.size() - 1)),
                    String.format(
                        Locale.ROOT,
                        "%s: the %s for %s are %s%d%% alike. %s",
                        component.label(),
                        component.document().plural(),
                        names,
                        subjects.size() > 2 ? "up to " : "",
                        Math.round(group.highest() * 100),
                        component.advice().distinct()))
                .matching(subjects.toString()));
      }
    }
    return findings;
  }

  /** Documents linked by alike pairs, directly or through one another, in subject order. */
  private record Group(List<Document> members, double highest) {}

  /**
   * Near copies reported once per group: three notes from one template are one thing to fix, not
   * three pairs. A document joins a group when it is alike with any member of it.
   */
  private static List<Group> groups(List<Document> documents) {
    int n = documents.size();
    int[] root = new int[n];
    double[] highest = new double[n];
    for (int i = 0; i < n; i++) {
      root[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double similarity = similarity(documents.get(i).text(), documents.get(j).text());
        if (similarity >= THRESHOLD) {
          int a = find(root, i);
          int b = find(root, j);
          int joined = Math.min(a, b);
          root[Math.max(a, b)] = joined;
          highest[joined] = Math.max(Math.max(highest[a], highest[b]), similarity);
        }
      }
    }
    List<Group> groups = new ArrayList<>();
    for (int first = 0; first < n; first++) {
      if (find(root, first) != first) {
        continue;
      }
      List<Document> members = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (find(root, i) == first) {
          members.add(documents.get(i));
        }
      }
      if (members.size() > 1) {
        groups.add(new Group(members, highest[first]));
      }
    }
    return groups;
  }

  private static int find(int[] root, int i) {
    while (root[i] != i) {
      i = root[i];
    }
    return i;
  }

  private static String joined(List<String> names) {
    if (names.size() <= 2) {
      return String.join(" and ", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
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
