package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.demo.DemoAccounts;
import fr.boucle.demo.DemoDataFixture;
import fr.boucle.organisation.ApiSession;
import fr.boucle.reporting.InclusiveReport;
import fr.boucle.reporting.InsertionHoursReport;
import fr.boucle.reporting.SalesReport;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * The demo's dashboards on first visit: the demo supplier's sales page (/ventes) and the demo
 * buyer's inclusive purchasing and insertion tab show the API's figures, with screenshots and no
 * serious accessibility violation.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesDashboardBrowserIT {

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject DemoDataFixture demo;

  @BeforeAll
  void loadTheDemo() {
    demo.loadWithHistory(20261122, 2_000);
  }

  @Test
  void theDemoSupplierSeesItsSalesAsTheApiCountsThem() {
    SalesReport api =
        new ApiSession(client.toBlocking())
            .login("fournisseur@boucle.demo", DemoAccounts.PASSWORD)
            .get("/api/reports/sales", SalesReport.class);
    assertThat(api.revenueCents()).isPositive();
    assertThat(api.byBuyer()).isNotEmpty();
    assertThat(api.stockRotation()).anySatisfy(r -> assertThat(r.medianDaysToSell()).isNotNull());
    assertThat(api.hoursDeclared().accepted()).isPositive();
    try (BrowserSession awa = new BrowserSession(server.getURL().toString(), "sales-dashboard")) {
      signIn(awa, "fournisseur@boucle.demo", "/ventes");
      awa.waitFor(By.cssSelector("[data-testid=orders-waiting]"));
      awa.waitFor(By.cssSelector("[data-testid=my-declarations]"));
      awa.settled("sales");
      String revenue =
          awa.driver().findElements(By.cssSelector(".boucle-kpi__value")).get(0).getText();
      assertThat(digits(revenue)).isEqualTo(String.valueOf(api.revenueCents()));
      String hours =
          awa.driver().findElements(By.cssSelector(".boucle-kpi__value")).get(2).getText();
      assertThat(digits(hours)).isEqualTo(String.valueOf(api.hoursDeclared().declared()));
      assertThat(
              digits(
                  awa.driver()
                      .findElement(By.cssSelector("[data-testid=waiting-toAccept]"))
                      .getText()))
          .isEqualTo(String.valueOf(api.ordersWaiting().toAccept()));
      assertThat(
              awa.driver()
                  .findElements(By.cssSelector("[data-testid=stock-rotation] tbody tr"))
                  .size())
          .isEqualTo(api.stockRotation().size());
      scrollTo(awa, "figure.boucle-chart");
      awa.screenshot("sales-charts");
      scrollTo(awa, "[data-testid=stock-rotation]");
      awa.screenshot("stock-rotation");
      scrollTo(awa, "[data-testid=hours-form]");
      awa.screenshot("hours-form");
    }
  }

  @Test
  void theDemoBuyerSeesItsInclusivePurchasesAndInsertionHours() {
    ApiSession admin =
        new ApiSession(client.toBlocking()).login("acheteur@boucle.demo", DemoAccounts.PASSWORD);
    InclusiveReport inclusive = admin.get("/api/reports/inclusive", InclusiveReport.class);
    InsertionHoursReport hours =
        admin.get("/api/reports/insertion-hours", InsertionHoursReport.class);
    assertThat(inclusive.totalCents()).isPositive();
    assertThat(inclusive.inclusiveShareBp()).isNotNull();
    assertThat(hours.lots()).isNotEmpty();
    try (BrowserSession louis = new BrowserSession(server.getURL().toString(), "inclusion-tab")) {
      signIn(louis, "acheteur@boucle.demo", "/tableau-de-bord?rubrique=inclusion");
      louis.waitForText("Part des achats inclusifs");
      louis.waitFor(By.cssSelector("[data-testid=declarations-1]"));
      louis.settled("inclusion");
      String share =
          louis.driver().findElements(By.cssSelector(".boucle-kpi__value")).get(0).getText();
      assertThat(digits(share))
          .isEqualTo(
              digits(String.format(Locale.FRANCE, "%.1f", inclusive.inclusiveShareBp() / 100.0)));
      String total =
          louis.driver().findElements(By.cssSelector(".boucle-kpi__value")).get(1).getText();
      assertThat(digits(total)).isEqualTo(String.valueOf(inclusive.totalCents()));
      assertThat(
              louis.driver().findElements(By.cssSelector("main table[data-testid^=declarations-]")))
          .hasSize((int) hours.lots().stream().filter(l -> !l.declarations().isEmpty()).count());
      scrollTo(louis, "figure.boucle-chart");
      louis.screenshot("inclusive-chart");
      scrollTo(louis, "article figure.boucle-chart");
      louis.screenshot("planned-versus-realised");
      scrollTo(louis, "[data-testid=declarations-1]");
      louis.screenshot("declarations");
    }
  }

  private static void scrollTo(BrowserSession browser, String css) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block:'start'})",
            browser.driver().findElement(By.cssSelector(css)));
  }

  private static String digits(String text) {
    return text.replaceAll("[^0-9]", "");
  }

  private static void signIn(BrowserSession browser, String email, String target) {
    browser.visit(
        "/connexion?retour=" + URLEncoder.encode(target, StandardCharsets.UTF_8), "sign-in");
    browser.type("Adresse électronique", email).type("Mot de passe", DemoAccounts.PASSWORD);
    browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
    browser.waitForUrlContaining(target.replaceAll("\\?.*", ""));
  }
}
