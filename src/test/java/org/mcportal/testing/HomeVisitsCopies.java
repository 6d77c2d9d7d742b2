package org.mcportal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled home-visits credential under another id, for tests that need a credential of their
 * own: different assessment settings, or a queue that holds only their own work whatever the
 * database has seen. The title gets a label too, so that pages listing credentials never mistake a
 * copy for the credential that journeys look for by name.
 */
public final class HomeVisitsCopies {

  public static final String VERSION = "2022-03-17";

  private HomeVisitsCopies() {}

  /**
   * Writes the copy as {@code <dir>/<id>/<version>.yaml}; the caller synchronises the catalog.
   *
   * @param assessment lines of the copy's {@code assessment:} block, indented; empty for none
   */
  public static void write(Path dir, String id, String label, String assessment) {
    try {
      Path file = dir.resolve(id).resolve(VERSION + ".yaml");
      Files.createDirectories(file.getParent());
      String text = Files.readString(Path.of("rubrics/home-visits/" + VERSION + ".yaml"));
      Files.writeString(
          file,
          text.replaceFirst("(?m)^id: home-visits$", "id: " + id)
                  .replaceFirst("(?m)^title: (.*)$", "title: \"$1 (" + label + ")\"")
              + (assessment.isEmpty() ? "" : "\nassessment:\n" + assessment));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
