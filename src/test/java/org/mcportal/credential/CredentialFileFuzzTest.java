package org.mcportal.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The credential loader under mutated credential files: the bundled home-visits file with lines
 * dropped, doubled or swapped, bytes overwritten, or cut short. An operator's broken file must be
 * refused with a {@link CredentialFileException} that names it, never another exception, and within
 * a fixed time; YAML's alias expansion cannot be used to make a small file huge.
 */
class CredentialFileFuzzTest {

  // Generous: the build machines are shared and loaded; a hang or a blow-up takes far longer.
  private static final Duration BUDGET = Duration.ofSeconds(15);
  private static final String SOURCE = read();

  private final CredentialFileReader reader = new CredentialFileReader();

  @Property(tries = 300)
  void aMutatedFileIsReadOrRefusedByNameAndInTime(@ForAll("mutated") String source) {
    long started = System.nanoTime();
    try {
      reader.read("fuzzed.yaml", source);
    } catch (CredentialFileException refused) {
      assertThat(refused.getMessage()).contains("fuzzed.yaml");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
  }

  @Example
  void aBillionLaughsFileIsRefusedQuickly() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char name = 'b'; name <= 'j'; name++) {
      bomb.append(name).append(": &").append(name).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      bomb.append("]\n");
      previous = name;
    }
    long started = System.nanoTime();
    try {
      reader.read("bomb.yaml", bomb.toString());
    } catch (CredentialFileException refused) {
      assertThat(refused.getMessage()).contains("bomb.yaml");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
  }

  @Example
  void deeplyNestedFlowCollectionsAreRefusedByName() {
    String deep = "title: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";
    try {
      reader.read("deep.yaml", deep);
    } catch (CredentialFileException refused) {
      assertThat(refused.getMessage()).contains("deep.yaml");
    }
  }

  @Provide
  Arbitrary<String> mutated() {
    String[] lines = SOURCE.split("\n", -1);
    Arbitrary<Integer> line = Arbitraries.integers().between(0, lines.length - 1);
    Arbitrary<Integer> offset = Arbitraries.integers().between(0, SOURCE.length() - 1);
    Arbitrary<Character> junk =
        Arbitraries.of(
            ':', '-', ' ', '\t', '&', '*', '!', '|', '>', '"', '\'', '#', '{', '[', '%', '@', '`',
            '\n', '\u0000', '\uFEFF', '9', 'x');
    Arbitrary<String> dropped = line.map(i -> join(lines, i, null));
    Arbitrary<String> doubled = line.map(i -> join(lines, i, lines[i] + "\n" + lines[i]));
    Arbitrary<String> swapped =
        Combinators.combine(line, line)
            .as(
                (a, b) -> {
                  String[] copy = lines.clone();
                  copy[a] = lines[b];
                  copy[b] = lines[a];
                  return String.join("\n", copy);
                });
    Arbitrary<String> overwritten =
        Combinators.combine(offset, junk.list().ofMinSize(1).ofMaxSize(8))
            .as(
                (at, chars) -> {
                  StringBuilder text = new StringBuilder(SOURCE);
                  for (int i = 0; i < chars.size() && at + i < text.length(); i++) {
                    text.setCharAt(at + i, chars.get(i));
                  }
                  return text.toString();
                });
    Arbitrary<String> cut = offset.map(at -> SOURCE.substring(0, at));
    return Arbitraries.oneOf(dropped, doubled, swapped, overwritten, cut);
  }

  private static String join(String[] lines, int at, String replacement) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i == at) {
        if (replacement == null) {
          continue;
        }
        text.append(replacement);
      } else {
        text.append(lines[i]);
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static String read() {
    try {
      return Files.readString(Path.of("rubrics/home-visits/2022-03-17.yaml"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
