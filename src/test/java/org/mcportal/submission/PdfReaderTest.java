package org.mcportal.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcportal.platform.ProblemException;

class PdfReaderTest {

  private final Limits limits = new Limits(Duration.ofMillis(300));
  private final PdfReader reader = new PdfReader(limits, new PageRecognizer(limits));

  @AfterEach
  void stopReader() {
    reader.stop();
  }

  @Test
  void aFileThatRunsOutOfTimeIsRefusedAndItsParseHasStoppedByTheAnswer() {
    assertThatThrownBy(() -> reader.read(TestPdfs.slowToRead()))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("took too long");

    assertThat(reader.parsesRunning()).isZero();
  }

  @Test
  void aSimpleFileReadsAfterACraftedOneWasStopped() {
    assertThatThrownBy(() -> reader.read(TestPdfs.slowToRead()))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> reader.read(TestPdfs.slowToRead()))
        .isInstanceOf(ProblemException.class);

    PdfReader.ReadPdf read = reader.read(TestPdfs.withPages("We invite you to our art night."));

    assertThat(read.text()).isEqualTo("We invite you to our art night.");
  }

  /** The defaults of {@link SubmissionConfig}, with a short time limit. */
  record Limits(Duration parseTimeout) implements SubmissionConfig {
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
      return Duration.ofSeconds(30);
    }

    @Override
    public int ocrMaxPages() {
      return 3;
    }

    @Override
    public long ocrMaxMemoryBytes() {
      return 1024L * 1024 * 1024;
    }

    @Override
    public int ocrDpi() {
      return 200;
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
}
