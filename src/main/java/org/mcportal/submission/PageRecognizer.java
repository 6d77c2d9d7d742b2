package org.mcportal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jboss.logging.Logger;

/**
 * Recognises the printed or handwritten text of a scanned page with Tesseract, run as a separate
 * process: it may be killed when its time is up, its memory is capped by the shell's {@code ulimit
 * -v}, and it uses one thread, so two scans cannot take every core. Where Tesseract is not
 * installed, nothing is recognised and the checks say so.
 */
@ApplicationScoped
class PageRecognizer {

  private static final Logger LOG = Logger.getLogger(PageRecognizer.class);

  private final SubmissionConfig config;
  private volatile Boolean available;

  PageRecognizer(SubmissionConfig config) {
    this.config = config;
  }

  /** Whether the {@code tesseract} command runs here with its English data. */
  boolean available() {
    Boolean known = available;
    if (known == null) {
      known = probe();
      available = known;
    }
    return known;
  }

  /** The page's text, or empty when nothing was recognised in time. */
  Optional<String> recognise(BufferedImage page, Duration budget) throws InterruptedException {
    if (!available() || budget.isNegative() || budget.isZero()) {
      return Optional.empty();
    }
    Path image = null;
    Path text = null;
    try {
      image = Files.createTempFile("scan-", ".png");
      text = Files.createTempFile("scan-", ".txt");
      ImageIO.write(page, "png", image.toFile());
      Process process =
          start(
              List.of(
                  "sh",
                  "-c",
                  "ulimit -v \"$1\" && exec tesseract \"$2\" stdout -l eng --psm 3",
                  "tesseract",
                  Long.toString(config.ocrMaxMemoryBytes() / 1024),
                  image.toString()),
              text);
      if (!process.waitFor(budget.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        return Optional.empty();
      }
      if (process.exitValue() != 0) {
        return Optional.empty();
      }
      String recognised = Files.readString(text, StandardCharsets.UTF_8).strip();
      return recognised.isEmpty() ? Optional.empty() : Optional.of(recognised);
    } catch (IOException e) {
      LOG.warn("Text recognition failed", e);
      return Optional.empty();
    } finally {
      delete(image);
      delete(text);
    }
  }

  private static Process start(List<String> command, Path output) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    builder.redirectOutput(output.toFile());
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  private static boolean probe() {
    try {
      Process process =
          new ProcessBuilder("tesseract", "--list-langs")
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      String languages =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean ended = process.waitFor(10, TimeUnit.SECONDS);
      boolean english =
          ended && process.exitValue() == 0 && languages.lines().anyMatch("eng"::equals);
      if (!english) {
        LOG.warn("Tesseract with English data is not installed: scanned PDFs are not recognised");
      }
      return english;
    } catch (IOException e) {
      LOG.warn("Tesseract is not installed: scanned PDFs are not recognised");
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void delete(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        LOG.debug("Could not delete " + path, e);
      }
    }
  }
}
