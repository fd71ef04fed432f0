package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the system's headless Chromium through the running application, as a person would. Each
 * step keeps a screenshot under {@code target/browser-artifacts/<test>/} and every page visited is
 * checked with axe-core: a serious or critical accessibility violation fails the test (RGAA).
 */
public final class BrowserSession implements AutoCloseable {

  private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

  private final ChromeDriver driver;
  private final String baseUrl;
  private final Path artifacts;
  private int step;

  public BrowserSession(String baseUrl, String testName) {
    // Chromium treats 0.0.0.0 as a private-network address; browse the loopback name instead.
    this.baseUrl =
        baseUrl
            .replace("://0.0.0.0:", "://localhost:")
            .replace("://127.0.0.1:", "://localhost:")
            .replaceAll("/$", "");
    this.artifacts =
        Path.of(System.getenv().getOrDefault("BOUCLE_ARTIFACTS_DIR", "target/browser-artifacts"))
            .resolve(testName);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(env("BOUCLE_CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=fr-FR");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(env("BOUCLE_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    try {
      Files.createDirectories(artifacts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a page of the app, waits for React to render it, screenshots and audits it. */
  public BrowserSession visit(String path, String stepName) {
    driver.get(baseUrl + path);
    return settled(stepName);
  }

  /** After an interaction: waits for the page to settle, screenshots and audits it. */
  public BrowserSession settled(String stepName) {
    waitFor(By.cssSelector("#root main"));
    screenshot(stepName);
    assertAccessible(stepName);
    return this;
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public void waitForUrlContaining(String fragment) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains(fragment));
  }

  /** The form control whose label starts with the given text (labels may carry hints). */
  public WebElement field(String label) {
    WebElement element =
        waitFor(By.xpath("//label[starts-with(normalize-space(.), " + xpathLiteral(label) + ")]"));
    return driver.findElement(By.id(element.getAttribute("for")));
  }

  /** Clears a field and types into it. */
  public BrowserSession type(String label, String text) {
    WebElement input = field(label);
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** Sets a date input as a date picker would (typing depends on the browser's locale). */
  public BrowserSession setDate(String label, String isoDate) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;"
                + " setter.call(arguments[0], arguments[1]);"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            field(label),
            isoDate);
    return this;
  }

  /** Clicks the button or link with this accessible text (or aria-label). */
  public BrowserSession click(String name) {
    String literal = xpathLiteral(name);
    WebElement element =
        new WebDriverWait(driver, Duration.ofSeconds(15))
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.xpath(
                        "//*[self::button or self::a][normalize-space(.)="
                            + literal
                            + " or @aria-label="
                            + literal
                            + "]")));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block:'center'})", element);
    element.click();
    return this;
  }

  /** Waits until the page shows this text somewhere in <main>. */
  public BrowserSession waitForText(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), text));
    return this;
  }

  private static String xpathLiteral(String s) {
    if (!s.contains("'")) {
      return "'" + s + "'";
    }
    return "concat('" + s.replace("'", "', \"'\", '") + "')";
  }

  public ChromeDriver driver() {
    return driver;
  }

  public Path screenshot(String stepName) {
    Path file = artifacts.resolve(String.format("%02d-%s.png", ++step, stepName));
    try {
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private void assertAccessible(String stepName) {
    ((JavascriptExecutor) driver).executeScript("return document.readyState");
    Results results = new AxeBuilder().analyze(driver);
    List<Rule> blocking =
        results.getViolations().stream()
            .filter(v -> BLOCKING_IMPACTS.contains(v.getImpact()))
            .toList();
    String report =
        blocking.stream()
            .map(v ->
                v.getImpact()
                    + " "
                    + v.getId()
                    + ": "
                    + v.getHelp()
                    + " "
                    + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n"));
    assertThat(blocking)
        .as("axe-core serious/critical violations at step '%s':\n%s", stepName, report)
        .isEmpty();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
