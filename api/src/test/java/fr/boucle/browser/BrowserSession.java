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
import java.util.Map;
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

  /**
   * The CSS viewport a session browses at: a desktop window, a phone held upright, and a 1366 px
   * window zoomed to 200 % (RGAA 10.4: the layout then has 683 CSS pixels, drawn at twice the
   * density).
   */
  public record Viewport(String name, int width, int height, double scale) {
    public static final Viewport DESKTOP = new Viewport("1366", 1366, 768, 1);
    public static final Viewport PHONE = new Viewport("390", 390, 844, 1);
    public static final Viewport DESKTOP_ZOOM_200 = new Viewport("1366-zoom200", 683, 384, 2);

    /** RGAA 10.11's width: 320 CSS px (1280 px zoomed to 400 %). */
    public static final Viewport NARROWEST = new Viewport("320", 320, 640, 1);

    /** 1280 × 900, the default of the older browser tests. */
    static final Viewport DEFAULT = new Viewport("1280", 1280, 900, 1);
  }

  private final ChromeDriver driver;
  private final String baseUrl;
  private final Path artifacts;
  private final Viewport viewport;
  private int step;

  public BrowserSession(String baseUrl, String testName) {
    this(baseUrl, testName, Viewport.DEFAULT);
  }

  /** A session whose pages are laid out at this viewport's CSS width and drawn at its scale. */
  public BrowserSession(String baseUrl, String testName, Viewport viewport) {
    this.viewport = viewport;
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
        "--window-size=" + viewport.width() + "," + viewport.height(),
        "--lang=fr-FR");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(env("BOUCLE_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    if (!viewport.equals(Viewport.DEFAULT)) {
      // The window's size is only a hint in headless mode: pin the layout viewport (and the zoom,
      // as a device scale factor) through the DevTools protocol, for every page of the session.
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of(
              "width", viewport.width(),
              "height", viewport.height(),
              "deviceScaleFactor", viewport.scale(),
              "mobile", false));
    }
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

  /** Opens a page of the app without waiting or auditing (the caller decides what to check). */
  public void open(String path) {
    driver.get(baseUrl + path);
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

  public Viewport viewport() {
    return viewport;
  }

  /** The page's document title (RGAA 8.5, 8.6). */
  public String title() {
    return driver.getTitle();
  }

  /**
   * How many CSS pixels the page is wider than its viewport (0 when it does not scroll sideways;
   * RGAA 10.11: content readable without horizontal scrolling at 320 CSS px / 200 % zoom).
   */
  public long horizontalOverflow() {
    Object overflow =
        ((JavascriptExecutor) driver)
            .executeScript(
                "const d = document.documentElement;"
                    + " return Math.max(d.scrollWidth, document.body.scrollWidth) - d.clientWidth;");
    return ((Number) overflow).longValue();
  }

  /** The elements wider than the viewport, deepest first, to say what makes a page scroll. */
  @SuppressWarnings("unchecked")
  public List<String> overflowingElements() {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "const w = document.documentElement.clientWidth; const out = [];"
                    + " for (const e of document.querySelectorAll('body *')) {"
                    + "  const r = e.getBoundingClientRect();"
                    + "  if (r.right > w + 1 && getComputedStyle(e).position !== 'fixed') {"
                    + "   let inScroller = false;"
                    + "   const absolute = getComputedStyle(e).position === 'absolute';"
                    + "   for (let p = e.parentElement; p && !absolute; p = p.parentElement) {"
                    + "    const o = getComputedStyle(p).overflowX;"
                    + "    if (o === 'auto' || o === 'scroll' || o === 'hidden') { inScroller = true; break; }"
                    + "   }"
                    + "   if (!inScroller) out.push(e.tagName.toLowerCase()"
                    + "    + (e.id ? '#' + e.id : '')"
                    + "    + (e.className && e.className.baseVal === undefined"
                    + "       ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')"
                    + "    + ' right=' + Math.round(r.right));"
                    + "  }"
                    + " }"
                    + " return out.slice(-12);");
  }

  public ChromeDriver driver() {
    return driver;
  }

  public Path screenshot(String stepName) {
    Path file =
        artifacts.resolve(
            viewport.equals(Viewport.DEFAULT)
                ? String.format("%02d-%s.png", ++step, stepName)
                : String.format("%02d-%s-%s.png", ++step, stepName, viewport.name()));
    try {
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private void assertAccessible(String stepName) {
    String report = blockingViolations();
    assertThat(report)
        .as("axe-core serious/critical violations at step '%s':\n%s", stepName, report)
        .isEmpty();
  }

  /** axe-core's serious and critical violations on the current page, one a line ("" if none). */
  public String blockingViolations() {
    ((JavascriptExecutor) driver).executeScript("return document.readyState");
    Results results = new AxeBuilder().analyze(driver);
    List<Rule> blocking =
        results.getViolations().stream()
            .filter(v -> BLOCKING_IMPACTS.contains(v.getImpact()))
            .toList();
    return blocking.stream()
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
