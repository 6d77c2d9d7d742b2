package org.mcportal.platform;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One portal process per data directory when the database is the embedded H2 file. H2's own file
 * lock is off (FILE_LOCK=NO in application.properties) because H2 keeps it after a failed write (a
 * full disk) and then refuses to reopen the database in the same process, so the portal could only
 * recover by restarting. This lock takes its place: it belongs to the process, not to the database,
 * so a storage failure never strands it, and a second process on the same directory stops at
 * start-up instead of writing to the same file.
 */
@ApplicationScoped
public class DataDirectoryLock {

  static final String FILE_NAME = "portal.lock";

  private final Path dataDir;
  private final boolean embeddedFile;
  private FileChannel channel;
  private FileLock lock;

  DataDirectoryLock(
      @ConfigProperty(name = "portal.data-dir") String dataDir,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
    this.dataDir = Path.of(dataDir);
    this.embeddedFile = url.startsWith("jdbc:h2:file:");
  }

  void onStart(@Observes @Priority(1) StartupEvent event) {
    if (embeddedFile) {
      acquire();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    release();
  }

  /** Takes the lock, or fails naming the directory when another process holds it. */
  synchronized void acquire() {
    try {
      Files.createDirectories(dataDir);
      channel =
          FileChannel.open(
              dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      lock = channel.tryLock();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock the data directory " + dataDir, e);
    } catch (java.nio.channels.OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      release();
      throw new IllegalStateException(
          "Another portal process is using the data directory "
              + dataDir.toAbsolutePath()
              + "; run one process per data directory, or give this one its own (PORTAL_DATA_DIR)");
    }
  }

  synchronized void release() {
    try {
      if (lock != null) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // The process is ending; the operating system drops the lock with it.
    } finally {
      lock = null;
      channel = null;
    }
  }
}
