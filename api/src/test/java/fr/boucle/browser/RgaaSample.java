package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.demo.DemoAccounts;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.ApiSession;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.client.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The RGAA sample of Boucle's pages (home, catalogue, listing, cart and checkout, orders, approval
 * inbox, agreements, stock, import, organisation, sign-in and sign-up, needs board, dashboard,
 * invoices, the accessibility declaration), each with the demo account that works on it, over the
 * demo marketplace already loaded. Shared by the browser tests that walk the whole sample
 * (ResponsiveBrowserIT, LanguageLeakBrowserIT).
 */
final class RgaaSample {

  static final String REQUESTER = "demandeur@boucle.demo";
  static final String APPROVER = "approbateur@boucle.demo";
  static final String BUYER_ADMIN = "acheteur@boucle.demo";
  static final String SUPPLIER_ADMIN = "fournisseur@boucle.demo";

  /** A page of the sample: where it is, and what shows its content is there. */
  record Page(String name, String path, By ready) {}

  private RgaaSample() {}

  /**
   * The pages of the sample by the account that opens them (null: a visitor), in the order they are
   * walked. Puts a line in the requester's cart so that the cart has something to check out.
   */
  static Map<String, List<Page>> pages(Sql sql, HttpClient client) {
    UUID orderable = orderableListing(sql);
    ApiSession requester =
        new ApiSession(client.toBlocking()).login(REQUESTER, DemoAccounts.PASSWORD);
    int minimum =
        (int) sql.count("SELECT minimum_order_quantity FROM listing WHERE id = ?", orderable);
    assertThat(OrderingFixtures.putInCart(requester, orderable, minimum).code()).isEqualTo(200);

    UUID requesterOrder =
        id(
            sql,
            "SELECT o.id FROM purchase_order o JOIN person p ON p.id = o.requester_id"
                + " WHERE p.email = ? AND o.number IS NOT NULL ORDER BY o.submitted_at DESC LIMIT 1",
            REQUESTER);
    UUID agreement =
        id(
            sql,
            "SELECT a.id FROM framework_agreement a JOIN person p ON p.organisation_id = a.buyer_id"
                + " WHERE p.email = ? AND a.status = 'ACTIVE' ORDER BY a.reference LIMIT 1",
            BUYER_ADMIN);
    UUID stockListing =
        id(
            sql,
            "SELECT l.id FROM listing l JOIN person p ON p.organisation_id = l.supplier_id"
                + " WHERE p.email = ? AND l.status = 'PUBLISHED' ORDER BY l.sku LIMIT 1",
            SUPPLIER_ADMIN);
    UUID supplierOrder =
        id(
            sql,
            "SELECT o.id FROM purchase_order o JOIN person p ON p.organisation_id = o.supplier_id"
                + " WHERE p.email = ? AND o.status = 'APPROVED' AND o.id <> ?"
                + " ORDER BY o.submitted_at DESC LIMIT 1",
            SUPPLIER_ADMIN,
            requesterOrder);

    Map<String, List<Page>> sample = new LinkedHashMap<>();
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
    return sample;
  }

  /** The account's short name for screenshots ("visitor" for null). */
  static String who(String email) {
    return email == null ? "visitor" : email.substring(0, email.indexOf('@'));
  }

  /** Signs in through the French sign-in form (the language the browser starts in). */
  static void signIn(BrowserSession browser, String email) {
    browser.open("/connexion");
    browser.type("Adresse électronique", email).type("Mot de passe", DemoAccounts.PASSWORD);
    browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/connexion")));
  }

  /** Waits for the page's own requests to end (no "Chargement…" / "Loading…" left in main). */
  static void waitUntilLoaded(BrowserSession browser) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(
            ExpectedConditions.and(
                ExpectedConditions.not(
                    ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main"), "Chargement")),
                ExpectedConditions.not(
                    ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main"), "Loading"))));
  }

  /** A published listing in stock that the requester's service can order under a lot in force. */
  private static UUID orderableListing(Sql sql) {
    return id(
        sql,
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

  private static UUID id(Sql sql, String query, Object... params) {
    return sql.one(query, rs -> (UUID) rs.getObject(1), params)
        .orElseThrow(() -> new AssertionError("nothing in the demo for: " + query));
  }
}
