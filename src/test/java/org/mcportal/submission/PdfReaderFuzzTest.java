package org.mcportal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mcportal.platform.ProblemException;
import org.mcportal.testing.Fuzz;

/**
 * The PDF reader under mutated files: a real PDF with bytes overwritten, ranges deleted or
 * repeated, or cut short. Each must be read or refused with a clear problem, never another
 * exception, within the parse time limit plus a little, and no parse may still be running
 * afterwards; a simple file still reads once the mutants are done.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PdfReaderFuzzTest {

  // Fixed, so that every build checks the same inputs and a failure can be replayed.
  private static final long SEED = 0x5EED_0004L;

  // Long enough for a simple file on a loaded build machine; a crafted one is stopped at it.
  private static final Duration LIMIT = Duration.ofSeconds(3);
  private static final Duration OCR_LIMIT = Duration.ofSeconds(2);
  // Reading, then recognising the pages without text again from the start, and the stop grace.
  private static final Duration BUDGET = LIMIT.plus(LIMIT).plus(OCR_LIMIT).plusSeconds(6);
  private static final byte[] ORIGINAL =
      TestPdfs.withPages("We invite families to our art night.", "Bring a friend along.");

  // Short limits, so that a mutant sent to text recognition is stopped quickly too.
  private static final SubmissionConfig CONFIG =
      new ReaderLimits(LIMIT, OCR_LIMIT, 1, 256L * 1024 * 1024, 100);
  private static final PdfReader READER = new PdfReader(CONFIG, new PageRecognizer(CONFIG));

  @AfterAll
  static void stopReader() {
    READER.stop();
  }

  @Test
  @Order(1)
  void aMutatedPdfIsReadOrRefusedInTimeAndItsWorkStops() {
    Fuzz.check(
        SEED,
        250,
        PdfReaderFuzzTest::mutated,
        file -> file.length,
        file -> {
          long started = System.nanoTime();
          try {
            PdfReader.ReadPdf read = READER.read(file);
            assertThat(read.pages()).isNotNegative();
            if (read.pagesWithoutText() > 0) {
              // What the recognition worker does later with a file that had pages without text.
              assertThat(READER.recognise(file).outcome()).isNotNull();
            }
          } catch (ProblemException refused) {
            assertThat(refused.getMessage()).isNotBlank();
          }
          assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
          assertThat(READER.parsesRunning()).isZero();
        });
  }

  @Test
  @Order(2)
  void aSimpleFileReadsAfterTheMutants() {
    assertThat(READER.read(ORIGINAL).text()).contains("art night");
  }

  /** The two-page PDF with bytes overwritten, a range deleted or repeated, or cut short. */
  private static byte[] mutated(SplittableRandom random) {
    return Fuzz.either(
        random,
        r -> {
          int at = offset(r);
          byte[] junk = Fuzz.bytes(r, 1, 64);
          byte[] copy = ORIGINAL.clone();
          System.arraycopy(junk, 0, copy, at, Math.min(junk.length, copy.length - at));
          return copy;
        },
        r -> {
          int at = offset(r);
          int end = Math.min(ORIGINAL.length, at + Fuzz.between(r, 1, 400));
          byte[] copy = new byte[ORIGINAL.length - (end - at)];
          System.arraycopy(ORIGINAL, 0, copy, 0, at);
          System.arraycopy(ORIGINAL, end, copy, at, ORIGINAL.length - end);
          return copy;
        },
        r -> {
          int at = offset(r);
          int end = Math.min(ORIGINAL.length, at + Fuzz.between(r, 1, 200));
          int times = Fuzz.between(r, 2, 50);
          byte[] piece = Arrays.copyOfRange(ORIGINAL, at, end);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.write(ORIGINAL, 0, end);
          for (int i = 0; i < times; i++) {
            out.writeBytes(piece);
          }
          out.write(ORIGINAL, end, ORIGINAL.length - end);
          return out.toByteArray();
        },
        r -> Arrays.copyOf(ORIGINAL, Math.max(offset(r), 5)));
  }

  private static int offset(SplittableRandom random) {
    return Fuzz.between(random, 0, ORIGINAL.length - 1);
  }
}
