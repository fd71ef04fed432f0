package fr.boucle.invoicing;

import static fr.boucle.invoicing.InvoicingFixtures.billable;
import static fr.boucle.invoicing.InvoicingFixtures.delivered;
import static fr.boucle.ordering.OrderingFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.browser.BrowserSession;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The supplier issues the invoice of a delivered order from the order page, downloads its Factur-X
 * PDF and records the buyer's transfer; the buyer admin then finds it paid among the invoices it
 * received, and the order paid.
 */
@MicronautTest(transactional = false)
class InvoicingBrowserIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Test
  void supplierIssuesDownloadsAndIsPaidThenTheBuyerSeesItPaid() throws Exception {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Ville de Facturation").buyingFrom("Atelier Factur-X", "SIAE_ACI").create();
    billable(trade, "LIABLE");
    UUID chair = f.listing(trade.supplier(), "siege-bureau", 12_345, 2000, "LOT", 10);
    // 3 × 123,45 € = 370,35 € HT, 74,07 € VAT: 444,42 € TTC.
    OrderViews.Order order = delivered(trade, List.of(line(chair, 3)));
    String base = server.getURL().toString();
    String invoicePath;

    try (BrowserSession awa = new BrowserSession(base, "invoicing-supplier")) {
      signIn(awa, trade.supplier().org().adminEmail(), "/commandes/" + order.id());
      awa.waitForText("Émettre la facture").settled("delivered-order");
      awa.click("Émettre la facture");
      awa.waitFor(By.cssSelector("dialog[open][data-testid=issue-dialog]"));
      assertThat(text(awa, "issue-dialog")).contains("444,42");
      awa.settled("confirm-issue");
      awa.driver()
          .findElement(
              By.xpath(
                  "//dialog[@data-testid='issue-dialog']//button[normalize-space(.)="
                      + "'Émettre la facture']"))
          .click();
      awa.waitForUrlContaining("/factures/");
      String heading = awa.waitFor(By.tagName("h1")).getText();
      java.util.regex.Matcher numbered =
          java.util.regex.Pattern.compile("FA-\\d{4}-\\d{6}").matcher(heading);
      assertThat(numbered.find()).as("invoice number in %s", heading).isTrue();
      awa.waitForText("444,42").settled("invoice-issued");
      invoicePath = new java.net.URI(awa.driver().getCurrentUrl()).getPath();
      assertThat(status(awa)).isEqualTo("Émise");
      assertThat(text(awa, "invoice-totals")).contains("370,35").contains("74,07");

      // The download is the Factur-X PDF: a PDF whose bytes carry the embedded factur-x.xml.
      String href = awa.waitFor(By.cssSelector("[data-testid=invoice-pdf]")).getAttribute("href");
      Object pdf =
          ((JavascriptExecutor) awa.driver())
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + " fetch(arguments[0], {credentials: 'same-origin'})"
                      + ".then(async r => { const b = new Uint8Array(await r.arrayBuffer());"
                      + " const head = String.fromCharCode(...b.slice(0, 5));"
                      + " done(r.status + ' ' + r.headers.get('content-type') + ' ' + head"
                      + " + ' ' + b.length); })"
                      + ".catch(e => done('error ' + e));",
                  href);
      assertThat(String.valueOf(pdf)).startsWith("200 application/pdf %PDF-");

      // The buyer pays by transfer; the supplier records it.
      awa.type("Montant (€)", "444,42");
      awa.click("Enregistrer le paiement");
      awa.waitForText("Le paiement de 444,42").settled("payment-recorded");
      assertThat(status(awa)).isEqualTo("Payée");
      assertThat(text(awa, "payments-table")).contains("444,42").contains("Virement");
    }

    try (BrowserSession louis = new BrowserSession(base, "invoicing-buyer")) {
      signIn(louis, trade.buyer().org().adminEmail(), "/factures");
      louis.waitForText("Factures à payer").waitForText("444,42").settled("buyer-invoices");
      louis.visit(invoicePath, "buyer-invoice").waitForText("Paiements reçus");
      assertThat(status(louis)).isEqualTo("Payée");
      assertThat(louis.driver().findElements(By.cssSelector("[data-testid=invoice-cii]")))
          .hasSize(1);
    }
    assertThat(OrderingFixtures.order(trade.requester(), order.id()).status())
        .isEqualTo(OrderStatus.PAID);
  }

  private static String text(BrowserSession browser, String testId) {
    return browser
        .waitFor(By.cssSelector("[data-testid=" + testId + "]"))
        .getText()
        .replaceAll("[\\s\\u00a0\\u202f]+", " ")
        .trim();
  }

  private static String status(BrowserSession browser) {
    return browser
        .waitFor(By.cssSelector("h1 [data-testid=invoice-status], [data-testid=invoice-status]"))
        .getAttribute("textContent")
        .trim();
  }

  private static void signIn(BrowserSession browser, String email, String target) {
    browser.visit(
        "/connexion?retour=" + URLEncoder.encode(target, StandardCharsets.UTF_8), "sign-in");
    browser.type("Adresse électronique", email).type("Mot de passe", AccessFixtures.PASSWORD);
    browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
    browser.waitForUrlContaining(target.replaceAll("\\?.*", ""));
  }
}
