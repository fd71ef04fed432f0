package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Order → approve → accept → ready → delivery confirmed, clicked through by the four people who do
 * it: the requester (cart and checkout showing the lot's remaining amount), the approver (inbox),
 * the supplier (order inbox) and the service again (delivery); then the order's timeline and PDF,
 * and the buyer admin's spend chart of the lot.
 */
@MicronautTest(transactional = false)
class OrderingBrowserIT {

  private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000L);

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Test
  void requesterOrdersApproverApprovesSupplierAcceptsAndTheServiceConfirmsDelivery()
      throws Exception {
    BlockingHttpClient http = client.toBlocking();
    AccessFixtures access = new AccessFixtures(http);
    long n = SEQ.incrementAndGet();

    // A buyer whose service needs approval above 100 €, with a requester and an approver.
    AccessFixtures.Org buyer = access.buyer("Ville du Navigateur " + n);
    UUID service =
        created(buyer.admin(), "/api/organisation/services", site("Direction des crèches", 10_000));
    String requesterEmail = "demandeur-" + n + "@navigateur.test";
    String approverEmail = "approbateur-" + n + "@navigateur.test";
    provisioning.createPerson(
        buyer.id(),
        requesterEmail,
        "Chloé Petit",
        AccessFixtures.PASSWORD,
        Set.of(Role.REQUESTER),
        Set.of(service));
    provisioning.createPerson(
        buyer.id(),
        approverEmail,
        "Marc Lefèvre",
        AccessFixtures.PASSWORD,
        Set.of(Role.APPROVER),
        Set.of(service));

    // A SIAE supplier with a depot and a published listing in stock (written as the listing area
    // does).
    String supplierEmail = "admin-" + n + "@atelier-navigateur.test";
    Map<String, Object> signUp =
        AccessFixtures.supplierSignUp("Atelier du Navigateur " + n, supplierEmail);
    @SuppressWarnings("unchecked")
    Map<String, Object> organisation = (Map<String, Object>) signUp.get("organisation");
    organisation.put("insertionStatus", "SIAE_ACI");
    AccessFixtures.Org supplier = access.validated(signUp);
    UUID depot =
        created(supplier.admin(), "/api/organisation/depots", site("Dépôt de Montreuil", 0));
    UUID listing = UUID.randomUUID();
    sql.update(
        "INSERT INTO listing (id, supplier_id, sku, kind, title, category_id, condition_grade,"
            + " origin, price_excl_vat_cents, vat_rate_bp, depot_id, status)"
            + " VALUES (?, ?, ?, 'LOT', 'Chaise de bureau ergonomique', 'siege-bureau', 'BON_ETAT',"
            + " 'REEMPLOI', 12345, 2000, ?, 'PUBLISHED')",
        listing,
        supplier.id(),
        "SKU-NAV-" + n,
        depot);
    sql.update(
        "INSERT INTO stock_movement (listing_id, kind, quantity, actor) VALUES (?, 'RECEIVED', 10, 'test')",
        listing);

    // An active agreement whose lot 1 (office furniture, reserved to SIAE, 10 % off) awards it.
    Map<String, Object> lot = new LinkedHashMap<>();
    lot.put("number", 1);
    lot.put("title", "Mobilier de bureau");
    lot.put("categoryIds", List.of("mobilier-bureau"));
    lot.put("reservation", "SIAE");
    lot.put("supplierIds", List.of(supplier.id().toString()));
    lot.put("minimumExclVatCents", 0);
    lot.put("maximumExclVatCents", 5_000_000);
    lot.put("priceTerms", "CATALOGUE_DISCOUNT");
    lot.put("discountBasisPoints", 1000);
    lot.put("insertionHoursTarget", 120);
    lot.put("environmentalClause", "Réemploi et reconditionnement, livraison mutualisée.");
    Map<String, Object> agreement = new LinkedHashMap<>();
    LocalDate today = LocalDate.now();
    String reference = "AC-NAV-" + n;
    agreement.put("reference", reference);
    agreement.put("title", "Mobilier de réemploi");
    agreement.put("procedure", "ADAPTED_PROCEDURE");
    agreement.put("launchedOn", today.minusMonths(3).toString());
    agreement.put("startDate", today.minusMonths(1).toString());
    agreement.put("initialEndDate", today.plusMonths(11).toString());
    agreement.put("renewalCount", 1);
    agreement.put("renewalMonths", 12);
    agreement.put("lots", List.of(lot));
    UUID agreementId = created(buyer.admin(), "/api/agreements", agreement);
    HttpResponse<Map> activated =
        buyer
            .admin()
            .exchange(
                HttpRequest.POST("/api/agreements/" + agreementId + "/activate", Map.of()),
                Map.class);
    assertThat(activated.code()).as("activate %s", activated.getBody(Map.class)).isEqualTo(200);

    String base = server.getURL().toString();
    String orderPath;
    String number;
    // 2 × 123,45 € less 10 % = 2 × 111,11 € = 222,22 € excl. VAT: above the 100 € threshold.
    try (BrowserSession chloe = new BrowserSession(base, "ordering-requester")) {
      signIn(chloe, requesterEmail, "/panier/ajout/" + listing);
      chloe.settled("add-to-cart");
      chloe.type("Quantité", "2").click("Ajouter au panier").waitForText("Ajouté au panier.");
      chloe.click("Voir le panier").waitForUrlContaining("/panier");
      chloe.waitForText("Montant restant du lot").settled("cart-and-checkout");
      assertThat(text(chloe, "lot-budget"))
          .contains("Montant restant du lot : 50 000,00 € → 49 777,78 € après cette commande")
          .contains("Cette commande engage 222,22 € HT sur le lot.");
      assertThat(text(chloe, "lot-totals")).contains("222,22").contains("soumise à approbation");
      scrollTo(chloe, "checkout-group");
      chloe.screenshot("checkout-lot-budget");
      chloe.click("Valider la commande").waitForUrlContaining("/commandes/");
      chloe.waitForText("Votre commande est passée.").settled("order-placed");
      orderPath = new java.net.URI(chloe.driver().getCurrentUrl()).getPath();
      java.util.regex.Matcher numbered =
          java.util.regex.Pattern.compile("BC-\\d{4}-\\d{6}")
              .matcher(chloe.waitFor(By.tagName("h1")).getText());
      assertThat(numbered.find()).as("order number in the heading").isTrue();
      number = numbered.group();
      assertThat(status(chloe)).isEqualTo("En attente d’approbation");
    }

    try (BrowserSession marc = new BrowserSession(base, "ordering-approver")) {
      signIn(marc, approverEmail, "/approbations");
      marc.waitForText(number).settled("approval-inbox");
      marc.click(number).waitForText("Approuver").settled("order-to-approve");
      marc.click("Approuver").waitForText("La commande est approuvée.").settled("approved");
      assertThat(status(marc)).isEqualTo("Approuvée");
    }

    try (BrowserSession awa = new BrowserSession(base, "ordering-supplier")) {
      signIn(awa, supplierEmail, "/commandes?aTraiter=1");
      awa.waitForText(number).settled("supplier-inbox");
      awa.click(number).waitForText("Accepter").settled("order-received");
      awa.click("Accepter").waitForText("La commande est acceptée.").settled("accepted");
      awa.click("Marquer prête").waitForText("La commande est prête.").settled("ready");
      assertThat(status(awa)).isEqualTo("Prête");
      awa.visit("/accords-cadres", "supplier-agreements").waitForText(reference);
    }

    // The service asks the supplier to cancel, with a reason; the supplier declines, with one.
    try (BrowserSession chloe = new BrowserSession(base, "ordering-cancellation-request")) {
      signIn(chloe, requesterEmail, orderPath);
      chloe.click("Demander l’annulation au fournisseur");
      chloe.waitForText("Indiquez le motif").settled("reason-required");
      chloe.type("Commentaire ou motif (motif obligatoire pour une annulation)", "Service fermé");
      chloe.click("Demander l’annulation au fournisseur");
      chloe
          .waitForText("La demande d’annulation est envoyée au fournisseur.")
          .waitForText("Annulation demandée par l’acheteur")
          .settled("cancellation-requested");
    }
    try (BrowserSession awa = new BrowserSession(base, "ordering-cancellation-declined")) {
      signIn(awa, supplierEmail, orderPath);
      awa.waitForText("« Service fermé »").settled("request-seen");
      awa.type("Commentaire ou motif (motif obligatoire pour une annulation)", "Déjà chargée");
      awa.click("Refuser l’annulation demandée")
          .waitForText("La demande d’annulation est refusée")
          .settled("declined");
      assertThat(status(awa)).isEqualTo("Prête");
    }

    try (BrowserSession chloe = new BrowserSession(base, "ordering-delivery")) {
      signIn(chloe, requesterEmail, orderPath);
      chloe.waitForText("Confirmer la livraison").settled("to-confirm");
      chloe
          .click("Confirmer la livraison")
          .waitForText("La livraison est confirmée.")
          .settled("delivered");
      assertThat(status(chloe)).isEqualTo("Livrée");
      String timeline = chloe.waitFor(By.cssSelector("[data-testid=order-timeline]")).getText();
      assertThat(timeline)
          .contains("En attente d’approbation")
          .contains("Approuvée")
          .contains("Approuvée — ")
          .contains(approverEmail)
          .contains("Acceptée — ")
          .contains(supplierEmail)
          .contains("Prête — ")
          .contains("Livrée — ")
          .contains(requesterEmail)
          .contains("Annulation demandée — ")
          .contains("« Service fermé »")
          .contains("Annulation refusée par le fournisseur — ")
          .contains("« Déjà chargée »")
          .doesNotContain("« »");
      assertThat(timeline.lines().count()).isEqualTo(7);
      scrollTo(chloe, "order-timeline");
      chloe.screenshot("timeline");
      String href = chloe.waitFor(By.cssSelector("[data-testid=order-pdf]")).getAttribute("href");
      Object contentType =
          ((JavascriptExecutor) chloe.driver())
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + " fetch(arguments[0], {credentials: 'same-origin'})"
                      + ".then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                      + ".catch(e => done('error ' + e));",
                  href);
      assertThat(String.valueOf(contentType)).isEqualTo("200 application/pdf");
    }

    try (BrowserSession louis = new BrowserSession(base, "ordering-buyer-admin")) {
      signIn(louis, buyer.adminEmail(), "/accords-cadres/" + agreementId);
      louis.waitForText("Mobilier de bureau").settled("agreement-spend");
      assertThat(text(louis, "lot-remaining")).isEqualTo("49 777,78 €");
      assertThat(louis.driver().findElements(By.cssSelector("[data-testid=spend-chart] svg")))
          .hasSize(1);
      assertThat(louis.waitFor(By.cssSelector("[data-testid=spend-by-service]")).getText())
          .contains("Direction des crèches")
          .contains("222,22");
      scrollTo(louis, "spend-chart");
      louis.screenshot("spend-chart");
      louis.visit("/accords-cadres/nouveau", "agreement-form").waitForText("Lot n° 1");
      louis.visit("/commandes", "buyer-orders").waitForText(number);
    }
  }

  /** The text of an element by test id, with every kind of space (French grouping) made plain. */
  private static String text(BrowserSession browser, String testId) {
    return browser
        .waitFor(By.cssSelector("[data-testid=" + testId + "]"))
        .getText()
        .replaceAll("[\\s\\u00a0\\u202f]+", " ")
        .trim();
  }

  private static void scrollTo(BrowserSession browser, String testId) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'})",
            browser.waitFor(By.cssSelector("[data-testid=" + testId + "]")));
  }

  private static String status(BrowserSession browser) {
    // DSFR badges are upper-cased by CSS: read the text itself.
    return browser
        .waitFor(By.cssSelector("h1 [data-testid=order-status]"))
        .getAttribute("textContent")
        .trim();
  }

  private static UUID created(ApiSession session, String path, Map<String, Object> body) {
    HttpResponse<Map> response = session.exchange(HttpRequest.POST(path, body), Map.class);
    assertThat(response.code()).as("%s %s", path, response.getBody(Map.class)).isEqualTo(201);
    return UUID.fromString((String) response.body().get("id"));
  }

  private static Map<String, Object> site(String name, long thresholdCents) {
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("name", name);
    site.put("street", "12 rue des Ateliers");
    site.put("postcode", "93100");
    site.put("city", "Montreuil");
    site.put("department", "93");
    site.put("latitude", 48.8638);
    site.put("longitude", 2.4485);
    site.put("approvalThresholdCents", thresholdCents);
    return site;
  }

  private static void signIn(BrowserSession browser, String email, String target) {
    browser.visit(
        "/connexion?retour="
            + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8),
        "sign-in");
    browser.type("Adresse électronique", email).type("Mot de passe", AccessFixtures.PASSWORD);
    browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
    browser.waitForUrlContaining(target.replaceAll("\\?.*", ""));
  }
}
