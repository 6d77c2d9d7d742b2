package org.mcportal.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The folder where the HTTP layer spools multipart bodies while a request is read. Each file is
 * deleted when its request ends; a process killed mid-upload never reaches that point, so its files
 * would stay for ever. At start-up, files older than this process are such leftovers: no request of
 * this process can own them. The folder lives under the data directory (see application.properties)
 * so that it belongs to one node and is not shared with other programs.
 */
@ApplicationScoped
public class IncomingUploads {

  private static final Logger LOG = Logger.getLogger(IncomingUploads.class);

  private final Path folder;

  IncomingUploads(@ConfigProperty(name = "quarkus.http.body.uploads-directory") String folder) {
    this.folder = Path.of(folder);
  }

  void onStart(@Observes StartupEvent event) {
    int removed =
        removeLeftovers(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    if (removed > 0) {
      LOG.infof("Removed %d partial upload(s) left by an earlier process in %s", removed, folder);
    }
  }

  /** Deletes the regular files last written before {@code started}; returns how many. */
  int removeLeftovers(Instant started) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        if (Files.isRegularFile(file)
            && Files.getLastModifiedTime(file).toInstant().isBefore(started)
            && Files.deleteIfExists(file)) {
          removed++;
        }
      }
    } catch (IOException e) {
      // Leftovers cost disk space only; the portal must still start.
      LOG.warnf("Cannot clear leftover uploads in %s: %s", folder, e.getMessage());
    }
    return removed;
  }
}
