package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.TestMail;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** A supplier imports a small CSV through the wizard: upload, mapping, check, run, summary. */
@MicronautTest(transactional = false)
@SuppressWarnings("rawtypes")
class StockImportBrowserIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void supplierImportsACsvWithOneBadLineAndSeesTheSummary() throws Exception {
    AccessFixtures.Org supplier =
        new AccessFixtures(client.toBlocking()).supplier("Recyclerie Import Navigateur");
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("name", "Dépôt de Roubaix");
    site.put("street", "3 rue du Réemploi");
    site.put("postcode", "59100");
    site.put("city", "Roubaix");
    site.put("department", "59");
    site.put("latitude", 50.69);
    site.put("longitude", 3.18);
    HttpResponse<Map> depot =
        supplier.admin().exchange(HttpRequest.POST("/api/organisation/depots", site), Map.class);
    assertThat(depot.code()).isEqualTo(201);

    Path csv = Files.createTempFile("stock-navigateur", ".csv");
    Files.writeString(
        csv,
        "Référence;Désignation;Catégorie;État;Origine;Prix HT;Quantité\n"
            + "NAV-1;Réfrigérateur combiné;Réfrigérateur;Très bon état;Reconditionné;189,90;2\n"
            + "NAV-2;Chaise empilable;Chaise;Bon état;Réemploi;12,50;-4\n"
            + "NAV-3;Siège de bureau;Siège de bureau;Comme neuf;Réemploi;89;1\n",
        StandardCharsets.UTF_8);

    try (BrowserSession awa = new BrowserSession(server.getURL().toString(), "stock-import")) {
      awa.visit("/connexion", "sign-in");
      awa.type("Adresse électronique", supplier.adminEmail())
          .type("Mot de passe", AccessFixtures.PASSWORD);
      awa.driver().findElement(By.cssSelector("main button[type=submit]")).click();
      awa.waitForUrlContaining("/commandes?aTraiter=1"); // a supplier lands on its orders

      awa.visit("/stock/import", "upload").waitForText("Envoi du fichier");
      awa.driver().findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
      awa.click("Envoyer le fichier").waitForText("Correspondance des colonnes").settled("mapping");
      assertThat(awa.field("Colonne « Prix HT »").getDomProperty("value"))
          .isEqualTo("priceExclVat");

      awa.click("Vérifier le fichier")
          .waitForText("Résultat de la vérification")
          .settled("preview");
      assertThat(awa.driver().findElement(By.cssSelector("[data-testid=import-counts]")).getText())
          .containsIgnoringCase("Annonces créées : 2") // DSFR badges are shown in capitals
          .containsIgnoringCase("Lignes refusées : 1");
      assertThat(awa.driver().findElement(By.tagName("main")).getText()).contains("-4");

      awa.click("Lancer l’import").waitForText("Import terminé").settled("summary");
      assertThat(awa.driver().findElement(By.tagName("main")).getText())
          .contains("2 créées, 0 mises à jour, 0 inchangées, 1 refusées.")
          .contains("Télécharger le rapport d’erreurs (CSV)");
    } finally {
      Files.deleteIfExists(csv);
    }
  }
}
