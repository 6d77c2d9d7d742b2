package org.mcportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The editor's counter is the documented algorithm itself, not a copy that could drift: the served
 * script holds the block of docs/word-counting.md character for character. The Java counter is held
 * to the same block by WordCounterMatchesJavaScriptTest, and the browser runs the corpus through
 * the served file in EducatorJourneysTest.
 */
class WordCountScriptTest {

  @Test
  void theServedScriptIsTheDocumentedAlgorithm() throws IOException {
    String doc = Files.readString(Path.of("docs", "word-counting.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```js\n") + "```js\n".length();
    String block = doc.substring(start, doc.indexOf("```", start));
    String script =
        Files.readString(
            Path.of("src/main/resources/META-INF/resources/assets/wordcount.js"),
            StandardCharsets.UTF_8);

    assertThat(block).contains("export function countWords");
    assertThat(script).endsWith(block);
  }
}
