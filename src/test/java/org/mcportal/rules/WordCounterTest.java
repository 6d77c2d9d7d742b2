package org.mcportal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WordCounterTest {

  static List<Corpus.Case> corpus() {
    return Corpus.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void shouldCountEveryCorpusExampleAsTheBrowserWill(Corpus.Case example) {
    assertEquals(example.words(), WordCounter.count(example.text()), example.text());
  }

  @Test
  void corpusCoversTheDocumentedCategories() {
    assertTrue(corpus().size() >= 30, "the shared corpus should keep about thirty examples");
  }

  @Test
  void shouldCountHyphenatedWordAsOne() {
    assertEquals(1, WordCounter.count("well-being"));
  }

  @Test
  void shouldCountContractionAsOne() {
    assertEquals(1, WordCounter.count("don't"));
    assertEquals(1, WordCounter.count("don’t"));
  }

  @Test
  void shouldCountBoldWordAsOne() {
    assertEquals(1, WordCounter.count("**bold**"));
  }

  @Test
  void shouldCountBareUrlAsOne() {
    assertEquals(1, WordCounter.count("https://example.org/a/b?c=d"));
  }

  @Test
  void shouldCountNumbersAsWords() {
    assertEquals(2, WordCounter.count("3.5 2022"));
  }

  @Test
  void shouldCountLinkAsItsText() {
    assertEquals(2, WordCounter.count("[home visits](https://example.org/visits)"));
  }

  @Test
  void shouldCountEachIdeographAsOne() {
    assertEquals(3, WordCounter.count("学生们"));
  }

  @Test
  void shouldCountIdeographsBesideLatinWordsSeparately() {
    assertEquals(3, WordCounter.count("abc日def"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"#", "**", "-", ">", "—", "🙂", "| --- |", "<br>", "[](x)", "1."})
  void shouldNotCountMarkupOrEmojiAlone(String text) {
    assertEquals(0, WordCounter.count(text));
    assertTrue(WordCounter.isBlank(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "word",
        "  \n word",
        "<b>x</b>",
        "<a href=\"x\"></a>",
        "[link text](https://example.org)",
        "[](https://example.org) ",
        "![](x.png)",
        "!a",
        "1. ",
        "12) two",
        "# ** — <br/> [ ]",
        "<notatag word",
        "éa",
        "日",
        "🙂 🙂"
      })
  void blankMeansExactlyNoWordCounted(String text) {
    assertEquals(WordCounter.count(text) == 0, WordCounter.isBlank(text));
  }

  @Test
  void shouldCountNullAsNoWords() {
    assertEquals(0, WordCounter.count(null));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 199, 200, 1500, 2001})
  void generatedTestTextHasTheWordsItWasAskedFor(int words) {
    assertEquals(words, WordCounter.count(Texts.words(words)));
  }

  // Its speed is measured in the checklist benchmark (docs/performance.md), not asserted here.
  @Test
  void shouldCountATwentyThousandWordDraft() {
    assertEquals(20_000, WordCounter.count(Texts.words(20_000)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[", "![", "](", "<a ", "<", "\n1", "[a](", "<a b=\"", "[x](y \""})
  void shouldFinishOnUnclosedMarkup(String unit) {
    // A guard against runaway backtracking, not a speed target: a linear scan of 100,000 units
    // takes
    // milliseconds, a quadratic one minutes, so the bound only fails on the latter.
    String hostile = unit.repeat(100_000);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> WordCounter.count(hostile));
  }
}
