package fr.boucle.ordering;

import static fr.boucle.ordering.OrderingFixtures.act;
import static fr.boucle.ordering.OrderingFixtures.agreement;
import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.line;
import static fr.boucle.ordering.OrderingFixtures.lot;
import static fr.boucle.ordering.OrderingFixtures.lotId;
import static fr.boucle.ordering.OrderingFixtures.order;
import static fr.boucle.ordering.OrderingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@MicronautTest(transactional = false)
class OrderLifecycleIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Test
  @SuppressWarnings("unchecked")
  void ordersFromTheCartThroughApprovalDeliveryInvoiceAndPayment() throws Exception {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Buyer buyer = f.buyer("Département Lifecycle", 50_000); // 500 €
    OrderingFixtures.Supplier supplier = f.supplier("Atelier Lifecycle", "SIAE_ACI");
    UUID chair = f.listing(supplier, "siege-bureau", 12_345, 2000, "LOT", 10);
    UUID desk = f.listing(supplier, "bureau", 9_999, 550, "LOT", 5);
    Map<String, Object> agreement =
        f.activeAgreement(
            buyer,
            agreement(
                "AC-LIFE-1",
                List.of(
                    lot(
                        1,
                        List.of("mobilier-bureau"),
                        "SIAE",
                        List.of(supplier.org().id()),
                        10_000_000,
                        1250))));
    UUID lot1 = lotId(agreement, 1);

    // Cart, kept on the server.
    ApiSession requester = buyer.requester();
    assertThat(
            requester
                .exchange(
                    HttpRequest.PUT("/api/cart/lines/" + chair, Map.of("quantity", 2)), Map.class)
                .code())
        .isEqualTo(200);
    Map<String, Object> cart =
        requester
            .exchange(HttpRequest.PUT("/api/cart/lines/" + desk, Map.of("quantity", 1)), Map.class)
            .body();
    assertThat(cart.get("lineCount")).isEqualTo(2);

    // Preview: the only applicable lot is chosen, priced with its discount, remaining before/after.
    Map<String, Object> preview = requester.get("/api/cart/checkout", Map.class);
    Map<String, Object> group = ((List<Map<String, Object>>) preview.get("groups")).get(0);
    assertThat(group.get("chosenLotId")).isEqualTo(lot1.toString());
    Map<String, Object> option = ((List<Map<String, Object>>) group.get("options")).get(0);
    // 123.45 € less 12.5 % = 108.01875 → 108.02; ×2 = 216.04; VAT 20 % = 43.208 → 43.21.
    // 99.99 € less 12.5 % = 87.49125 → 87.49; VAT 5.5 % = 4.81195 → 4.81.
    Map<String, Object> totals = (Map<String, Object>) option.get("totals");
    assertThat(totals)
        .containsEntry("exclVatCents", 21_604 + 8_749)
        .containsEntry("vatCents", 4_321 + 481)
        .containsEntry("inclVatCents", 21_604 + 8_749 + 4_321 + 481);
    assertThat(((Number) option.get("remainingBeforeCents")).longValue()).isEqualTo(10_000_000);
    assertThat(((Number) option.get("remainingAfterCents")).longValue())
        .isEqualTo(10_000_000 - 30_353);
    assertThat(option.get("requiresApproval")).isEqualTo(false);

    // Four chairs take the order above the service threshold (500 €): it needs approval.
    requester.exchange(
        HttpRequest.PUT("/api/cart/lines/" + chair, Map.of("quantity", 4)), Map.class);
    Map<String, Object> checkout =
        Map.of(
            "orders",
            List.of(
                Map.of(
                    "supplierId", supplier.org().id().toString(),
                    "serviceId", buyer.serviceId().toString(),
                    "deliveryDate", LocalDate.now().plusDays(10).toString(),
                    "note", "Livrer au 2e étage",
                    "lines", List.of(line(chair, 4), line(desk, 1)))));
    HttpResponse<Map> placed =
        requester.exchange(
            HttpRequest.POST("/api/cart/checkout", checkout).header("Idempotency-Key", "co-1"),
            Map.class);
    assertThat(placed.code()).as("%s", placed.getBody(Map.class)).isEqualTo(201);
    Map<String, Object> order = firstOrder(placed);
    String id = (String) order.get("id");
    assertThat(order.get("status")).isEqualTo("SUBMITTED");
    assertThat((String) order.get("number")).matches("BC-" + LocalDate.now().getYear() + "-\\d{6}");
    assertThat(order.get("requiresApproval")).isEqualTo(true);
    assertThat(((Map<String, Object>) order.get("totals")).get("exclVatCents"))
        .isEqualTo(4 * 10_802 + 8_749);
    assertThat(requester.get("/api/cart", Map.class).get("lineCount")).isEqualTo(0);
    assertThat(f.available(chair)).isEqualTo(6);
    assertThat(f.available(desk)).isEqualTo(4);

    // The supplier does not see it before approval; the requester cannot approve.
    assertThat(
            supplier.org().admin().exchange(HttpRequest.GET("/api/orders/" + id), Map.class).code())
        .isEqualTo(404);
    assertThat(act(requester, id, "approve", Map.of()).code()).isEqualTo(403);
    assertThat(act(supplier.org().admin(), id, "accept", Map.of()).code()).isEqualTo(404);

    // The approver's inbox, then approval.
    Map<String, Object> inbox = buyer.approver().get("/api/orders?awaitingMe=true", Map.class);
    assertThat((List<Map<String, Object>>) inbox.get("items"))
        .extracting(o -> o.get("id"))
        .contains(id);
    HttpResponse<Map> approved = act(buyer.approver(), id, "approve", Map.of("comment", "OK"));
    assertThat(approved.code()).isEqualTo(200);
    assertThat(approved.body().get("status")).isEqualTo("APPROVED");
    assertThat(act(buyer.approver(), id, "approve", Map.of()).code())
        .as("approving twice is an illegal transition")
        .isEqualTo(409);

    // Supplier: inbox, accept, ready. The requester cannot invoice; delivery before acceptance
    // fails.
    ApiSession supplierAdmin = supplier.org().admin();
    Map<String, Object> supplierInbox = supplierAdmin.get("/api/orders?awaitingMe=true", Map.class);
    assertThat((List<Map<String, Object>>) supplierInbox.get("items"))
        .extracting(o -> o.get("id"))
        .containsExactly(id);
    assertThat(act(requester, id, "confirm-delivery", Map.of()).code()).isEqualTo(409);
    assertThat(act(supplierAdmin, id, "accept", Map.of()).body().get("status"))
        .isEqualTo("ACCEPTED");
    HttpResponse<Map> cancelLate = act(requester, id, "cancel", Map.of());
    assertThat(cancelLate.code()).as("no cancellation after acceptance").isEqualTo(409);
    assertThat(ApiSession.problem(cancelLate).get("type"))
        .isEqualTo("https://boucle.fr/problems/illegal-transition");
    assertThat(act(supplierAdmin, id, "mark-ready", Map.of()).body().get("status"))
        .isEqualTo("READY");
    assertThat(act(supplierAdmin, id, "confirm-delivery", Map.of()).code())
        .as("the service confirms delivery, not the supplier")
        .isEqualTo(403);
    assertThat(act(requester, id, "confirm-delivery", Map.of()).body().get("status"))
        .isEqualTo("DELIVERED");
    HttpResponse<Map> noInvoiceRef = act(supplierAdmin, id, "invoice", Map.of());
    assertThat(noInvoiceRef.code()).isEqualTo(400);
    assertThat(OrderingFixtures.fields(noInvoiceRef)).containsExactly("invoiceReference");
    assertThat(
            act(supplierAdmin, id, "invoice", Map.of("invoiceReference", "FA-2026-0042"))
                .body()
                .get("status"))
        .isEqualTo("INVOICED");
    assertThat(act(requester, id, "mark-paid", Map.of()).code()).isEqualTo(403);
    Map<String, Object> paid = act(buyer.admin(), id, "mark-paid", Map.of()).body();
    assertThat(paid.get("status")).isEqualTo("PAID");
    assertThat((List<Map<String, Object>>) paid.get("events"))
        .extracting(e -> e.get("to"))
        .containsExactly(
            "SUBMITTED", "APPROVED", "ACCEPTED", "READY", "DELIVERED", "INVOICED", "PAID");
    assertThat((List<Map<String, Object>>) paid.get("events"))
        .allSatisfy(e -> assertThat(e.get("actorLabel")).isNotNull());
    assertThat(paid.get("allowedActions")).isEqualTo(List.of());

    // Stock: the reservation became a sale; the ledger moved from committed to invoiced.
    assertThat(f.available(chair)).isEqualTo(6);
    assertThat(
            sql.count(
                "SELECT count(*) FROM stock_movement WHERE listing_id = ? AND kind = 'SOLD'",
                chair))
        .isEqualTo(1);
    long total = 4 * 10_802 + 8_749;
    List<Map> spend = buyer.admin().get("/api/spend?lotId=" + lot1, List.class);
    assertThat(spend).hasSize(1);
    assertThat((Map<String, Object>) spend.get(0).get("committed"))
        .containsEntry("exclVatCents", 0);
    assertThat((Map<String, Object>) spend.get(0).get("invoiced"))
        .containsEntry("exclVatCents", (int) total)
        .containsEntry("vatCents", 8_642 + 481);
    Map<String, Object> lotView =
        ((List<Map<String, Object>>)
                buyer.admin().get("/api/agreements/" + agreement.get("id"), Map.class).get("lots"))
            .get(0);
    Map<String, Object> current =
        ((List<Map<String, Object>>) lotView.get("periods"))
            .stream().filter(p -> Boolean.TRUE.equals(p.get("current"))).findFirst().orElseThrow();
    assertThat(((Number) current.get("invoicedExclVatCents")).longValue()).isEqualTo(total);
    assertThat(((Number) current.get("committedExclVatCents")).longValue()).isZero();

    // The PDF parses and carries the number, the supplier's SIRET and the totals.
    HttpResponse<byte[]> pdf =
        requester.exchange(HttpRequest.GET("/api/orders/" + id + "/pdf"), byte[].class);
    assertThat(pdf.code()).isEqualTo(200);
    assertThat(pdf.getContentType().orElseThrow().toString()).isEqualTo("application/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains((String) order.get("number"))
          .contains("SIRET " + supplier.siret())
          .contains("AC-LIFE-1")
          .contains("L2113-13")
          .contains("Total HT : 519,57")
          .contains("Total TTC : 610,80");
    }
  }

  @Test
  void cancellingBeforeAcceptanceReleasesStockAndLotAmount() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Buyer buyer = f.buyer("Département Annulation", 10_000_000);
    OrderingFixtures.Supplier supplier = f.supplier("Atelier Annulation", "EA");
    UUID laptop = f.listing(supplier, "pc-portable", 25_000, 2000, "UNIQUE_ITEM", 1);
    Map<String, Object> agreement =
        f.activeAgreement(
            buyer,
            agreement(
                "AC-ANN-1",
                List.of(
                    lot(
                        1,
                        List.of("informatique"),
                        "EA_ESAT",
                        List.of(supplier.org().id()),
                        100_000,
                        0))));
    HttpResponse<Map> placed =
        submit(buyer.requester(), "k-1", order(buyer.serviceId(), List.of(line(laptop, 1))));
    assertThat(placed.code()).as("%s", placed.getBody(Map.class)).isEqualTo(201);
    Object id = firstOrder(placed).get("id");
    assertThat(firstOrder(placed).get("status")).isEqualTo("APPROVED");
    assertThat(f.available(laptop)).isZero();
    assertThat(committed(lotId(agreement, 1))).isEqualTo(25_000);

    HttpResponse<Map> again =
        submit(buyer.requester(), "k-2", order(buyer.serviceId(), List.of(line(laptop, 1))));
    assertThat(again.code()).isEqualTo(409);
    assertThat(ApiSession.problem(again).get("type"))
        .isEqualTo("https://boucle.fr/problems/out-of-stock");
    assertThat(OrderingFixtures.fields(again)).containsExactly("lines[0].quantity");

    assertThat(
            act(buyer.requester(), id, "cancel", Map.of("comment", "Doublon")).body().get("status"))
        .isEqualTo("CANCELLED");
    assertThat(f.available(laptop)).isEqualTo(1);
    assertThat(committed(lotId(agreement, 1))).isZero();
    assertThat(act(buyer.requester(), id, "cancel", Map.of()).code()).isEqualTo(409);
    assertThat(
            submit(buyer.requester(), "k-3", order(buyer.serviceId(), List.of(line(laptop, 1))))
                .code())
        .isEqualTo(201);
  }

  @Test
  void numbersOrdersPerBuyerAndYearWithoutGaps() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Buyer buyer = f.buyer("Département Numérotation", 10_000_000);
    OrderingFixtures.Supplier supplier = f.supplier("Atelier Numérotation", "SIAE_EI");
    UUID table = f.listing(supplier, "table", 5_000, 2000, "LOT", 3);
    f.activeAgreement(
        buyer,
        agreement(
            "AC-NUM-1",
            List.of(
                lot(
                    1,
                    List.of("mobilier-bureau"),
                    "NONE",
                    List.of(supplier.org().id()),
                    1_000_000,
                    0))));
    String year = String.valueOf(LocalDate.now().getYear());
    for (int i = 1; i <= 5; i++) {
      // Orders 4 and 5 fail (out of stock): they take no number.
      HttpResponse<Map> r =
          submit(buyer.requester(), "n-" + i, order(buyer.serviceId(), List.of(line(table, 1))));
      if (i <= 3) {
        assertThat(firstOrder(r).get("number")).isEqualTo("BC-" + year + "-00000" + i);
      } else {
        assertThat(r.code()).isEqualTo(409);
      }
    }
    UUID chair = f.listing(supplier, "chaise", 5_000, 2000, "LOT", 3);
    assertThat(
            firstOrder(
                    submit(
                        buyer.requester(),
                        "n-6",
                        order(buyer.serviceId(), List.of(line(chair, 1)))))
                .get("number"))
        .isEqualTo("BC-" + year + "-000004");
  }

  private long committed(UUID lotId) {
    return sql.count(
        "SELECT committed_excl_vat_cents FROM lot_period_balance WHERE lot_id = ? AND period_index = 0",
        lotId);
  }
}
