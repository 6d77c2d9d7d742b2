package org.mcportal.submission;

import java.time.Duration;

/**
 * The limits of {@link SubmissionConfig} for tests of the PDF reader without the portal: its
 * defaults for everything but what a test shortens, the time limits and text recognition's reach.
 */
record ReaderLimits(
    Duration parseTimeout, Duration ocrTimeout, int ocrMaxPages, long ocrMaxMemoryBytes, int ocrDpi)
    implements SubmissionConfig {

  /** The defaults, with a parse time limit of the test's own. */
  static ReaderLimits withParseTimeout(Duration parseTimeout) {
    return new ReaderLimits(parseTimeout, Duration.ofSeconds(30), 3, 1024L * 1024 * 1024, 200);
  }

  @Override
  public int maxFieldCharacters() {
    return 400_000;
  }

  @Override
  public long maxUploadBytes() {
    return 5 * 1024 * 1024;
  }

  @Override
  public int maxUploadPages() {
    return 20;
  }

  @Override
  public long maxParseMemoryBytes() {
    return 32 * 1024 * 1024;
  }

  @Override
  public int ocrWorkers() {
    return 1;
  }

  @Override
  public Duration ocrPoll() {
    return Duration.ofSeconds(15);
  }

  @Override
  public int ocrMaxAttempts() {
    return 3;
  }
}
