package org.mcportal.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcportal.platform.ProblemException;

class PdfReaderTest {

  private final ReaderLimits limits = ReaderLimits.withParseTimeout(Duration.ofMillis(300));
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
}
