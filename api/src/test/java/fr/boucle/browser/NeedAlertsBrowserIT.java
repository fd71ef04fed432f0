package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Saved searches and notifications clicked through: a supplier saves the board's filters as a
 * search mailed at once, finds it in "Mes recherches enregistrées", is notified of a matching need
 * in the header's bell and on /notifications, and unsubscribes from the mail's link without signing
 * in. Every page is screenshot and has no serious or critical accessibility violation.
 */
@MicronautTest(transactional = false)
class NeedAlertsBrowserIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  private static final Pattern PAGE_LINK =
      Pattern.compile("(/besoins/desabonnement/[A-Za-z0-9_-]+)");

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Test
  void aSupplierSavesASearchIsNotifiedAndUnsubscribes() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Buyer buyer = f.buyer("Ville de Montreuil", 10_000_000);
    OrderingFixtures.Supplier supplier = f.supplier("Mobilier Solidaire 93", "SIAE_ACI");
    sql.update(
        "UPDATE organisation SET departments_served = ? WHERE id = ?",
        List.of("93"),
        supplier.org().id());
    String base = server.getURL().toString();

    try (BrowserSession awa = new BrowserSession(base, "need-alerts-save")) {
      signIn(awa, supplier.org().adminEmail(), "/besoins?categorie=mobilier-bureau&departement=93");
      awa.waitForText("Besoins des acheteurs").settled("filtered-board");
      awa.click("Enregistrer cette recherche").waitForText("Alertes par e-mail");
      awa.type("Nom de la recherche", "Mobilier du 93");
      awa.waitFor(By.cssSelector("label[for='save-search-frequency-IMMEDIATE']")).click();
      awa.settled("save-search-form");
      awa.driver()
          .findElement(
              By.cssSelector("form[aria-labelledby=save-search-title] button[type=submit]"))
          .click();
      awa.waitForText("Recherche « Mobilier du 93 » enregistrée.").settled("search-saved");
      awa.visit("/besoins/recherches", "saved-searches").waitForText("Mobilier du 93");
    }
    assertThat(
            sql.count(
                "SELECT count(*) FROM need_saved_search WHERE supplier_id = ? AND name = ?"
                    + " AND category_ids = '{mobilier-bureau}' AND departments = '{93}'"
                    + " AND frequency = 'IMMEDIATE'",
                supplier.org().id(),
                "Mobilier du 93"))
        .isEqualTo(1);

    // A requester in the 93 publishes office chairs: the supplier is mailed and notified.
    Map<String, Object> need = new HashMap<>();
    need.put("title", "Chaises pour la crèche Jean-Jaurès");
    need.put("description", "Chaises de bureau pour l'équipe.");
    need.put("categoryIds", List.of("siege-bureau"));
    need.put("quantity", 8);
    need.put("serviceId", buyer.serviceId().toString());
    need.put("closingDate", LocalDate.now().plusDays(10).toString());
    need.put("kind", "QUOTE");
    need.put("visibility", "ALL_SUPPLIERS");
    assertThat(buyer.requester().exchange(HttpRequest.POST("/api/needs", need), Map.class).code())
        .isEqualTo(201);

    try (BrowserSession awa = new BrowserSession(base, "need-alerts-notified")) {
      signIn(awa, supplier.org().adminEmail(), "/notifications");
      awa.waitFor(By.cssSelector("[data-testid=notification-bell] .fr-badge"));
      assertThat(
              awa.driver()
                  .findElement(By.cssSelector("[data-testid=notification-bell]"))
                  .getAttribute("textContent"))
          .contains("1 non lue");
      awa.waitForText("Nouveau besoin pour vos recherches : Chaises pour la crèche Jean-Jaurès")
          .settled("notifications");
      awa.click("Tout marquer comme lu");
      new org.openqa.selenium.support.ui.WebDriverWait(
              awa.driver(), java.time.Duration.ofSeconds(15))
          .until(d ->
              d.findElement(By.cssSelector("[data-testid=notification-bell]"))
                  .getAttribute("textContent")
                  .contains("aucune non lue"));
      awa.settled("all-read");
    }

    String body =
        sql.one(
                "SELECT body FROM mail_outbox WHERE recipient = ? AND subject LIKE ?",
                rs -> rs.getString(1),
                supplier.org().adminEmail(),
                "Nouveau besoin pour votre recherche%")
            .orElseThrow();
    Matcher link = PAGE_LINK.matcher(body);
    assertThat(link.find()).isTrue();
    try (BrowserSession anyone = new BrowserSession(base, "need-alerts-unsubscribe")) {
      anyone.visit(link.group(1), "unsubscribe-opened");
      anyone
          .waitForText("Vous ne recevrez plus d’e-mails pour ces recherches")
          .waitForText("Mobilier du 93")
          .settled("unsubscribed");
    }
    assertThat(
            sql.count(
                "SELECT count(*) FROM need_saved_search WHERE supplier_id = ? AND frequency = 'NONE'",
                supplier.org().id()))
        .isEqualTo(1);
  }

  private static void signIn(BrowserSession browser, String email, String target) {
    browser.visit(
        "/connexion?retour=" + URLEncoder.encode(target, StandardCharsets.UTF_8), "sign-in");
    browser.type("Adresse électronique", email).type("Mot de passe", AccessFixtures.PASSWORD);
    browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
    browser.waitForUrlContaining(
        target.substring(0, target.indexOf('?') < 0 ? target.length() : target.indexOf('?')));
  }
}
