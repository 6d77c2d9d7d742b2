package org.mcportal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.mcportal.platform.ProblemException;

/**
 * The PDF reader under mutated files: a real PDF with bytes overwritten, ranges deleted or
 * repeated, or cut short. Each must be read or refused with a clear problem, never another
 * exception, within the parse time limit plus a little, and no parse may still be running
 * afterwards; a simple file still reads once the mutants are done.
 */
class PdfReaderFuzzTest {

  // Long enough for a simple file on a loaded build machine; a crafted one is stopped at it.
  private static final Duration LIMIT = Duration.ofSeconds(3);
  private static final Duration OCR_LIMIT = Duration.ofSeconds(2);
  // The reader's own bound (parse, then recognition of a page without text) and its stop grace.
  private static final Duration BUDGET = LIMIT.plus(OCR_LIMIT).plusSeconds(6);
  private static final byte[] ORIGINAL =
      TestPdfs.withPages("We invite families to our art night.", "Bring a friend along.");

  private static final SubmissionConfig CONFIG = new Limits();
  private static final PdfReader READER = new PdfReader(CONFIG, new PageRecognizer(CONFIG));

  @AfterContainer
  static void stopReader() {
    READER.stop();
  }

  @Property(tries = 250)
  void aMutatedPdfIsReadOrRefusedInTimeAndItsWorkStops(@ForAll("mutated") byte[] file) {
    long started = System.nanoTime();
    try {
      PdfReader.ReadPdf read = READER.read(file);
      assertThat(read.pages()).isNotNegative();
    } catch (ProblemException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
    assertThat(READER.parsesRunning()).isZero();
  }

  @Example
  void aSimpleFileReadsAfterTheMutants() {
    assertThat(READER.read(ORIGINAL).text()).contains("art night");
  }

  @Provide
  Arbitrary<byte[]> mutated() {
    Arbitrary<Integer> offset = Arbitraries.integers().between(0, ORIGINAL.length - 1);
    Arbitrary<byte[]> junk = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64);
    Arbitrary<byte[]> overwritten =
        Combinators.combine(offset, junk)
            .as(
                (at, bytes) -> {
                  byte[] copy = ORIGINAL.clone();
                  System.arraycopy(bytes, 0, copy, at, Math.min(bytes.length, copy.length - at));
                  return copy;
                });
    Arbitrary<byte[]> deleted =
        Combinators.combine(offset, Arbitraries.integers().between(1, 400))
            .as(
                (at, length) -> {
                  int end = Math.min(ORIGINAL.length, at + length);
                  byte[] copy = new byte[ORIGINAL.length - (end - at)];
                  System.arraycopy(ORIGINAL, 0, copy, 0, at);
                  System.arraycopy(ORIGINAL, end, copy, at, ORIGINAL.length - end);
                  return copy;
                });
    Arbitrary<byte[]> repeated =
        Combinators.combine(
                offset,
                Arbitraries.integers().between(1, 200),
                Arbitraries.integers().between(2, 50))
            .as(
                (at, length, times) -> {
                  int end = Math.min(ORIGINAL.length, at + length);
                  byte[] piece = java.util.Arrays.copyOfRange(ORIGINAL, at, end);
                  java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                  out.write(ORIGINAL, 0, end);
                  for (int i = 0; i < times; i++) {
                    out.writeBytes(piece);
                  }
                  out.write(ORIGINAL, end, ORIGINAL.length - end);
                  return out.toByteArray();
                });
    Arbitrary<byte[]> cut = offset.map(at -> java.util.Arrays.copyOf(ORIGINAL, Math.max(at, 5)));
    return Arbitraries.oneOf(overwritten, deleted, repeated, cut);
  }

  /** Short limits, so that a mutant sent to text recognition is stopped quickly too. */
  record Limits() implements SubmissionConfig {
    @Override
    public Duration parseTimeout() {
      return LIMIT;
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
    public Duration ocrTimeout() {
      return OCR_LIMIT;
    }

    @Override
    public int ocrMaxPages() {
      return 1;
    }

    @Override
    public long ocrMaxMemoryBytes() {
      return 256L * 1024 * 1024;
    }

    @Override
    public int ocrDpi() {
      return 100;
    }
  }
}
