package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.demo.DemoAccounts;
import fr.boucle.demo.DemoDataFixture;
import fr.boucle.organisation.ApiSession;
import fr.boucle.reporting.SpendAlertList;
import fr.boucle.reporting.SpendBreakdown;
import fr.boucle.reporting.SpendOverview;
import fr.boucle.reporting.internal.WatchSpendAlerts;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The buyer's dashboard on the demo marketplace with its two years of history, as the demo accounts
 * see it on first visit: each tab shows the figures its API answers, is screenshot and has no
 * serious or critical accessibility violation. One test method per tab.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT {

  private static final String ADMIN = "acheteur@boucle.demo";
  private static final String APPROVER = "approbateur@boucle.demo";

  @Inject EmbeddedServer server;
  @Inject DemoDataFixture demo;
  @Inject WatchSpendAlerts spendAlerts;

  @Inject
  @Client("/")
  HttpClient client;

  @BeforeAll
  void theDemoWithItsHistory() {
    demo.loadWithHistory(20261122L, 800);
    // What the sweep does a few seconds after the first start: the demo's lots past 80 % alert.
    spendAlerts.sweep();
  }

  @Test
  void spendTabShowsTheBuyerAdminTheFiguresOfTheApiAndTheAlerts() {
    SpendOverview api = api(ADMIN).get("/api/reports/spend", SpendOverview.class);
    assertThat(api.totals().committedCents() + api.totals().invoicedCents()).isPositive();
    try (BrowserSession browser = openTab(ADMIN, "depenses", "spend-admin")) {
      assertThat(kpis(browser)).containsExactlyElementsOf(headline(api));
      // The alerts the API has are shown (their own request, after the headline figures). How
      // far the demo's lots are consumed depends on the day it is loaded, so not whether any.
      SpendAlertList apiAlerts = api(ADMIN).get("/api/reports/spend/alerts", SpendAlertList.class);
      if (!apiAlerts.alerts().isEmpty()) {
        browser.waitFor(By.cssSelector(".boucle-spend__alerts .fr-alert__title"));
      }
      List<String> alerts =
          browser
              .driver()
              .findElements(By.cssSelector(".boucle-spend__alerts .fr-alert__title"))
              .stream()
              .map(WebElement::getText)
              .toList();
      assertThat(alerts.isEmpty())
          .as("alerts shown as the API has them")
          .isEqualTo(apiAlerts.alerts().isEmpty());
      assertThat(browser.driver().findElements(By.cssSelector(".boucle-chart svg")))
          .as("charts drawn")
          .hasSizeGreaterThanOrEqualTo(5);
      scrollTo(browser, ".boucle-dashboard__kpis", "spend-figures");
      scrollTo(browser, ".boucle-chart", "spend-lots-chart");
      scrollTo(browser, ".boucle-spend__table", "spend-lots-table");
    }
  }

  @Test
  void spendTabShowsTheApproverOnlyTheirServicesPart() {
    ApiSession approver = api(APPROVER);
    SpendOverview theirs = approver.get("/api/reports/spend", SpendOverview.class);
    SpendOverview all = api(ADMIN).get("/api/reports/spend", SpendOverview.class);
    long theirConsumed = theirs.totals().committedCents() + theirs.totals().invoicedCents();
    assertThat(theirConsumed)
        .isPositive()
        .isLessThan(all.totals().committedCents() + all.totals().invoicedCents());
    SpendBreakdown services =
        approver.get("/api/reports/spend/breakdown?by=service", SpendBreakdown.class);
    try (BrowserSession browser = openTab(APPROVER, "depenses", "spend-approver")) {
      assertThat(kpis(browser)).containsExactlyElementsOf(headline(theirs));
      scrollTo(browser, ".boucle-dashboard__kpis", "spend-figures");
      WebElement serviceTable =
          browser.waitFor(By.xpath("//figure[h3='Consommation par service']"));
      List<String> rows =
          serviceTable.findElements(By.cssSelector("tbody th")).stream()
              .map(th -> th.getAttribute("textContent").trim())
              .toList();
      assertThat(rows)
          .containsExactlyElementsOf(
              services.rows().stream().map(SpendBreakdown.Row::label).toList());
    }
  }

  /** Signs in through the form and opens a tab of the dashboard once its figures are shown. */
  private BrowserSession openTab(String email, String slug, String name) {
    BrowserSession browser = new BrowserSession(server.getURL().toString(), name);
    browser.visit("/connexion", "sign-in");
    browser.type("Adresse électronique", email).type("Mot de passe", DemoAccounts.PASSWORD);
    browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/connexion")));
    browser.driver().get(browserUrl(browser) + "/tableau-de-bord?rubrique=" + slug);
    browser.waitFor(By.cssSelector(".boucle-kpi__value"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(d -> d.findElements(By.cssSelector(".boucle-chart svg")).size() >= 2);
    browser.settled(slug);
    return browser;
  }

  private static void scrollTo(BrowserSession browser, String selector, String step) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", selector);
    browser.screenshot(step);
  }

  private static String browserUrl(BrowserSession browser) {
    String url = browser.driver().getCurrentUrl();
    return url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
  }

  private ApiSession api(String email) {
    return new ApiSession(client.toBlocking()).login(email, DemoAccounts.PASSWORD);
  }

  /** The headline figures as shown, spaces of every kind left out: "1234,56€". */
  private static List<String> kpis(BrowserSession browser) {
    return browser.driver().findElements(By.cssSelector(".boucle-kpi__value")).stream()
        .map(e -> e.getText().replaceAll("[\\s\\u00a0\\u202f]", ""))
        .toList();
  }

  /** The headline figures the page should show for an overview: maximum, consumed, invoiced… */
  private static List<String> headline(SpendOverview o) {
    SpendOverview.Figures t = o.totals();
    return List.of(
        euros(t.maximumCents()),
        euros(t.committedCents() + t.invoicedCents()),
        euros(t.invoicedCents()),
        euros(t.committedCents()),
        euros(t.remainingCents()));
  }

  private static String euros(long cents) {
    DecimalFormat format =
        new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.FRANCE));
    return format.format(BigDecimal.valueOf(cents, 2)) + "€";
  }
}
