package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 19's "done when", clicked through: a requester downloads the copy of their data from their
 * account page; another requester erases their account; their order stays, shown to the buyer's
 * administrator under the pseudonym, and their address no longer signs in. Every page is screenshot
 * and audited for accessibility.
 */
@MicronautTest(transactional = false)
class PrivacyBrowserIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Test
  void aPersonDownloadsTheirDataAnotherErasesTheirAccountAndTheirOrderStaysUnderAPseudonym() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Ville de Pantin " + UUID.randomUUID())
            .buyingFrom("Ressourcerie du Canal", "SIAE_ACI")
            .lotCovering("chaise")
            .create();
    UUID chair = f.listing(trade.supplier(), "chaise", 4_500, 2000, "LOT", 20);
    String keptNumber = placeOrder(trade.requester(), trade.serviceId(), chair, "keep-1");
    String chloe =
        sql.one(
                "SELECT email FROM person WHERE id = ?",
                rs -> rs.getString(1),
                trade.buyer().requesterId())
            .orElseThrow();
    String inesEmail = "ines-" + UUID.randomUUID() + "@pantin.test";
    UUID ines =
        provisioning.createPerson(
            trade.buyer().org().id(),
            inesEmail,
            "Inès Robert",
            AccessFixtures.PASSWORD,
            Set.of(Role.REQUESTER),
            Set.of(trade.serviceId()));
    ApiSession inesApi =
        new ApiSession(client.toBlocking()).login(inesEmail, AccessFixtures.PASSWORD);
    OrderViews.Order inesOrder =
        OrderingFixtures.firstOrder(
            OrderingFixtures.submit(
                inesApi,
                "erase-1",
                OrderingFixtures.order(
                    trade.serviceId(), List.of(OrderingFixtures.line(chair, 3)))));
    String base = server.getURL().toString();

    // Chloé downloads the copy of her data from her account page.
    try (BrowserSession browser = new BrowserSession(base, "privacy-copy")) {
      signIn(browser, chloe, "/compte");
      browser.waitForText("Obtenir une copie de mes données").settled("account");
      String json = fetch(browser, "[data-testid=personal-data-json]");
      assertThat(json)
          .startsWith("200 ")
          .contains("\"email\":\"" + chloe + "\"")
          .contains("\"reference\":\"" + keptNumber + "\"")
          .doesNotContain("argon2");
      String summary = fetch(browser, "[data-testid=personal-data-summary]");
      assertThat(summary).startsWith("200 ").contains("Vos données personnelles", keptNumber);
    }

    // Inès erases her account, after confirming.
    try (BrowserSession browser = new BrowserSession(base, "privacy-erase")) {
      signIn(browser, inesEmail, "/compte");
      browser.waitForText("Effacer mon compte").settled("account");
      browser.click("Effacer mon compte");
      browser.waitFor(By.cssSelector("[data-testid=erasure-dialog]"));
      browser.screenshot("confirm");
      browser.click("Effacer définitivement");
      browser.waitForUrlContaining("/compte/efface");
      browser.waitForText("Votre compte a été effacé").settled("erased");

      // Her address no longer signs in.
      browser.visit("/connexion", "sign-in-again");
      browser.type("Adresse électronique", inesEmail).type("Mot de passe", AccessFixtures.PASSWORD);
      browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
      browser.waitFor(By.cssSelector("[data-testid=signin-error]"));
      browser.settled("refused");
      assertThat(browser.driver().getCurrentUrl()).contains("/connexion");
    }
    int number =
        sql.one("SELECT erasure_number FROM person WHERE id = ?", rs -> rs.getInt(1), ines)
            .orElseThrow();

    // Her order stays; the buyer's administrator sees it under the pseudonym.
    try (BrowserSession browser = new BrowserSession(base, "privacy-order-kept")) {
      signIn(browser, trade.buyer().org().adminEmail(), "/commandes/" + inesOrder.id());
      browser.waitForText("Agent supprimé #" + number).settled("order");
      assertThat(browser.driver().findElement(By.cssSelector("main")).getText())
          .doesNotContain("Inès Robert")
          .doesNotContain(inesEmail);
    }
  }

  private static String placeOrder(ApiSession requester, UUID service, UUID listing, String key) {
    HttpResponse<OrderViews.Submitted> placed =
        OrderingFixtures.submit(
            requester,
            key,
            OrderingFixtures.order(service, List.of(OrderingFixtures.line(listing, 2))));
    UUID id = OrderingFixtures.firstOrder(placed).id();
    return OrderingFixtures.order(requester, id).number();
  }

  /** Fetches a link's address with the page's session: "status body". */
  private static String fetch(BrowserSession browser, String selector) {
    String href = browser.waitFor(By.cssSelector(selector)).getAttribute("href");
    return String.valueOf(
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(async r => done(r.status + ' ' + await r.text()))"
                    + ".catch(e => done('error ' + e));",
                href));
  }

  private static void signIn(BrowserSession browser, String email, String target) {
    browser.visit(
        "/connexion?retour=" + URLEncoder.encode(target, StandardCharsets.UTF_8), "sign-in");
    browser.type("Adresse électronique", email).type("Mot de passe", AccessFixtures.PASSWORD);
    browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
    browser.waitForUrlContaining(target);
  }
}
