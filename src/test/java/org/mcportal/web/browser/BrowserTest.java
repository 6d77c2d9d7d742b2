package org.mcportal.web.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

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
