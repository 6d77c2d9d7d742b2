package org.mcportal.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when a tool it drives from outside the JVM (OCR, node) is missing: it is skipped
 * with a message saying what to install on a laptop, and fails where {@code
 * PORTAL_REQUIRE_BROWSER=true} says every such test must run, as in CI.
 */
public final class RequiredTools {

  private RequiredTools() {}

  public static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("PORTAL_REQUIRE_BROWSER"));
  }

  /** Skips the test, or fails it where the tools are required, unless {@code present}. */
  public static void assumePresent(boolean present, String whatIsMissing) {
    if (!present && required()) {
      throw new AssertionError(whatIsMissing + " (required here)");
    }
    Assumptions.assumeTrue(present, whatIsMissing);
  }
}
