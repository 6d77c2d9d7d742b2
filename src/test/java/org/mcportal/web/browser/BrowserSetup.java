package org.mcportal.web.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the browser tests find what they need, and what they do when it is missing: skip on a
 * machine without it, fail where {@code PORTAL_REQUIRE_BROWSER=true} says they must run (CI).
 */
final class BrowserSetup {

  static final String REQUIRE = "PORTAL_REQUIRE_BROWSER";

  final Path chromium;
  final Path chromedriver;
  final Path axeScript;
  final Path workDir;
  final Path screenshots;

  private BrowserSetup(
      Path chromium, Path chromedriver, Path axeScript, Path workDir, Path screenshots) {
    this.chromium = chromium;
    this.chromedriver = chromedriver;
    this.axeScript = axeScript;
    this.workDir = workDir;
    this.screenshots = screenshots;
  }

  static boolean required() {
    return "true".equalsIgnoreCase(System.getenv(REQUIRE));
  }

  /** Everything found, or the list of what is missing, phrased for a person. */
  static Result find() {
    List<String> missing = new ArrayList<>();
    Optional<Path> chromium =
        executable("PORTAL_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
    Optional<Path> driver = executable("PORTAL_CHROMEDRIVER", "chromedriver");
    Path axe = Path.of(property("portal.axe.script", "target/axe/axe.min.js"));
    if (chromium.isEmpty()) {
      missing.add(
          "no Chromium found on the PATH or in PORTAL_CHROMIUM (Debian: apt-get install chromium)");
    }
    if (driver.isEmpty()) {
      missing.add(
          "no chromedriver found on the PATH or in PORTAL_CHROMEDRIVER (Debian: apt-get install chromium-driver)");
    }
    if (!Files.isRegularFile(axe)) {
      missing.add(
          "axe-core is not at "
              + axe
              + " (the build fetches it with npm; install npm and run ./mvnw verify again)");
    }
    if (!missing.isEmpty()) {
      return new Result(null, String.join("; ", missing));
    }
    Path work = Path.of(property("portal.browser.dir", "target/browser")).toAbsolutePath();
    Path shots = Path.of(property("portal.screenshots.dir", "target/screenshots")).toAbsolutePath();
    return new Result(new BrowserSetup(chromium.get(), driver.get(), axe, work, shots), "");
  }

  record Result(BrowserSetup setup, String missing) {}

  private static String property(String name, String fallback) {
    return System.getProperty(name, fallback);
  }

  private static Optional<Path> executable(String override, String... names) {
    String explicit = System.getenv(override);
    if (explicit != null && !explicit.isBlank()) {
      Path path = Path.of(explicit);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String searchPath = System.getenv("PATH");
    if (searchPath == null) {
      return Optional.empty();
    }
    return Stream.of(names)
        .flatMap(
            name ->
                Stream.of(searchPath.split(File.pathSeparator))
                    .filter(dir -> !dir.isBlank())
                    .map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
