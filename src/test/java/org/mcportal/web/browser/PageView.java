package org.mcportal.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The page the browser is on, already photographed and checked. Journeys read it and move on from
 * it with {@link #follow} and {@link #submit}, each of which checks the next page in turn.
 */
public final class PageView {

  private final Browser browser;
  private final ChromeDriver driver;
  private final String name;

  PageView(Browser browser, ChromeDriver driver, String name) {
    this.browser = browser;
    this.driver = driver;
    this.name = name;
  }

  public String name() {
    return name;
  }

  public String title() {
    return driver.getTitle();
  }

  /** The page's main heading. */
  public String heading() {
    return text("h1");
  }

  /** The path and query of the current address. */
  public String path() {
    URI uri = URI.create(driver.getCurrentUrl());
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public boolean has(String css) {
    return !findAll(css).isEmpty();
  }

  public String text(String css) {
    return find(css).getText();
  }

  /** The visible text of the main landmark. */
  public String mainText() {
    return text("main");
  }

  /** The element that has keyboard focus. */
  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** Presses a key wherever focus is, as a keyboard user would. */
  public void press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  /**
   * The HTTP status the page arrived with (a refused form comes back as 422 or 429, not 200), from
   * the browser's own navigation timing.
   */
  public long status() {
    return ((Number)
            driver.executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus"))
        .longValue();
  }

  /** Types into the fields by id, staying on the page. */
  public PageView fill(java.util.Map<String, String> fieldsById) {
    for (var field : fieldsById.entrySet()) {
      WebElement input = driver.findElement(By.id(field.getKey()));
      input.clear();
      input.sendKeys(field.getValue());
    }
    return this;
  }

  /** Ticks (or unticks) a checkbox by id, staying on the page. */
  public PageView tick(String id) {
    driver.findElement(By.id(id)).click();
    return this;
  }

  /** Clicks something that changes the page in place, such as a copy button. */
  public PageView activate(String css) {
    find(css).click();
    return this;
  }

  /** Waits up to five seconds for the element's text to contain {@code text}. */
  public PageView waitForText(String css, String text) {
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(css), text));
    return this;
  }

  /** Goes back one page in the browser's history and checks the page it shows. */
  public PageView back(String nextName) {
    driver.navigate().back();
    return browser.check(nextName);
  }

  /** Clicks the link with this exact text and checks the page it leads to. */
  public PageView follow(String linkText, String nextName) {
    driver.findElement(By.linkText(linkText)).click();
    return browser.check(nextName);
  }

  /** Clicks the element matched by {@code css} and checks the page that follows. */
  public PageView click(String css, String nextName) {
    find(css).click();
    return browser.check(nextName);
  }

  /** Fills the labelled fields, then submits their form and checks the page that follows. */
  public PageView submit(java.util.Map<String, String> fieldsById, String nextName) {
    WebElement last = null;
    for (var field : fieldsById.entrySet()) {
      last = driver.findElement(By.id(field.getKey()));
      last.clear();
      last.sendKeys(field.getValue());
    }
    if (last == null) {
      throw new IllegalArgumentException("name at least one field");
    }
    last.submit();
    return browser.check(nextName);
  }
}
