package org.mcportal.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mcportal.testing.Fuzz;

/**
 * The credential loader under mutated credential files: the bundled home-visits file with lines
 * dropped, doubled or swapped, bytes overwritten, or cut short. An operator's broken file must be
 * refused with a {@link CredentialFileException} that names it, never another exception, and within
 * a fixed time; YAML's alias expansion cannot be used to make a small file huge.
 */
class CredentialFileFuzzTest {

  // Fixed, so that every build checks the same inputs and a failure can be replayed.
  private static final long SEED = 0x5EED_0003L;

  // Generous: the build machines are shared and loaded; a hang or a blow-up takes far longer.
  private static final Duration BUDGET = Duration.ofSeconds(15);
  private static final String SOURCE = read();
  private static final String[] LINES = SOURCE.split("\n", -1);
  private static final List<Character> JUNK =
      List.of(
          ':', '-', ' ', '\t', '&', '*', '!', '|', '>', '"', '\'', '#', '{', '[', '%', '@', '`',
          '\n', '\u0000', '\uFEFF', '9', 'x');

  private final CredentialFileReader reader = new CredentialFileReader();

  @Test
  void aMutatedFileIsReadOrRefusedByNameAndInTime() {
    Fuzz.check(
        SEED,
        300,
        CredentialFileFuzzTest::mutated,
        String::length,
        source -> {
          long started = System.nanoTime();
          try {
            reader.read("fuzzed.yaml", source);
          } catch (CredentialFileException refused) {
            assertThat(refused.getMessage()).contains("fuzzed.yaml");
          }
          assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
        });
  }

  @Test
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

  @Test
  void deeplyNestedFlowCollectionsAreRefusedByName() {
    String deep = "title: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";
    try {
      reader.read("deep.yaml", deep);
    } catch (CredentialFileException refused) {
      assertThat(refused.getMessage()).contains("deep.yaml");
    }
  }

  /** The bundled file with a line dropped, doubled or swapped, bytes overwritten, or cut short. */
  private static String mutated(SplittableRandom random) {
    return Fuzz.either(
        random,
        r -> join(LINES, line(r), null),
        r -> {
          int at = line(r);
          return join(LINES, at, LINES[at] + "\n" + LINES[at]);
        },
        r -> {
          int a = line(r);
          int b = line(r);
          String[] copy = LINES.clone();
          copy[a] = LINES[b];
          copy[b] = LINES[a];
          return String.join("\n", copy);
        },
        r -> {
          int at = offset(r);
          String junk = Fuzz.chars(r, 1, 8, j -> Fuzz.oneOf(j, JUNK));
          StringBuilder text = new StringBuilder(SOURCE);
          for (int i = 0; i < junk.length() && at + i < text.length(); i++) {
            text.setCharAt(at + i, junk.charAt(i));
          }
          return text.toString();
        },
        r -> SOURCE.substring(0, offset(r)));
  }

  private static int line(SplittableRandom random) {
    return Fuzz.between(random, 0, LINES.length - 1);
  }

  private static int offset(SplittableRandom random) {
    return Fuzz.between(random, 0, SOURCE.length() - 1);
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
