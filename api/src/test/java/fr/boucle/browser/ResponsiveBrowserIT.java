package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.accessibility.AccessibilitySettings;
import fr.boucle.browser.BrowserSession.Viewport;
import fr.boucle.catalogue.internal.CatalogueReindexer;
import fr.boucle.demo.DemoAccounts;
import fr.boucle.demo.DemoDataFixture;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.ApiSession;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

  private static final String REQUESTER = "demandeur@boucle.demo";
  private static final String APPROVER = "approbateur@boucle.demo";
  private static final String BUYER_ADMIN = "acheteur@boucle.demo";
  private static final String SUPPLIER_ADMIN = "fournisseur@boucle.demo";

  @Inject EmbeddedServer server;
  @Inject DemoDataFixture demo;
  @Inject CatalogueReindexer reindexer;
  @Inject Sql sql;
  @Inject AccessibilitySettings accessibility;

  @Inject
  @Client("/")
  HttpClient client;

  /** The pages of the sample, by the account that opens them (null: a visitor). */
  private final Map<String, List<Page>> sample = new LinkedHashMap<>();

  /** A page of the sample: where it is, and what shows its content is there. */
  private record Page(String name, String path, By ready) {}

  @BeforeAll
  void theDemoMarketplace() {
    demo.loadWithHistory(20261122L, 400);
    reindexer.reindex(done -> {});

    UUID orderable = orderableListing();
    ApiSession requester =
        new ApiSession(client.toBlocking()).login(REQUESTER, DemoAccounts.PASSWORD);
    int minimum =
        (int) sql.count("SELECT minimum_order_quantity FROM listing WHERE id = ?", orderable);
    assertThat(OrderingFixtures.putInCart(requester, orderable, minimum).code()).isEqualTo(200);

    UUID requesterOrder =
        id(
            "SELECT o.id FROM purchase_order o JOIN person p ON p.id = o.requester_id"
                + " WHERE p.email = ? AND o.number IS NOT NULL ORDER BY o.submitted_at DESC LIMIT 1",
            REQUESTER);
    UUID agreement =
        id(
            "SELECT a.id FROM framework_agreement a JOIN person p ON p.organisation_id = a.buyer_id"
                + " WHERE p.email = ? AND a.status = 'ACTIVE' ORDER BY a.reference LIMIT 1",
            BUYER_ADMIN);
    UUID stockListing =
        id(
            "SELECT l.id FROM listing l JOIN person p ON p.organisation_id = l.supplier_id"
                + " WHERE p.email = ? AND l.status = 'PUBLISHED' ORDER BY l.sku LIMIT 1",
            SUPPLIER_ADMIN);
    UUID supplierOrder =
        id(
            "SELECT o.id FROM purchase_order o JOIN person p ON p.organisation_id = o.supplier_id"
                + " WHERE p.email = ? AND o.status = 'APPROVED' AND o.id <> ?"
                + " ORDER BY o.submitted_at DESC LIMIT 1",
            SUPPLIER_ADMIN,
            requesterOrder);

    By h1 = By.cssSelector("main h1");
    sample.put(
        null,
        List.of(
            new Page("home", "/", By.cssSelector("[data-testid=home-search]")),
            new Page("catalogue", "/catalogue", By.cssSelector("[data-testid=result-card]")),
            new Page(
                "listing",
                "/catalogue/" + orderable,
                By.cssSelector("[data-testid=listing-price]")),
            new Page("sign-in", "/connexion", By.cssSelector("main form")),
            new Page("sign-up", "/inscription", By.cssSelector("main form")),
            new Page("status", "/statut", By.cssSelector("[data-testid=status-table]")),
            new Page(
                "accessibility-declaration",
                "/accessibilite",
                By.cssSelector("[data-testid=accessibility-contact]"))));
    sample.put(
        REQUESTER,
        List.of(
            new Page("add-to-cart", "/panier/ajout/" + orderable, By.cssSelector("main input")),
            new Page("cart-checkout", "/panier", By.cssSelector("[data-testid=checkout]")),
            new Page("requester-orders", "/commandes", By.cssSelector("main table")),
            new Page(
                "order",
                "/commandes/" + requesterOrder,
                By.cssSelector("[data-testid=order-timeline]")),
            new Page("need-form", "/besoins/nouveau", By.cssSelector("main form"))));
    sample.put(APPROVER, List.of(new Page("approvals", "/approbations", h1)));
    sample.put(
        BUYER_ADMIN,
        List.of(
            new Page(
                "agreements", "/accords-cadres", By.cssSelector("[data-testid=agreements-table]")),
            new Page(
                "agreement", "/accords-cadres/" + agreement, By.cssSelector("[data-testid=lot]")),
            new Page("agreement-form", "/accords-cadres/nouveau", By.cssSelector("main form")),
            new Page("organisation", "/organisation", By.cssSelector("main form")),
            new Page("dashboard", "/tableau-de-bord", By.cssSelector(".boucle-kpi__value")),
            new Page("invoices", "/factures", h1),
            new Page("needs-board", "/besoins", By.cssSelector("[data-testid=needs-list]"))));
    sample.put(
        SUPPLIER_ADMIN,
        List.of(
            new Page("supplier-inbox", "/commandes?aTraiter=1", By.cssSelector("main table")),
            new Page(
                "order-received",
                "/commandes/" + supplierOrder,
                By.cssSelector("[data-testid=order-actions]")),
            new Page("stock", "/stock", By.cssSelector("main table")),
            new Page("stock-listing", "/stock/" + stockListing, By.cssSelector("main form")),
            new Page("stock-import", "/stock/import", By.cssSelector("main form")),
            new Page("sales", "/ventes", By.cssSelector(".boucle-kpi__value"))));
  }

  static Stream<Viewport> viewports() {
    return Stream.of(
        Viewport.PHONE, Viewport.DESKTOP, Viewport.DESKTOP_ZOOM_200, Viewport.NARROWEST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("viewports")
  void everyPageOfTheSampleIsAccessibleAtThisWidth(Viewport viewport) {
    SoftAssertions softly = new SoftAssertions();
    Map<String, String> titles = new LinkedHashMap<>();
    List<String> visited = new ArrayList<>();
    for (Map.Entry<String, List<Page>> account : sample.entrySet()) {
      String email = account.getKey();
      String who = email == null ? "visitor" : email.substring(0, email.indexOf('@'));
      try (BrowserSession browser =
          new BrowserSession(
              server.getURL().toString(), "responsive-" + viewport.name(), viewport)) {
        if (email != null) {
          signIn(browser, email);
        }
        for (Page page : account.getValue()) {
          browser.open(page.path());
          String at = page.name() + " (" + page.path() + ") at " + viewport.name();
          try {
            browser.waitFor(page.ready());
            waitUntilLoaded(browser);
          } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot(who + "-" + page.name() + "-not-ready");
            softly.fail("%s never showed %s", at, page.ready());
            continue;
          }
          browser.screenshot(who + "-" + page.name());
          visited.add(page.name());
          if (page.path().equals("/accessibilite")) {
            // The feedback address is the configured one; the state is the one the footer says.
            softly
                .assertThat(text(browser, "[data-testid=accessibility-contact]"))
                .contains(accessibility.contactEmail());
            softly
                .assertThat(text(browser, "[data-testid=footer-accessibility]"))
                .isEqualTo("Accessibilité : partiellement conforme");
            softly
                .assertThat(text(browser, "[data-testid=accessibility-state]"))
                .contains("Boucle est partiellement conforme");
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
      String who = email == null ? "visitor" : email.substring(0, email.indexOf('@'));
      try (BrowserSession browser =
          new BrowserSession(
              server.getURL().toString(), "text-spacing-" + viewport.name(), viewport)) {
        if (email != null) {
          signIn(browser, email);
        }
        for (Page page : account.getValue()) {
          browser.open(page.path());
          browser.waitFor(page.ready());
          waitUntilLoaded(browser);
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

  /** Waits for the page's own requests to end (no "Chargement…" left in main). */
  private static void waitUntilLoaded(BrowserSession browser) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(
            ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("main"), "Chargement")));
  }

  private void signIn(BrowserSession browser, String email) {
    browser.open("/connexion");
    browser.type("Adresse électronique", email).type("Mot de passe", DemoAccounts.PASSWORD);
    browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/connexion")));
  }

  /** A published listing in stock that the requester's service can order under a lot in force. */
  private UUID orderableListing() {
    return id(
        "SELECT l.id FROM listing l"
            + " JOIN category c ON c.id = l.category_id"
            + " JOIN lot_supplier ls ON ls.supplier_id = l.supplier_id"
            + " JOIN lot_category lc ON lc.lot_id = ls.lot_id"
            + "  AND lc.category_id IN (c.id, c.parent_id)"
            + " JOIN agreement_lot al ON al.id = ls.lot_id"
            + " JOIN framework_agreement a ON a.id = al.agreement_id AND a.status = 'ACTIVE'"
            + " JOIN person p ON p.organisation_id = a.buyer_id AND p.email = ?"
            + " WHERE l.status = 'PUBLISHED' AND l.kind = 'LOT'"
            + "  AND (SELECT coalesce(sum(quantity), 0) FROM stock_movement m"
            + "       WHERE m.listing_id = l.id) >= 2 * l.minimum_order_quantity"
            + " ORDER BY l.sku LIMIT 1",
        REQUESTER);
  }

  private UUID id(String query, Object... params) {
    return sql.one(query, rs -> (UUID) rs.getObject(1), params)
        .orElseThrow(() -> new AssertionError("nothing in the demo for: " + query));
  }
}
