package org.mcportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreHealthTest {

  @TempDir Path dir;

  @Test
  void aStatementOnAStoreThatWasClosedUnderItMeansTheStoreIsGone() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("probe") + ";DB_CLOSE_ON_EXIT=FALSE";
    try (Connection pooled = DriverManager.getConnection(url, "sa", "");
        Connection other = DriverManager.getConnection(url, "sa", "")) {
      try (Statement close = other.createStatement()) {
        close.execute("SHUTDOWN IMMEDIATELY");
      }
      SQLException failure = probe(pooled);

      assertThat((Throwable) failure).isNotNull();
      assertThat(EmbeddedStoreHealth.storeGone(failure)).isTrue();
    }
  }

  @Test
  void closedCorruptedUnreadableOrLockedStoresAreGoneHoweverDeeplyWrapped() {
    int[] codes = {90098, 90121, 90030, 90028, 90031, 90020};
    for (int code : codes) {
      SQLException h2 = new SQLException("H2 says " + code, String.valueOf(code), code);
      assertThat(EmbeddedStoreHealth.storeGone(new PersistenceException(h2)))
          .as("" + code)
          .isTrue();
    }
  }

  @Test
  void noSpaceLeftUnderAStatementThatWritesNothingMeansTheStoreIsGone() {
    Throwable full =
        new SQLException(
            "General error", "HY000", 50000, new IOException("No space left on device"));

    assertThat(EmbeddedStoreHealth.storeGone(full)).isTrue();
  }

  @Test
  void aBusyPoolATimeoutOrAnUnreachablePostgresqlAreNotADeadStore() {
    assertThat(
            EmbeddedStoreHealth.storeGone(
                new SQLException("Acquisition timeout while waiting for new connection")))
        .isFalse();
    assertThat(
            EmbeddedStoreHealth.storeGone(
                new SQLException(
                    "Statement was canceled or the session timed out", "57014", 57014)))
        .isFalse();
    assertThat(
            EmbeddedStoreHealth.storeGone(
                new SQLTransientConnectionException("Connection refused", "08001")))
        .isFalse();
    assertThat(EmbeddedStoreHealth.storeGone(new SQLException("server shutting down", "57P01")))
        .isFalse();
    assertThat(
            EmbeddedStoreHealth.storeGone(
                new UncheckedIOException(new IOException("Connection reset by peer"))))
        .isFalse();
  }

  @Test
  void aHealthyFileStoreAnswersTheProbe() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("healthy") + ";DB_CLOSE_ON_EXIT=FALSE";
    Files.createDirectories(dir);
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      assertThat((Throwable) probe(connection)).isNull();
    }
  }

  private static SQLException probe(Connection connection) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT 1");
      return null;
    } catch (SQLException e) {
      return e;
    }
  }
}
