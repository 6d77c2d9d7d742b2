package org.mcportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for a test class. Every page it visits is photographed at a desktop and a
 * phone width (for the docs as much as for review), checked for sideways scrolling at the phone
 * width, and checked with axe-core, failing on any serious or critical violation.
 */
public final class Browser implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Browser.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The widths each page is photographed at: a laptop, and the narrowest phone we support. */
  static final int DESKTOP = 1280;

  static final int PHONE = 360;

  /** axe-core rule tags: WCAG 2.0 to 2.2 at levels A and AA, plus axe's best practices. */
  private static final List<String> AXE_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

  private final ChromeDriver driver;
  private final BrowserSetup setup;
  private final String axeSource;
  private final URL root;
  private final Set<String> checked = new HashSet<>();

  private Browser(ChromeDriver driver, BrowserSetup setup, URL root) {
    this.driver = driver;
    this.setup = setup;
    this.root = root;
    try {
      this.axeSource = Files.readString(setup.axeScript, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Browser start(BrowserSetup setup, URL root) throws IOException {
    Path home = Files.createDirectories(setup.workDir.resolve("home"));
    Files.createDirectories(setup.screenshots);
    Path profile = Files.createTempDirectory(Files.createDirectories(setup.workDir), "profile-");
    // Chromium writes caches and crash reports under HOME and XDG_*; keep them under target/.
    Map<String, String> environment =
        Map.of(
            "HOME", home.toString(),
            "XDG_CONFIG_HOME", home.resolve(".config").toString(),
            "XDG_CACHE_HOME", home.resolve(".cache").toString(),
            "XDG_DATA_HOME", home.resolve(".local/share").toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(setup.chromedriver.toFile())
            .usingAnyFreePort()
            .withEnvironment(environment)
            .withLogFile(setup.workDir.resolve("chromedriver.log").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(setup.chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--lang=en-US",
        "--window-size=" + DESKTOP + ",900",
        "--user-data-dir=" + profile);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Browser(driver, setup, root);
  }

  /**
   * Opens a path of the portal and checks the page.
   *
   * @param name the screenshot name, e.g. {@code credential-home-visits}
   */
  public PageView visit(String path, String name) {
    driver.get(root.toString().replaceAll("/$", "") + path);
    return check(name);
  }

  /**
   * Checks the page the browser is on now, after a click or a form submission. A name stands for
   * one page in one state, so a page already checked under its name in this class is not checked
   * again: journeys often pass through the same page, and each check costs two screenshots and an
   * axe run.
   */
  PageView check(String name) {
    if (checked.add(name)) {
      photograph(name, PHONE);
      assertThat(documentWidth())
          .as("page %s scrolls sideways at %d px wide", name, PHONE)
          .isLessThanOrEqualTo(PHONE);
      clearViewport();
      photograph(name, DESKTOP);
      clearViewport();
      // One axe run, at the desktop width: the markup it judges is the same at both widths.
      assertNoSeriousViolations(name, axe());
    }
    return new PageView(this, driver, name);
  }

  /**
   * Checks the page the browser is on at one more width, such as a particular phone's: the viewport
   * stays at that width (until {@link #resetViewport}), the page is photographed as {@code
   * name-width}, must not scroll sideways, and must pass axe-core there too.
   */
  PageView checkAt(String name, int width, int height) {
    viewport(width, height);
    byte[] png = screenshot();
    try {
      Files.write(setup.screenshots.resolve(name + "-" + width + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(documentWidth())
        .as("page %s scrolls sideways at %d px wide", name, width)
        .isLessThanOrEqualTo(width);
    assertNoSeriousViolations(name + " at " + width + " px", axe());
    return new PageView(this, driver, name);
  }

  /** Sets the viewport, as a phone of that size would have it, until {@link #resetViewport}. */
  void useViewport(int width, int height) {
    viewport(width, height);
  }

  void resetViewport() {
    clearViewport();
  }

  ChromeDriver driver() {
    return driver;
  }

  /**
   * Starts over as a different person: no cookies, so no session and no CSRF token, as in a browser
   * on another computer.
   */
  void newSession() {
    driver.manage().deleteAllCookies();
  }

  /**
   * Sends every following request as if from this client address (X-Forwarded-For, trusted only in
   * the test profile), so that journeys do not share the per-address sign-in ceiling.
   */
  void comingFrom(String address) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
  }

  /**
   * Lets the page save files, without asking, into a fresh folder under the browser's work folder,
   * and answers that folder.
   */
  Path downloads() {
    try {
      Path folder =
          Files.createTempDirectory(
              Files.createDirectories(setup.workDir.resolve("downloads")), "run-");
      driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", folder.toString()));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Slows every response body to this many bytes a second (-1 for the full speed again). */
  void throttle(long bytesPerSecond) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline",
            false,
            "latency",
            0,
            "downloadThroughput",
            bytesPerSecond,
            "uploadThroughput",
            -1));
  }

  /** A cookie's value, HttpOnly ones included; null when there is none. */
  String cookie(String name) {
    var cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /** What the page's script put on the clipboard. */
  String clipboard() {
    driver.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of(
            "origin",
            root.getProtocol() + "://" + root.getAuthority(),
            "permissions",
            List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    return (String)
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('unreadable: ' + e));");
  }

  /** A full-page screenshot: the viewport is stretched to the document's height first. */
  private void photograph(String name, int width) {
    viewport(width, 900);
    long height =
        ((Number)
                driver.executeScript(
                    "return Math.max(document.documentElement.scrollHeight,"
                        + " document.body.scrollHeight)"))
            .longValue();
    viewport(width, (int) Math.min(height, 16_000));
    byte[] png = screenshot();
    try {
      Files.write(setup.screenshots.resolve(name + "-" + width + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    viewport(width, 900);
  }

  /**
   * A screenshot, tried up to three times: a long page photographed whole can outlast
   * chromedriver's ten seconds for the renderer to answer when the machine is busy, which says
   * nothing about the page.
   */
  private byte[] screenshot() {
    for (int attempt = 1; ; attempt++) {
      try {
        return driver.getScreenshotAs(OutputType.BYTES);
      } catch (org.openqa.selenium.TimeoutException slow) {
        if (attempt == 3) {
          throw slow;
        }
        LOG.warnf("Screenshot timed out (attempt %d); trying again", attempt);
      }
    }
  }

  private void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  private void clearViewport() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  private long documentWidth() {
    return ((Number) driver.executeScript("return document.documentElement.scrollWidth"))
        .longValue();
  }

  /** Injected from the test, never served by the portal, so the page's CSP does not apply. */
  private List<Map<String, Object>> axe() {
    driver.executeScript(axeSource);
    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical',"
                + " help: String(e), nodes: []}])));",
            AXE_TAGS);
    try {
      return JSON.readValue((String) result, new TypeReference<>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertNoSeriousViolations(String name, List<Map<String, Object>> violations) {
    List<String> serious = new ArrayList<>();
    for (Map<String, Object> violation : violations) {
      String line = describe(violation);
      String impact = String.valueOf(violation.get("impact"));
      if (impact.equals("serious") || impact.equals("critical")) {
        serious.add(line);
      } else {
        LOG.warnf("axe-core on %s: %s", name, line);
      }
    }
    assertThat(serious).as("serious or critical axe-core violations on %s", name).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static String describe(Map<String, Object> violation) {
    List<Map<String, Object>> nodes =
        (List<Map<String, Object>>) violation.getOrDefault("nodes", List.of());
    List<Object> targets = nodes.stream().map(n -> n.get("target")).limit(5).toList();
    return violation.get("impact")
        + " "
        + violation.get("id")
        + ": "
        + violation.get("help")
        + " at "
        + targets;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
