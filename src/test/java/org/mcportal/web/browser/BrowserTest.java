package org.mcportal.web.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base class of browser journeys: one Chromium per test class, started on first use, so a class of
 * journeys costs one browser start. Subclasses are {@code @QuarkusTest}s and call {@link #visit}.
 *
 * <p>Where Chromium, chromedriver or axe-core is missing the journeys are skipped with a message
 * saying what to install, unless {@code PORTAL_REQUIRE_BROWSER=true}, when they fail instead.
 */
public abstract class BrowserTest {

  private static final Logger LOG = Logger.getLogger(BrowserTest.class);

  private static Browser browser;

  @TestHTTPResource("/")
  URL root;

  @BeforeEach
  void startBrowser() throws Exception {
    if (browser != null) {
      return;
    }
    BrowserSetup.Result found = BrowserSetup.find();
    if (found.setup() == null) {
      unavailable(found.missing(), null);
    }
    try {
      browser = Browser.start(found.setup(), root);
    } catch (RuntimeException e) {
      unavailable("Chromium did not start: " + e.getMessage(), e);
    }
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** Opens a path, photographs it as {@code name} and checks it; see {@link Browser#visit}. */
  protected PageView visit(String path, String name) {
    return browser.visit(path, name);
  }

  /**
   * Forgets every cookie, so the next page is seen by someone else; see {@link Browser#newSession}.
   */
  protected void newSession() {
    browser.newSession();
  }

  /** Requests from here on come from this address; see {@link Browser#comingFrom}. */
  protected void comingFrom(String address) {
    browser.comingFrom(address);
  }

  /** The browser's cookie of this name, HttpOnly or not; null when it has none. */
  protected String cookie(String name) {
    return browser.cookie(name);
  }

  /** The text on the clipboard, as the page's script left it. */
  protected String clipboard() {
    return browser.clipboard();
  }

  /**
   * Signs the browser in with a real session token, as sign-in would leave it. The cookie can only
   * be set on a page of the portal, so a small asset is loaded first, unchecked.
   */
  protected void signIn(String sessionToken) {
    var driver = browser.driver();
    driver.get(root.toString().replaceAll("/$", "") + "/assets/mark.svg");
    driver.manage().addCookie(new Cookie("mcp_session", sessionToken, "/"));
  }

  /** Replaces the session cookie without leaving the page, as signing in in another tab does. */
  protected void renewSession(String sessionToken) {
    browser.driver().manage().addCookie(new Cookie("mcp_session", sessionToken, "/"));
  }

  /** Drops the session cookie, as an expired or ended sign-in leaves the browser. */
  protected void dropSession() {
    browser.driver().manage().deleteCookieNamed("mcp_session");
  }

  /** Cuts the browser off the network, or reconnects it, as a dropped connection would. */
  protected void offline(boolean offline) {
    var driver = browser.driver();
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  /**
   * Files the page saves from here on land in the folder this answers, a fresh one each call; see
   * {@link Browser#downloads}.
   */
  protected java.nio.file.Path downloads() {
    return browser.downloads();
  }

  /** Slows response bodies to this many bytes a second, as a slow link would; -1 lifts it. */
  protected void throttle(long bytesPerSecond) {
    if (browser != null) {
      browser.throttle(bytesPerSecond);
    }
  }

  /** Sends a Chrome DevTools Protocol command to the browser and answers its result. */
  protected Map<String, Object> devTools(String command, Map<String, Object> parameters) {
    return browser.driver().executeCdpCommand(command, parameters);
  }

  /** Runs script in the page; {@code arguments[n]} are the arguments. */
  protected Object script(String source, Object... arguments) {
    return browser.driver().executeScript(source, arguments);
  }

  /** Runs asynchronous script; it calls {@code arguments[arguments.length - 1]} with the result. */
  protected Object asyncScript(String source, Object... arguments) {
    return browser.driver().executeAsyncScript(source, arguments);
  }

  /** Waits up to {@code seconds} for the condition to give a value other than null or false. */
  protected <T> T waitFor(int seconds, Function<WebDriver, T> condition) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds))
        .pollingEvery(Duration.ofMillis(200))
        .until(condition);
  }

  /**
   * Checks the current page again at another width, and leaves the viewport there; see {@link
   * Browser#checkAt}.
   */
  protected PageView checkAt(String name, int width, int height) {
    return browser.checkAt(name, width, height);
  }

  /** Sets a phone-sized (or any) viewport until {@link #resetViewport}. */
  protected void viewport(int width, int height) {
    browser.useViewport(width, height);
  }

  protected void resetViewport() {
    if (browser != null) {
      browser.resetViewport();
    }
  }

  /** Opens a path without checking it, as typing an address with a #fragment would. */
  protected void open(String path) {
    browser.driver().get(root.toString().replaceAll("/$", "") + path);
  }

  /** Runs the browser in this time zone, as a reader's computer set to it would. */
  protected void timeZone(String zoneId) {
    browser
        .driver()
        .executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
  }

  /** Checks the page the browser is on now (after script navigated or a button was pressed). */
  protected PageView current(String name) {
    return browser.check(name);
  }

  private static void unavailable(String why, Exception cause) {
    if (BrowserSetup.required()) {
      fail(
          "Browser tests must run here ("
              + BrowserSetup.REQUIRE
              + "=true), but they cannot: "
              + why,
          cause);
    }
    // Surefire keeps an assumption's message in its report only; say it where people look too.
    LOG.warnf("Browser tests skipped: %s", why);
    assumeTrue(false, "Browser tests skipped: " + why);
  }
}
