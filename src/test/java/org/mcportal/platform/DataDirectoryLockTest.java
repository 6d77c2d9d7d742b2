package org.mcportal.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

  @TempDir Path dataDir;

  private DataDirectoryLock lockFor(Path dir) {
    return new DataDirectoryLock(dir.toString(), "jdbc:h2:file:" + dir + "/portal");
  }

  @Test
  void aSecondHolderOfTheSameDataDirectoryIsRefusedUntilTheFirstLetsGo() {
    DataDirectoryLock first = lockFor(dataDir);
    DataDirectoryLock second = lockFor(dataDir);
    first.acquire();
    try {
      assertThatThrownBy(second::acquire)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Another portal process is using the data directory")
          .hasMessageContaining(dataDir.toAbsolutePath().toString());
    } finally {
      first.release();
    }

    assertThatCode(second::acquire).doesNotThrowAnyException();
    second.release();
  }

  @Test
  void separateDataDirectoriesDoNotShareALock() {
    DataDirectoryLock first = lockFor(dataDir.resolve("one"));
    DataDirectoryLock second = lockFor(dataDir.resolve("two"));
    first.acquire();
    try {
      assertThatCode(second::acquire).doesNotThrowAnyException();
      second.release();
    } finally {
      first.release();
    }
  }
}
