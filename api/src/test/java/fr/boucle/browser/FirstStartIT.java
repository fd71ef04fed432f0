package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;

/**
 * What a newcomer sees after the README's first command, on a Boucle that {@code infra/test.sh}
 * started with {@code infra/start.sh} from an empty state directory: the demo catalogue, every demo
 * account signing in and landing on its own page with work on it. Runs only when that instance's
 * address is given in {@code BOUCLE_FIRST_START_URL}.
 */
@EnabledIfEnvironmentVariable(named = "BOUCLE_FIRST_START_URL", matches = "http.+")
class FirstStartIT {

  private static final String BASE = System.getenv("BOUCLE_FIRST_START_URL");
  private static final String PASSWORD = "boucle-demo-2026";
  private final HttpClient http = HttpClient.newHttpClient();

  /** Each demo account, where it lands, and what shows there is work to do. */
  private static final Map<String, Landing> LANDINGS = new LinkedHashMap<>();

  private record Landing(String path, By work) {}

  static {
    LANDINGS.put(
        "operateur@boucle.demo",
        new Landing("/operateur", By.cssSelector("[data-testid=operator-table] tbody tr")));
    LANDINGS.put(
        "fournisseur@boucle.demo",
        new Landing(
            "/commandes?aTraiter=1", By.cssSelector("[data-testid=orders-table] tbody tr")));
    LANDINGS.put(
        "atelier@boucle.demo",
        new Landing(
            "/commandes?aTraiter=1", By.cssSelector("[data-testid=orders-table] tbody tr")));
    LANDINGS.put(
        "acheteur@boucle.demo",
        new Landing("/accords-cadres", By.cssSelector("[data-testid=agreements-table] tbody tr")));
    LANDINGS.put(
        "demandeur@boucle.demo",
        new Landing("/catalogue", By.cssSelector("[data-testid=result-card]")));
    LANDINGS.put(
        "approbateur@boucle.demo",
        new Landing("/approbations", By.cssSelector("[data-testid=orders-table] tbody tr")));
  }

  @Test
  void theDemoIsLoadedAndTheCatalogueHoldsIt() throws Exception {
    String dataset = get("/api/demo/dataset");
    long listings = number(dataset, "listings");
    assertThat(listings).as("demo listings loaded (%s)", dataset).isGreaterThanOrEqualTo(1_000);
    assertThat(number(dataset, "orders")).as("orders of demo history").isGreaterThan(1_000);
    long total = number(get("/api/catalogue/search?size=1"), "total");
    assertThat(total)
        .as("listings a visitor finds in the catalogue, of %d loaded", listings)
        .isGreaterThan(listings * 8 / 10);
  }

  @Test
  void everyDemoAccountSignsInAndLandsOnItsWork() throws Exception {
    List<String> listed =
        Pattern.compile("\"email\":\"([^\"]+)\"")
            .matcher(get("/api/demo/accounts"))
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(LANDINGS.keySet()).containsAll(listed);
    for (Map.Entry<String, Landing> account : LANDINGS.entrySet()) {
      String email = account.getKey();
      Landing landing = account.getValue();
      String name = "first-start-" + email.substring(0, email.indexOf('@'));
      try (BrowserSession browser = new BrowserSession(BASE, name)) {
        browser.visit("/connexion", "sign-in");
        browser.type("Adresse électronique", email).type("Mot de passe", PASSWORD);
        browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
        browser.waitForUrlContaining(landing.path());
        browser.waitFor(landing.work());
        browser.settled("landing");
        assertThat(browser.driver().findElements(landing.work()))
            .as("%s lands on %s with something to do", email, landing.path())
            .isNotEmpty();
        if (INVOICING.contains(email)) {
          theDemoInvoicesShow(browser, email);
        }
        if (email.equals("acheteur@boucle.demo")) {
          theDashboardsShowTheDemoHistory(browser);
        }
        if (email.equals("acheteur@boucle.demo") || email.equals("fournisseur@boucle.demo")) {
          theNeedsBoardShowsDemoNeeds(browser, email);
        }
      }
    }
  }

  /** The demo accounts whose invoices the demo history issued or received. */
  private static final List<String> INVOICING =
      List.of("fournisseur@boucle.demo", "acheteur@boucle.demo");

  /**
   * The demo history's invoices are listed, some overdue with the interest owed, and an invoice's
   * Factur-X PDF (rendered on first download for the demo) downloads.
   */
  private static void theDemoInvoicesShow(BrowserSession browser, String email) {
    By rows = By.cssSelector("[data-testid=invoices-table] tbody tr");
    browser.visit("/factures", "invoices").waitFor(rows);
    browser.settled("invoices-listed");
    assertThat(browser.driver().findElements(rows)).as("%s's invoices", email).isNotEmpty();
    browser.visit("/factures?retard=1", "overdue-invoices").waitFor(rows);
    browser.settled("overdue-listed");
    browser.driver().findElement(By.cssSelector("[data-testid=invoices-table] tbody tr a")).click();
    browser.waitFor(By.cssSelector("[data-testid=overdue-interest]"));
    browser.settled("overdue-invoice");
    String href = browser.waitFor(By.cssSelector("[data-testid=invoice-pdf]")).getAttribute("href");
    Object pdf =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(async r => { const b = new Uint8Array(await r.arrayBuffer());"
                    + " done(r.status + ' ' + r.headers.get('content-type') + ' '"
                    + " + String.fromCharCode(...b.slice(0, 5))); })"
                    + ".catch(e => done('error ' + e));",
                href);
    assertThat(String.valueOf(pdf))
        .as("%s downloads a demo invoice", email)
        .isEqualTo("200 application/pdf %PDF-");
  }

  /** The buyer's dashboards open on the demo history: headline figures and charts drawn. */
  private static void theDashboardsShowTheDemoHistory(BrowserSession browser) {
    for (String tab : List.of("depenses", "agec", "emissions")) {
      browser.visit("/tableau-de-bord?rubrique=" + tab, "dashboard-" + tab);
      browser.waitFor(By.cssSelector(".boucle-kpi__value"));
      browser.waitFor(By.cssSelector(".boucle-chart svg"));
      browser.settled("dashboard-" + tab);
      assertThat(browser.driver().findElements(By.cssSelector(".boucle-chart svg")))
          .as("the %s tab draws its charts on the demo history", tab)
          .isNotEmpty();
    }
  }

  /** The demo needs board: the buyer's needs, and the open ones a supplier may answer. */
  private static void theNeedsBoardShowsDemoNeeds(BrowserSession browser, String email) {
    By items = By.cssSelector("[data-testid=needs-list] li h2 a");
    browser.visit("/besoins", "needs").waitFor(items);
    browser.settled("needs-board");
    assertThat(browser.driver().findElements(items)).as("%s's needs board", email).isNotEmpty();
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(BASE + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return response.body();
  }

  private static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
    assertThat(m.find()).as("%s in %s", field, json).isTrue();
    return Long.parseLong(m.group(1));
  }
}
