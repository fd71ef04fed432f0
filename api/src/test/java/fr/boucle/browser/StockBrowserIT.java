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
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A supplier's first listing, clicked through: empty stock, the form refusing a bad price then
 * creating the listing, the table, a quick quantity change that survives a reload, publication.
 */
@MicronautTest(transactional = false)
@SuppressWarnings({"rawtypes"})
class StockBrowserIT {

  private static final String TITLE = "Lave-linge Bosch 7 kg";

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void supplierCreatesAListingFixesABadPriceSetsItsQuantityAndPublishesIt() throws Exception {
    AccessFixtures.Org supplier =
        new AccessFixtures(client.toBlocking()).supplier("Recyclerie Stock " + System.nanoTime());
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("name", "Dépôt de Montreuil");
    site.put("street", "12 rue des Ateliers");
    site.put("postcode", "93100");
    site.put("city", "Montreuil");
    site.put("department", "93");
    site.put("latitude", 48.8638);
    site.put("longitude", 2.4485);
    HttpResponse<Map> depot =
        supplier.admin().exchange(HttpRequest.POST("/api/organisation/depots", site), Map.class);
    assertThat(depot.code()).as("depot %s", depot.getBody(String.class)).isEqualTo(201);

    try (BrowserSession awa = new BrowserSession(server.getURL().toString(), "stock")) {
      try {
        signIn(awa, supplier.adminEmail());

        awa.visit("/stock", "stock-empty").waitFor(By.cssSelector("[data-testid=stock-empty]"));
        awa.click("Nouvelle annonce").waitFor(By.cssSelector("[data-testid=listing-form]"));
        awa.settled("new-listing-form");

        awa.type("Référence (SKU)", "BR-001").type("Titre", TITLE);
        new Select(awa.field("Catégorie")).selectByValue("lave-linge");
        label(awa, "Très bon état").click();
        label(awa, "Reconditionné").click();
        replace(awa.field("Quantité initiale disponible"), "3");
        // More than the API accepts: the server names the field, the form shows it.
        replace(awa.field("Prix unitaire HT (€)"), "2000000");
        awa.click("Créer l'annonce");
        WebElement summary = awa.waitFor(By.cssSelector("[data-testid=listing-errors]"));
        assertThat(summary.getText()).contains("Prix unitaire HT");
        assertThat(awa.waitFor(By.id("listing-priceExclVat-error")).getText()).isNotBlank();
        awa.settled("bad-price");

        replace(awa.field("Prix unitaire HT (€)"), "189,90");
        assertThat(
                awa.driver()
                    .findElement(By.cssSelector("[data-testid=listing-price-incl]"))
                    .getText())
            .contains("227,88");
        awa.click("Créer l'annonce");
        awa.waitFor(By.cssSelector("[data-testid=listing-created]"));
        awa.settled("listing-created");
        assertThat(awa.driver().getCurrentUrl()).matches(".*/stock/[0-9a-f-]{36}$");

        // A photo: uploaded from the listing page, derived and shown as a thumbnail.
        java.nio.file.Path png = java.nio.file.Files.createTempFile("lave-linge", ".png");
        java.awt.image.BufferedImage picture =
            new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 800, 600);
        g.setColor(java.awt.Color.DARK_GRAY);
        g.fillOval(250, 150, 300, 300);
        g.dispose();
        javax.imageio.ImageIO.write(picture, "png", png.toFile());
        awa.driver()
            .findElement(By.cssSelector("[data-testid=photo-manager] input[type=file]"))
            .sendKeys(png.toAbsolutePath().toString());
        WebElement manager =
            awa.driver().findElement(By.cssSelector("[data-testid=photo-manager]"));
        ((org.openqa.selenium.JavascriptExecutor) awa.driver())
            .executeScript("arguments[0].scrollIntoView();", manager);
        // RGAA 1.3: the photo is described before it is sent; its file name is no description.
        awa.waitFor(By.cssSelector("[data-testid=pending-photos]"));
        awa.type("Description de « " + png.getFileName() + " »", png.getFileName().toString());
        awa.click("Envoyer les photos");
        awa.waitForText("pas un nom de fichier");
        awa.settled("photo-description-refused");
        awa.type("Description de « " + png.getFileName() + " »", "Lave-linge blanc vu de face");
        awa.click("Envoyer les photos");
        WebElement thumbnail;
        try {
          thumbnail = awa.waitFor(By.cssSelector("[data-testid=photo-item] img"));
        } catch (RuntimeException e) {
          awa.screenshot("photo-failure");
          throw new AssertionError("photo manager says: " + manager.getText(), e);
        }
        assertThat(thumbnail.getAttribute("src")).contains("/api/photos/").endsWith("/thumb");
        assertThat(thumbnail.getAttribute("alt")).isEqualTo("Lave-linge blanc vu de face");
        new org.openqa.selenium.support.ui.WebDriverWait(
                awa.driver(), java.time.Duration.ofSeconds(15))
            .until(d ->
                ((Number)
                            ((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return arguments[0].naturalWidth;", thumbnail))
                        .intValue()
                    == 320);
        awa.settled("photo-uploaded");
        java.nio.file.Files.deleteIfExists(png);

        awa.visit("/stock", "stock-table");
        WebElement row = awa.waitFor(By.cssSelector("[data-testid=stock-row-BR-001]"));
        assertThat(row.getText())
            .contains(TITLE)
            .contains("189,90")
            .containsIgnoringCase("Brouillon");
        WebElement quantity = row.findElement(By.cssSelector("input"));
        assertThat(quantity.getAttribute("value")).isEqualTo("3");
        replace(quantity, "5");
        awa.click("Enregistrer la quantité de « " + TITLE + " »");
        awa.waitForText("Quantité de « " + TITLE + " » : 5 en stock.").settled("quantity-saved");

        awa.visit("/stock", "stock-after-reload");
        WebElement reloaded = awa.waitFor(By.cssSelector("[data-testid=stock-row-BR-001] input"));
        assertThat(reloaded.getAttribute("value")).isEqualTo("5");

        awa.click(TITLE).waitFor(By.cssSelector("[data-testid=listing-status]"));
        awa.waitForText("Saisie rapide").settled("listing-edit");
        awa.click("Publier");
        awa.waitForText("Statut : Publiée.").settled("published");
        assertThat(
                awa.driver().findElement(By.cssSelector("[data-testid=listing-status]")).getText())
            .isEqualToIgnoringCase("Publiée");

        awa.visit("/stock", "stock-published");
        assertThat(awa.waitFor(By.cssSelector("[data-testid=stock-row-BR-001]")).getText())
            .containsIgnoringCase("Publiée");
      } catch (RuntimeException | AssertionError e) {
        awa.screenshot("failure");
        throw e;
      }
    }
  }

  /** Replaces a controlled input's text as a person would (Selenium's clear() bypasses React). */
  private static void replace(WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
    assertThat(input.getAttribute("value")).isEqualTo(text);
  }

  private static WebElement label(BrowserSession browser, String text) {
    return browser.waitFor(By.xpath("//label[normalize-space(.)='" + text + "']"));
  }

  private static void signIn(BrowserSession browser, String email) {
    browser.visit("/connexion", "sign-in");
    browser.type("Adresse électronique", email).type("Mot de passe", AccessFixtures.PASSWORD);
    browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
    try {
      browser.waitForUrlContaining("/commandes?aTraiter=1"); // a supplier lands on its orders
    } finally {
      browser.screenshot("after-sign-in");
    }
  }
}
