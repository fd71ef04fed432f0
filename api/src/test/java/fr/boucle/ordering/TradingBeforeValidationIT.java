package fr.boucle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13, point 5: until the operator validates it, an organisation may complete its profile but
 * not trade. Each refusal is a 403 problem naming the organisation's status; nothing is written.
 */
@MicronautTest(transactional = false)
@SuppressWarnings({"unchecked", "rawtypes"})
class TradingBeforeValidationIT {

  @RegisterExtension static com.icegreen.greenmail.junit5.GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  OrderingFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new OrderingFixtures(client.toBlocking(), provisioning, sql);
  }

  @Test
  void aBuyerAwaitingValidationCreatesAnAgreementButCannotActivateItNorOrder() {
    AccessFixtures.Org buyer =
        fixtures.access.pendingBuyer("Commune en attente " + UUID.randomUUID());
    OrderingFixtures.Supplier supplier =
        fixtures.supplier("Fournisseur validé " + UUID.randomUUID(), "SIAE_EI");
    Map<String, Object> agreement =
        OrderingFixtures.agreement(
            "AC-PENDING-" + System.nanoTime() % 100_000,
            List.of(
                OrderingFixtures.lot(
                    1,
                    List.of("mobilier-bureau"),
                    "NONE",
                    List.of(supplier.org().id()),
                    1_000_000,
                    0)));
    HttpResponse<Map> created =
        buyer.admin().exchange(HttpRequest.POST("/api/agreements", agreement), Map.class);
    assertThat(created.code()).as("a draft is profile work: %s", created.body()).isEqualTo(201);

    HttpResponse<Map> activated =
        buyer
            .admin()
            .exchange(
                HttpRequest.POST(
                    "/api/agreements/" + created.body().get("id") + "/activate", Map.of()),
                Map.class);
    assertNotValidated(activated, "activate a framework agreement");
    assertThat(
            sql.count(
                "SELECT count(*) FROM framework_agreement WHERE id = ? AND status = 'DRAFT'",
                UUID.fromString((String) created.body().get("id"))))
        .isEqualTo(1);
    assertThat(
            sql.count(
                "SELECT count(*) FROM lot_period p JOIN agreement_lot l ON l.id = p.lot_id"
                    + " WHERE l.agreement_id = ?",
                UUID.fromString((String) created.body().get("id"))))
        .isZero();

    Map<String, Object> order = new LinkedHashMap<>();
    order.put("serviceId", UUID.randomUUID().toString());
    order.put("lotId", UUID.randomUUID().toString());
    order.put("deliveryDate", LocalDate.now().plusDays(10).toString());
    order.put("lines", List.of(Map.of("listingId", UUID.randomUUID().toString(), "quantity", 1)));
    HttpResponse<Map> placed =
        buyer
            .admin()
            .exchange(
                HttpRequest.POST("/api/orders", order)
                    .header("Idempotency-Key", UUID.randomUUID().toString()),
                Map.class);
    assertNotValidated(placed, "place orders");
    assertThat(sql.count("SELECT count(*) FROM purchase_order WHERE buyer_id = ?", buyer.id()))
        .isZero();
  }

  @Test
  void aSupplierAwaitingValidationKeepsDraftsButCannotPublish() {
    AccessFixtures.Org supplier =
        fixtures.access.pendingSupplier("Ressourcerie en attente " + UUID.randomUUID());
    ApiSession admin = supplier.admin();
    Map<String, Object> depot = OrderingFixtures.site("Dépôt de Montreuil", 0);
    depot.remove("approvalThresholdCents");
    HttpResponse<Map> site =
        admin.exchange(HttpRequest.POST("/api/organisation/depots", depot), Map.class);
    assertThat(site.code()).as("a depot is profile work: %s", site.body()).isEqualTo(201);

    HttpResponse<Map> published =
        admin.exchange(
            HttpRequest.POST("/api/stock/listings", chair("PEND-1", "PUBLISHED")), Map.class);
    assertNotValidated(published, "publish listings to the catalogue");
    HttpResponse<Map> upserted =
        admin.exchange(
            HttpRequest.PUT("/api/stock/skus/PEND-2", chair("PEND-2", "PUBLISHED")), Map.class);
    assertNotValidated(upserted, "publish listings to the catalogue");
    assertThat(sql.count("SELECT count(*) FROM listing WHERE supplier_id = ?", supplier.id()))
        .isZero();

    HttpResponse<Map> draft =
        admin.exchange(
            HttpRequest.POST("/api/stock/listings", chair("PEND-3", "DRAFT")), Map.class);
    assertThat(draft.code()).as("a draft is allowed: %s", draft.body()).isEqualTo(201);
    HttpResponse<Map> publishDraft =
        admin.exchange(
            HttpRequest.POST(
                "/api/stock/listings/" + draft.body().get("id") + "/status",
                Map.of("status", "PUBLISHED")),
            Map.class);
    assertNotValidated(publishDraft, "publish listings to the catalogue");
    assertThat(
            sql.count(
                "SELECT count(*) FROM listing WHERE supplier_id = ? AND status <> 'DRAFT'",
                supplier.id()))
        .isZero();
  }

  private static Map<String, Object> chair(String sku, String status) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("sku", sku);
    d.put("kind", "LOT");
    d.put("title", "Chaises de bureau empilables");
    d.put("description", "Lot de chaises contrôlées, assises nettoyées.");
    d.put("categoryId", "chaise");
    d.put("condition", "BON_ETAT");
    d.put("origin", "REEMPLOI");
    d.put("warrantyMonths", 6);
    d.put("weightKg", "6");
    d.put("priceExclVat", "25.00");
    d.put("vatRate", "20");
    d.put("quantity", 10);
    d.put("status", status);
    return d;
  }

  private static void assertNotValidated(HttpResponse<Map> response, String action) {
    Map<String, Object> problem = ApiSession.problem(response);
    assertThat(response.code()).as("%s", problem).isEqualTo(403);
    assertThat((String) problem.get("type")).endsWith("/organisation-not-validated");
    assertThat((String) problem.get("detail")).contains("PENDING").contains(action);
  }
}
