package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.catalogue.internal.CatalogueReindexer;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17's "done when", clicked through: a requester in Vitry-sur-Seine publishes a call-off need
 * for office chairs through the form, the furniture supplier serving the Val-de-Marne finds it on
 * the board and answers with a listing of its stock, the requester compares the proposal, puts it
 * in the cart and checks out: the proposal becomes an order. The board, the form and both sides of
 * the need page are screenshot and have no serious or critical accessibility violation.
 */
@MicronautTest(transactional = false)
class NeedsBrowserIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;
  @Inject CatalogueReindexer reindexer;

  @Test
  void aRequesterPublishesANeedTheSupplierAnswersAndTheProposalBecomesAnOrder() throws Exception {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Ville de Vitry-sur-Seine")
            .buyingFrom("Mobilier Solidaire 94", "SIAE_ACI")
            .lotCovering("mobilier-bureau")
            .discountedBy(1000)
            .create();
    OrderingFixtures.Supplier furniture = trade.supplier();
    sql.update(
        "UPDATE organisation SET departments_served = ? WHERE id = ?",
        List.of("94", "93"),
        furniture.org().id());
    UUID chair = f.listing(furniture, "siege-bureau", 8_000, 2000, "LOT", 40);
    reindexer.reindex(done -> {});

    // A requester of the Vitry media library (département 94) only.
    Map<String, Object> site = OrderingFixtures.site("Médiathèque de Vitry", 10_000_000);
    site.put("street", "1 place Saint-Just");
    site.put("postcode", "94400");
    site.put("city", "Vitry-sur-Seine");
    site.put("department", "94");
    site.put("latitude", 48.7875);
    site.put("longitude", 2.3928);
    UUID vitry =
        UUID.fromString(
            (String)
                OrderingFixtures.created(
                        trade
                            .buyer()
                            .admin()
                            .exchange(
                                HttpRequest.POST("/api/organisation/services", site), Map.class))
                    .get("id"));
    String requesterEmail = "vitry-" + UUID.randomUUID() + "@acheteur.test";
    provisioning.createPerson(
        trade.buyer().org().id(),
        requesterEmail,
        "Nadia Benali",
        AccessFixtures.PASSWORD,
        Set.of(Role.REQUESTER),
        Set.of(vitry));
    String supplierEmail = furniture.org().adminEmail();
    String title = "30 chaises de bureau " + UUID.randomUUID().toString().substring(0, 8);
    String base = server.getURL().toString();

    // The requester publishes the need through the form.
    String needPath;
    try (BrowserSession nadia = new BrowserSession(base, "needs-publish")) {
      signIn(nadia, requesterEmail, "/besoins/nouveau");
      nadia.waitForText("Publier un besoin").settled("need-form");
      nadia.type("Intitulé", title);
      nadia.type("Description", "Pour la nouvelle médiathèque, livraison au rez-de-chaussée.");
      select(nadia, "Catégories", "siege-bureau");
      nadia.type("Quantité", "30");
      select(nadia, "Lieu de livraison (service)", vitry.toString());
      nadia.setDate("Date de clôture des réponses", LocalDate.now().plusDays(14).toString());
      nadia.setDate("Date souhaitée", LocalDate.now().plusDays(30).toString());
      nadia.type("Budget maximum (€ HT)", "3000");
      radio(nadia, "need-kind-CALL_OFF");
      select(nadia, "Lot de l’accord-cadre", trade.lotId().toString());
      radio(nadia, "need-visibility-DEPARTMENT");
      nadia.settled("need-form-filled");
      nadia.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
      new org.openqa.selenium.support.ui.WebDriverWait(
              nadia.driver(), java.time.Duration.ofSeconds(15))
          .until(d -> d.getCurrentUrl().matches(".*/besoins/[0-9a-f-]{36}$"));
      needPath = new URI(nadia.driver().getCurrentUrl()).getPath();
      nadia.waitForText(title).settled("need-published");
    }
    UUID needId = UUID.fromString(needPath.substring(needPath.lastIndexOf('/') + 1));
    assertThat(
            sql.count(
                "SELECT count(*) FROM need WHERE id = ? AND kind = 'CALL_OFF'"
                    + " AND visibility = 'DEPARTMENT' AND quantity = 30 AND lot_id = ?",
                needId,
                trade.lotId()))
        .isEqualTo(1);

    // The supplier finds it on the board and answers with its chairs.
    try (BrowserSession awa = new BrowserSession(base, "needs-answer")) {
      signIn(awa, supplierEmail, "/besoins");
      awa.waitForText(title).settled("supplier-board");
      awa.click(title).waitForUrlContaining(needPath);
      awa.waitForText("Répondre à ce besoin").settled("supplier-need");
      awa.type("Message à l’acheteur", "Nous avons ces chaises en stock.");
      select(awa, "Article 1", chair.toString());
      awa.type("Quantité 1", "30");
      awa.settled("answer-filled");
      awa.click("Envoyer la réponse").waitForText("Réponse envoyée.").settled("answer-sent");
    }
    // The lot's terms: 80.00 € less 10 % = 72.00 € a chair, 30 chairs = 2,160.00 €.
    assertThat(
            sql.count(
                "SELECT count(*) FROM need_answer WHERE need_id = ? AND supplier_id = ?",
                needId,
                furniture.org().id()))
        .isEqualTo(1);

    // The requester compares, puts the proposal in the cart and checks out.
    try (BrowserSession nadia = new BrowserSession(base, "needs-accept")) {
      signIn(nadia, requesterEmail, needPath);
      nadia.waitForText("Comparer les réponses").settled("buyer-need-with-answer");
      WebElement table = nadia.waitFor(By.cssSelector(".boucle-needs__compare table"));
      String row = plain(table.findElement(By.cssSelector("tbody tr")).getText());
      assertThat(row).contains("Mobilier Solidaire 94").contains("2 160,00 €").contains("En stock");
      ((JavascriptExecutor) nadia.driver())
          .executeScript("arguments[0].scrollIntoView({block: 'start'})", table);
      nadia.screenshot("comparison-table");
      nadia.click("Mettre au panier").waitForText("ligne(s) ajoutée(s) à votre panier");
      nadia.settled("proposal-accepted");
      nadia.click("Voir le panier").waitForUrlContaining("/panier");
      nadia.waitForText("Valider la commande").settled("cart");
      WebElement checkout = nadia.waitFor(By.cssSelector("[data-testid=checkout]"));
      assertThat(plain(checkout.getText())).contains("2 160,00");
      Select service = new Select(nadia.driver().findElement(By.id("checkout-service")));
      if (service.getFirstSelectedOption().getAttribute("value").isEmpty()) {
        service.selectByValue(vitry.toString());
      }
      ((JavascriptExecutor) nadia.driver())
          .executeScript("arguments[0].scrollIntoView({block: 'start'})", checkout);
      nadia.screenshot("checkout");
      nadia.click("Valider la commande").waitForUrlContaining("/commandes/");
      nadia.waitForText("Votre commande est passée.").settled("order-placed");
    }
    assertThat(
            sql.count(
                "SELECT count(*) FROM order_line l JOIN purchase_order o ON o.id = l.order_id"
                    + " WHERE l.listing_id = ? AND l.quantity = 30 AND l.unit_price_excl_vat_cents = 7200",
                chair))
        .isEqualTo(1);
  }

  private static String plain(String text) {
    return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").trim();
  }

  private static void select(BrowserSession browser, String label, String value) {
    WebElement element = browser.field(label);
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(15))
        .until(
            d -> element.findElements(By.cssSelector("option[value='" + value + "']")).size() == 1);
    new Select(element).selectByValue(value);
  }

  private static void radio(BrowserSession browser, String id) {
    browser.waitFor(By.cssSelector("label[for='" + id + "']")).click();
  }

  private static void signIn(BrowserSession browser, String email, String target) {
    browser.visit(
        "/connexion?retour=" + URLEncoder.encode(target, StandardCharsets.UTF_8), "sign-in");
    browser.type("Adresse électronique", email).type("Mot de passe", AccessFixtures.PASSWORD);
    browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
    browser.waitForUrlContaining(target);
  }
}
