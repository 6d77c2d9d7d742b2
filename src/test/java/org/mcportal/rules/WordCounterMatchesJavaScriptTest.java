package org.mcportal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the Java counter to the JavaScript in {@code docs/word-counting.md}: the expressions are
 * read from the document's code block and run here through the JavaScript algorithm's steps, so an
 * edit to either side that makes them disagree fails the build.
 */
class WordCounterMatchesJavaScriptTest {

  private static final Pattern REGEX_LITERAL =
      Pattern.compile("^const ([A-Z_]+) = /(.*)/([a-z]*);$", Pattern.MULTILINE);

  private static Map<String, Pattern> js;

  @BeforeAll
  static void readTheDocumentedExpressions() throws IOException {
    String doc = Files.readString(Path.of("docs", "word-counting.md"), StandardCharsets.UTF_8);
    String block =
        doc.substring(doc.indexOf("```js"), doc.indexOf("```", doc.indexOf("```js") + 5));
    js = new HashMap<>();
    Matcher literal = REGEX_LITERAL.matcher(block);
    while (literal.find()) {
      assertTrue(literal.group(3).contains("u"), literal.group(1) + " needs the u flag");
      js.put(literal.group(1), Pattern.compile(literal.group(2)));
    }
    assertEquals(6, js.size(), "the document should declare six expressions, found " + js.keySet());
  }

  /** countWords() from the document, step by step, with the document's expressions. */
  private static int javaScriptCount(String markdown) {
    String text = js.get("LINK").matcher(markdown).replaceAll("$1");
    text = js.get("TAG").matcher(text).replaceAll(" ");
    text = js.get("LIST_MARKER").matcher(text).replaceAll("$1");
    int ideographs = (int) js.get("IDEOGRAPH").matcher(text).results().count();
    String[] pieces = js.get("SEPARATORS").split(js.get("IDEOGRAPH").matcher(text).replaceAll(" "));
    Pattern letterOrDigit = js.get("LETTER_OR_DIGIT");
    return ideographs
        + (int) Arrays.stream(pieces).filter(p -> letterOrDigit.matcher(p).find()).count();
  }

  @Test
  void markupExpressionsAreTheDocumentedOnes() {
    assertEquals(WordCounter.LINK, js.get("LINK").pattern());
    assertEquals(WordCounter.TAG, js.get("TAG").pattern());
    assertEquals(WordCounter.LIST_MARKER, js.get("LIST_MARKER").pattern());
  }

  @Test
  void everyCodePointIsClassifiedAsTheDocumentedExpressionsDo() {
    Matcher ideograph = js.get("IDEOGRAPH").matcher("");
    Matcher separator = js.get("SEPARATORS").matcher("");
    Matcher letterOrDigit = js.get("LETTER_OR_DIGIT").matcher("");
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String s = new String(Character.toChars(cp));
      String at = "U+" + Integer.toHexString(cp).toUpperCase();
      assertEquals(ideograph.reset(s).matches(), WordCounter.isIdeograph(cp), at);
      assertEquals(separator.reset(s).matches(), WordCounter.isSeparator(cp), at);
      assertEquals(letterOrDigit.reset(s).matches(), WordCounter.isLetterOrDigit(cp), at);
    }
  }

  @Test
  void corpusCountsAreTheSameBothWays() {
    for (Corpus.Case example : Corpus.cases()) {
      assertEquals(
          javaScriptCount(example.text()), WordCounter.count(example.text()), example.about());
    }
  }

  @Test
  void randomMarkdownCountsAreTheSameBothWays() {
    String[] fragments = {
      "[",
      "]",
      "(",
      ")",
      "![",
      "](",
      "<",
      ">",
      "</",
      "/",
      "\"",
      " ",
      "  ",
      "\t",
      "\n",
      "\r\n",
      "\n\n",
      "\u000B",
      "\u0085",
      "\u00A0",
      "\u2028",
      "\u3000",
      "\u200B",
      "\uFEFF",
      "1",
      "42",
      "123456789",
      "1234567890",
      ".",
      ")",
      "-",
      "*",
      "#",
      ">",
      "a",
      "Word",
      "don't",
      "3.5",
      "é",
      "日",
      "の",
      "カ",
      "ー",
      "。",
      "😀",
      "𠀀",
      "\uD800",
      "https://x.org/a_(b)",
      "<b>",
      "</p>",
      "<br/>",
      "<a href=\"x\">",
      "<https://x.org>",
      "[t](u)",
      "![alt](img.png \"title\")",
      "[](x)",
      "`",
      "|",
      "²",
      "Ⅻ",
      "—"
    };
    Random random = new Random(20220317);
    for (int run = 0; run < 20_000; run++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(25);
      for (int i = 0; i < length; i++) {
        text.append(fragments[random.nextInt(fragments.length)]);
      }
      String markdown = text.toString();
      assertEquals(javaScriptCount(markdown), WordCounter.count(markdown), markdown);
    }
  }
}
