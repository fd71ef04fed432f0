package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.accessibility.AccessibilitySettings;
import fr.boucle.browser.BrowserSession.Viewport;
import fr.boucle.browser.RgaaSample.Page;
import fr.boucle.catalogue.internal.CatalogueReindexer;
import fr.boucle.demo.DemoDataFixture;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * The RGAA sample of Boucle's pages (home, catalogue, listing, cart and checkout, orders, approval
 * inbox, agreements, stock, import, organisation, sign-in and sign-up, needs board, dashboard,
 * invoices, the accessibility declaration), each opened by the demo account that works on it, at
 * four viewports: a 1366 px desktop, a 390 px phone, the desktop zoomed to 200 % (683 CSS px) and
 * RGAA 10.11's 320 CSS px. Every page is screenshot and must have no serious or critical axe-core
 * violation, its own meaningful title, and (on the phone and at 200 %) no horizontal scrolling
 * (RGAA 10.11).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponsiveBrowserIT {

  @Inject EmbeddedServer server;
  @Inject DemoDataFixture demo;
  @Inject CatalogueReindexer reindexer;
  @Inject Sql sql;
  @Inject AccessibilitySettings accessibility;

  @Inject
  @Client("/")
  HttpClient client;

  /** The pages of the sample, by the account that opens them (null: a visitor). */
  private Map<String, List<Page>> sample;

  @BeforeAll
  void theDemoMarketplace() {
    demo.loadWithHistory(20261122L, 400);
    reindexer.reindex(done -> {});
    sample = RgaaSample.pages(sql, client);
  }

  static Stream<Viewport> viewports() {
    return Stream.of(
        Viewport.PHONE, Viewport.DESKTOP, Viewport.DESKTOP_ZOOM_200, Viewport.NARROWEST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("viewports")
  void everyPageOfTheSampleIsAccessibleAtThisWidth(Viewport viewport) {
    SoftAssertions softly = new SoftAssertions();
    // RGAA 8.2: the pages as built at the desktop width go through the Nu HTML Checker.
    HtmlValidator html =
        new HtmlValidator(java.nio.file.Path.of("target", "browser-artifacts", "html-validity"));
    Map<String, String> titles = new LinkedHashMap<>();
    List<String> visited = new ArrayList<>();
    for (Map.Entry<String, List<Page>> account : sample.entrySet()) {
      String email = account.getKey();
      String who = RgaaSample.who(email);
      try (BrowserSession browser =
          new BrowserSession(
              server.getURL().toString(), "responsive-" + viewport.name(), viewport)) {
        if (email != null) {
          RgaaSample.signIn(browser, email);
        }
        for (Page page : account.getValue()) {
          browser.open(page.path());
          String at = page.name() + " (" + page.path() + ") at " + viewport.name();
          try {
            browser.waitFor(page.ready());
            RgaaSample.waitUntilLoaded(browser);
          } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot(who + "-" + page.name() + "-not-ready");
            softly.fail("%s never showed %s", at, page.ready());
            continue;
          }
          browser.screenshot(who + "-" + page.name());
          visited.add(page.name());
          if (viewport.equals(Viewport.DESKTOP)) {
            html.collect(who + "-" + page.name(), browser);
          }
          if (page.path().equals("/accessibilite")) {
            // The feedback address is the configured one; the state is the one the footer says.
            softly
                .assertThat(text(browser, "[data-testid=accessibility-contact]"))
                .contains(accessibility.contactEmail());
            softly
                .assertThat(text(browser, "[data-testid=footer-accessibility]"))
                .isEqualTo("Accessibilité : totalement conforme");
            softly
                .assertThat(text(browser, "[data-testid=accessibility-state]"))
                .contains("Boucle est totalement conforme");
          }
          softly
              .assertThat(browser.blockingViolations())
              .as("axe-core serious/critical violations on %s", at)
              .isEmpty();
          String title = browser.title();
          softly
              .assertThat(title)
              .as("title of %s", at)
              .endsWith(" — Boucle")
              .isNotEqualTo("Boucle")
              .doesNotStartWith(" — ");
          String before = titles.putIfAbsent(title, page.name());
          softly.assertThat(before).as("%s has the title of %s: %s", at, before, title).isNull();
          if (viewport.width() < 1000) {
            softly
                .assertThat(browser.horizontalOverflow())
                .as(
                    "horizontal scrolling on %s, wider than the viewport: %s",
                    at, browser.overflowingElements())
                .isLessThanOrEqualTo(0);
          }
        }
      }
    }
    assertThat(visited).hasSize(sample.values().stream().mapToInt(List::size).sum());
    softly.assertThat(html.errors()).as("Nu HTML Checker errors at %s", viewport.name()).isEmpty();
    softly.assertAll();
  }

  /**
   * RGAA 10.12 (WCAG 1.4.12): every page of the sample, with the text spacing forced, keeps all its
   * text (see {@link TextSpacing}); a screenshot each in browser-artifacts/text-spacing-*.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("textSpacingViewports")
  void everyPageOfTheSampleKeepsItsTextWithIncreasedTextSpacing(Viewport viewport) {
    SoftAssertions softly = new SoftAssertions();
    int checked = 0;
    for (Map.Entry<String, List<Page>> account : sample.entrySet()) {
      String email = account.getKey();
      String who = RgaaSample.who(email);
      try (BrowserSession browser =
          new BrowserSession(
              server.getURL().toString(), "text-spacing-" + viewport.name(), viewport)) {
        if (email != null) {
          RgaaSample.signIn(browser, email);
        }
        for (Page page : account.getValue()) {
          browser.open(page.path());
          browser.waitFor(page.ready());
          RgaaSample.waitUntilLoaded(browser);
          TextSpacing.apply(browser);
          browser.screenshot(who + "-" + page.name());
          softly
              .assertThat(TextSpacing.problems(browser))
              .as("text cut or overlapping with WCAG 1.4.12 spacing on %s", page.path())
              .isEmpty();
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(sample.values().stream().mapToInt(List::size).sum());
    softly.assertAll();
  }

  static Stream<Viewport> textSpacingViewports() {
    return Stream.of(Viewport.DESKTOP, Viewport.PHONE);
  }

  private static String text(BrowserSession browser, String selector) {
    return browser
        .driver()
        .findElement(By.cssSelector(selector))
        .getAttribute("textContent")
        .trim();
  }
}
