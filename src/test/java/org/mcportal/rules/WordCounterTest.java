package org.mcportal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void shouldCountATwentyThousandWordDraftInAFewMilliseconds() {
    String draft = Texts.words(20_000);
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 30; run++) {
      long start = System.nanoTime();
      assertEquals(20_000, WordCounter.count(draft));
      best = Math.min(best, System.nanoTime() - start);
    }
    assertTrue(best < 5_000_000, "best of 30 runs took " + best / 1_000 + " µs");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[", "![", "](", "<a ", "<", "\n1", "[a](", "<a b=\"", "[x](y \""})
  void shouldStayLinearOnUnclosedMarkup(String unit) {
    String hostile = unit.repeat(100_000);
    long start = System.nanoTime();
    WordCounter.count(hostile);
    long micros = (System.nanoTime() - start) / 1_000;
    assertTrue(micros < 500_000, unit + " repeated took " + micros + " µs");
  }
}
