package org.mcportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class StorageFailureTest {

  @Test
  void aRefusedConnectionDeepInTheCauseChainMeansTheDatabaseIsUnavailable() {
    SQLException refused =
        new SQLTransientConnectionException("Connection to 127.0.0.1:5432 refused", "08001");
    Throwable wrapped =
        new IllegalStateException(
            "Cannot check the account's token version", new PersistenceException(refused));

    assertThat(StorageFailure.of(wrapped)).contains(StorageFailure.DATABASE_UNAVAILABLE);
  }

  @Test
  void postgresqlShuttingDownOrStartingAndThePoolTimingOutMeanUnavailable() {
    for (String state : new String[] {"57P01", "57P02", "57P03", "08006", "53300"}) {
      assertThat(StorageFailure.of(new SQLException("server says no", state)))
          .as(state)
          .contains(StorageFailure.DATABASE_UNAVAILABLE);
    }
    assertThat(
            StorageFailure.of(
                new SQLException("Acquisition timeout while waiting for new connection")))
        .contains(StorageFailure.DATABASE_UNAVAILABLE);
    assertThat(StorageFailure.of(new SQLException("Database is already closed", "90098", 90098)))
        .contains(StorageFailure.DATABASE_UNAVAILABLE);
    assertThat(
            StorageFailure.of(new SQLException("Database may be already in use", "90020", 90020)))
        .contains(StorageFailure.DATABASE_UNAVAILABLE);
  }

  @Test
  void aFullDiskIsRecognisedFromPostgresqlsStateAndFromTheOperatingSystemsMessage() {
    assertThat(StorageFailure.of(new SQLException("could not extend file", "53100")))
        .contains(StorageFailure.STORAGE_FULL);
    assertThat(
            StorageFailure.of(
                new UncheckedIOException(
                    new FileSystemException("data/portal.mv.db: No space left on device"))))
        .contains(StorageFailure.STORAGE_FULL);
    Throwable h2 =
        new PersistenceException(
            new SQLException(
                "General error: \"org.h2.mvstore.MVStoreException: Writing to /data/portal.mv.db"
                    + " failed; length 4096 at 0: No space left on device\"",
                "HY000",
                50000));
    assertThat(StorageFailure.of(h2)).contains(StorageFailure.STORAGE_FULL);
  }

  @Test
  void aFullDiskWinsOverTheClosedDatabaseItCaused() {
    SQLException closed = new SQLException("Database is already closed", "90098", 90098);
    closed.addSuppressed(new IOException("No space left on device"));

    assertThat(StorageFailure.of(closed)).contains(StorageFailure.STORAGE_FULL);
  }

  @Test
  void aFailedCommitIsJudgedByTheExceptionsAttachedToIt() {
    RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
    rollback.addSuppressed(
        new IllegalStateException(
            "flush failed", new SQLException("The database has been closed", "90098", 90098)));

    assertThat(StorageFailure.of(new RuntimeException("Error invoking subclass method", rollback)))
        .contains(StorageFailure.DATABASE_UNAVAILABLE);
  }

  @Test
  void ordinaryFailuresAreNotStorageFailures() {
    assertThat(StorageFailure.of(new IllegalStateException("a bug"))).isEmpty();
    assertThat(StorageFailure.of(new SQLException("duplicate key", "23505"))).isEmpty();
    assertThat(StorageFailure.of(new SQLException("syntax error", "42601"))).isEmpty();
    assertThat(StorageFailure.of(new IOException("Connection reset by peer"))).isEmpty();
  }

  @Test
  void aCauseChainThatLoopsIsWalkedOnce() {
    IllegalStateException first = new IllegalStateException("first");
    IllegalStateException second = new IllegalStateException("second", first);
    first.initCause(second);

    assertThat(StorageFailure.of(second)).isEmpty();
  }
}
