package fr.boucle.reporting;

import static fr.boucle.invoicing.InvoicingFixtures.delivered;
import static fr.boucle.ordering.OrderingFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.browser.BrowserSession;
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
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The buyer admin opens the Loi AGEC tab: Boucle's purchases and one made elsewhere against the
 * targets, enters another purchase; then the Émissions évitées tab with the office chairs named as
 * without data. Screenshots and an accessibility audit at each step.
 */
@MicronautTest(transactional = false)
class AgecBrowserIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
  private static final String TEXTILES =
      "Produits textiles à l'exception des équipements de protection individuels";

  @Test
  void buyerAdminReadsTheAgecFiguresAddsAPurchaseAndSeesTheEmissionsAvoided() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Ville du Réemploi")
            .buyingFrom("Ressourcerie AGEC", "SIAE_ACI")
            .lotCovering("mobilier-bureau", "gros-electromenager")
            .create();
    UUID chair = f.listing(trade.supplier(), "siege-bureau", 8_900, 2000, "LOT", 10);
    UUID fridge = f.listing(trade.supplier(), "refrigerateur", 32_150, 2000, "LOT", 5);
    delivered(trade, List.of(line(chair, 3), line(fridge, 2)));
    Map<String, Object> purchase = new LinkedHashMap<>();
    purchase.put("purchasedOn", YEAR + "-01-20");
    purchase.put("category", TEXTILES);
    purchase.put("description", "Tenues de travail");
    purchase.put("supplierName", "Textiles Services");
    purchase.put("totalExclVatCents", 500_000);
    purchase.put("reuseCents", 60_000);
    purchase.put("donationCents", 0);
    purchase.put("recycledCents", 120_000);
    assertThat(
            trade
                .buyer()
                .admin()
                .exchange(HttpRequest.POST("/api/reports/agec/purchases", purchase), Map.class)
                .code())
        .isEqualTo(201);

    try (BrowserSession claire = new BrowserSession(server.getURL().toString(), "agec-buyer")) {
      String target = "/tableau-de-bord?rubrique=agec&annee=" + YEAR;
      claire.visit(
          "/connexion?retour=" + URLEncoder.encode(target, StandardCharsets.UTF_8), "sign-in");
      claire
          .type("Adresse électronique", trade.buyer().org().adminEmail())
          .type("Mot de passe", AccessFixtures.PASSWORD);
      claire.driver().findElement(By.cssSelector("main button[type=submit]")).click();
      claire.waitForUrlContaining("/tableau-de-bord");
      claire.waitForText("Tenues de travail").settled("agec-tab");
      String table = text(claire, "agec-table");
      assertThat(table).contains("5 000,00").contains("643,00").contains("267,00");
      assertThat(text(claire, "declaration-where")).contains("30 juin " + (YEAR + 1));

      claire.type("Description", "Chaises reçues en don");
      claire.type("Fournisseur", "Commune voisine");
      new org.openqa.selenium.support.ui.Select(claire.field("Catégorie"))
          .selectByVisibleText("Mobilier et aménagement d'intérieur");
      claire.type("Montant total HT (€)", "400");
      claire.type("dont dons, valorisés par vous (€)", "400");
      claire.click("Ajouter");
      claire.waitForText("Chaises reçues en don").settled("purchase-added");
      assertThat(text(claire, "agec-table")).contains("667,00");

      claire.visit("/tableau-de-bord?rubrique=emissions&annee=" + YEAR, "emissions-tab");
      claire.waitForText("Catégories sans donnée").settled("emissions-tab-loaded");
      assertThat(text(claire, "emissions-missing")).contains("Siège de bureau");
      assertThat(text(claire, "emissions-table")).contains("Réfrigérateur").contains("510");
    }
  }

  private static String text(BrowserSession browser, String testId) {
    return browser
        .waitFor(By.cssSelector("[data-testid=" + testId + "]"))
        .getText()
        .replaceAll("[\\s\\u00a0\\u202f]+", " ")
        .trim();
  }
}
