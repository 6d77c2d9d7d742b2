package org.mcportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncomingUploadsTest {

  @TempDir Path folder;

  @Test
  void filesLeftByAnEarlierProcessAreRemovedAndThisProcesssFilesAreKept() throws Exception {
    Instant started = Instant.parse("2026-03-01T10:00:00Z");
    Path leftover = Files.writeString(folder.resolve("upload-1"), "half a PDF");
    Files.setLastModifiedTime(leftover, FileTime.from(started.minusSeconds(30)));
    Path current = Files.writeString(folder.resolve("upload-2"), "a PDF being read now");
    Files.setLastModifiedTime(current, FileTime.from(started.plusSeconds(5)));
    Path nested = Files.createDirectory(folder.resolve("keep-me"));
    Files.setLastModifiedTime(nested, FileTime.from(started.minusSeconds(30)));

    int removed = new IncomingUploads(folder.toString()).removeLeftovers(started);

    assertThat(removed).isEqualTo(1);
    assertThat(leftover).doesNotExist();
    assertThat(current).exists();
    assertThat(nested).isDirectory();
  }

  @Test
  void aMissingFolderIsNothingToClear() {
    assertThat(
            new IncomingUploads(folder.resolve("absent").toString()).removeLeftovers(Instant.now()))
        .isZero();
  }
}
