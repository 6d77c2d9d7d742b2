package org.mcportal.rules;

/** Markdown of a known word count, with the markup a real answer carries. */
final class Texts {

  // Every entry is exactly one word under the portal's definition.
  private static final String[] WORDS = {
    "family",
    "**visit**",
    "student's",
    "well-being",
    "2022",
    "[school](https://example.org/s)",
    "trust",
    "_listen_",
    "3.5",
    "don't",
    "https://example.org/a?b=c",
    "home",
    "Привет",
    "café",
  };

  private Texts() {}

  /** {@code count} words as paragraphs, with headings and list markers that add no word. */
  static String words(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i % 40 == 0) {
        text.append(i == 0 ? "## " : "\n\n## ");
      } else if (i % 12 == 0) {
        text.append("\n- ");
      } else {
        text.append(' ');
      }
      text.append(WORDS[i % WORDS.length]);
    }
    return text.toString();
  }
}
