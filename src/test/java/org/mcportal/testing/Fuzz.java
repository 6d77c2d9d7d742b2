package org.mcportal.testing;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Seeded random inputs for the fuzz tests. Each try draws from its own generator, seeded from the
 * test's fixed seed, so a failure names the seed and try that reproduce it exactly, and the same
 * build always checks the same inputs.
 */
public final class Fuzz {

  private Fuzz() {}

  /**
   * Checks {@code tries} inputs made by {@code generate}. A failure is reported with the seed, the
   * try, the try's own seed and the input's size; {@link #replay} regenerates that one input.
   */
  public static <T> void check(
      long seed,
      int tries,
      Function<SplittableRandom, T> generate,
      ToIntFunction<T> size,
      Consumer<T> property) {
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int attempt = 1; attempt <= tries; attempt++) {
      long trySeed = seeds.nextLong();
      T input = generate.apply(new SplittableRandom(trySeed));
      try {
        property.accept(input);
      } catch (AssertionError | RuntimeException failure) {
        throw new AssertionError(
            String.format(
                "failed on try %d of %d (seed %d, try seed %d, input size %d): %s",
                attempt, tries, seed, trySeed, size.applyAsInt(input), failure.getMessage()),
            failure);
      }
    }
  }

  /** The input of one try, from the try seed a failure reported. */
  public static <T> T replay(long trySeed, Function<SplittableRandom, T> generate) {
    return generate.apply(new SplittableRandom(trySeed));
  }

  /** A whole number from {@code low} to {@code high}, both included. */
  public static int between(SplittableRandom random, int low, int high) {
    return random.nextInt(low, high + 1);
  }

  /** One of the given values, each as likely. */
  public static <T> T oneOf(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Any UTF-16 unit, lone surrogates and controls included. */
  public static char anyChar(SplittableRandom random) {
    return (char) random.nextInt(Character.MAX_VALUE + 1);
  }

  /** A letter or a digit, ASCII. */
  public static char letterOrDigit(SplittableRandom random) {
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }

  /** Text of {@code minLength} to {@code maxLength} characters, each from {@code character}. */
  public static String chars(
      SplittableRandom random,
      int minLength,
      int maxLength,
      Function<SplittableRandom, Character> character) {
    int length = between(random, minLength, maxLength);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(character.apply(random).charValue());
    }
    return text.toString();
  }

  /** Up to {@code maxParts} pieces from {@code part}, joined. */
  public static String joined(
      SplittableRandom random, int maxParts, Function<SplittableRandom, String> part) {
    int parts = between(random, 0, maxParts);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      text.append(part.apply(random));
    }
    return text.toString();
  }

  /** {@code minLength} to {@code maxLength} random bytes. */
  public static byte[] bytes(SplittableRandom random, int minLength, int maxLength) {
    byte[] bytes = new byte[between(random, minLength, maxLength)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  /** One of the generators, each as likely. */
  @SafeVarargs
  public static <T> T either(SplittableRandom random, Function<SplittableRandom, T>... generators) {
    return generators[random.nextInt(generators.length)].apply(random);
  }
}
