package fr.boucle.ordering;

import static fr.boucle.ordering.OrderingFixtures.act;
import static fr.boucle.ordering.OrderingFixtures.checkout;
import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.inbox;
import static fr.boucle.ordering.OrderingFixtures.line;
import static fr.boucle.ordering.OrderingFixtures.order;
import static fr.boucle.ordering.OrderingFixtures.putInCart;
import static fr.boucle.ordering.OrderingFixtures.spend;
import static fr.boucle.ordering.OrderingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.agreement.AgreementViews;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.pdf.TaggedPdf;
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
  void ordersFromTheCartThroughApprovalDeliveryInvoiceAndPayment() throws Exception {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Département Lifecycle")
            .approvingAbove(50_000) // 500 €
            .buyingFrom("Atelier Lifecycle", "SIAE_ACI")
            .underAgreement("AC-LIFE-1")
            .lotCovering("mobilier-bureau")
            .reservedFor("SIAE")
            .upTo(10_000_000)
            .discountedBy(1250)
            .create();
    OrderingFixtures.Buyer buyer = trade.buyer();
    OrderingFixtures.Supplier supplier = trade.supplier();
    UUID chair = f.listing(supplier, "siege-bureau", 12_345, 2000, "LOT", 10);
    UUID desk = f.listing(supplier, "bureau", 9_999, 550, "LOT", 5);
    UUID lot1 = trade.lotId();

    // Cart, kept on the server.
    ApiSession requester = buyer.requester();
    assertThat(putInCart(requester, chair, 2).code()).isEqualTo(200);
    OrderViews.Cart cart = putInCart(requester, desk, 1).body();
    assertThat(cart.lineCount()).isEqualTo(2);

    // Preview: the only applicable lot is chosen, priced with its discount, remaining before/after.
    OrderViews.CheckoutPreview preview =
        requester.get("/api/cart/checkout", OrderViews.CheckoutPreview.class);
    OrderViews.CheckoutGroup group = preview.groups().get(0);
    assertThat(group.chosenLotId()).isEqualTo(lot1);
    OrderViews.LotOption option = group.options().get(0);
    // 123.45 € less 12.5 % = 108.01875 → 108.02; ×2 = 216.04; VAT 20 % = 43.208 → 43.21.
    // 99.99 € less 12.5 % = 87.49125 → 87.49; VAT 5.5 % = 4.81195 → 4.81.
    assertThat(option.totals())
        .isEqualTo(
            new OrderViews.Totals(21_604 + 8_749, 4_321 + 481, 21_604 + 8_749 + 4_321 + 481));
    assertThat(option.remainingBeforeCents()).isEqualTo(10_000_000);
    assertThat(option.remainingAfterCents()).isEqualTo(10_000_000 - 30_353);
    assertThat(option.requiresApproval()).isFalse();

    // Four chairs take the order above the service threshold (500 €): it needs approval.
    putInCart(requester, chair, 4);
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
    HttpResponse<OrderViews.Submitted> placed = checkout(requester, "co-1", checkout);
    assertThat(placed.code()).as("%s", placed.getBody(Map.class)).isEqualTo(201);
    OrderViews.Order order = firstOrder(placed);
    UUID id = order.id();
    assertThat(order.status()).isEqualTo(OrderStatus.SUBMITTED);
    assertThat(order.number()).matches("BC-" + LocalDate.now().getYear() + "-\\d{6}");
    assertThat(order.requiresApproval()).isTrue();
    assertThat(order.totals().exclVatCents()).isEqualTo(4 * 10_802 + 8_749);
    assertThat(requester.get("/api/cart", OrderViews.Cart.class).lineCount()).isEqualTo(0);
    assertThat(f.available(chair)).isEqualTo(6);
    assertThat(f.available(desk)).isEqualTo(4);

    // The supplier does not see it before approval; the requester cannot approve.
    assertThat(
            supplier.org().admin().exchange(HttpRequest.GET("/api/orders/" + id), Map.class).code())
        .isEqualTo(404);
    assertThat(act(requester, id, "approve", Map.of()).code()).isEqualTo(403);
    assertThat(act(supplier.org().admin(), id, "accept", Map.of()).code()).isEqualTo(404);

    // The approver's inbox, then approval.
    assertThat(inbox(buyer.approver())).contains(id);
    HttpResponse<OrderViews.Order> approved =
        act(buyer.approver(), id, "approve", Map.of("comment", "OK"));
    assertThat(approved.code()).isEqualTo(200);
    assertThat(approved.body().status()).isEqualTo(OrderStatus.APPROVED);
    assertThat(act(buyer.approver(), id, "approve", Map.of()).code())
        .as("approving twice is an illegal transition")
        .isEqualTo(409);

    // Supplier: inbox, accept, ready. The requester cannot invoice; delivery before acceptance
    // fails.
    ApiSession supplierAdmin = supplier.org().admin();
    assertThat(inbox(supplierAdmin)).containsExactly(id);
    assertThat(act(requester, id, "confirm-delivery", Map.of()).code()).isEqualTo(409);
    assertThat(act(supplierAdmin, id, "accept", Map.of()).body().status())
        .isEqualTo(OrderStatus.ACCEPTED);
    HttpResponse<OrderViews.Order> cancelLate = act(requester, id, "cancel", Map.of());
    assertThat(cancelLate.code()).as("no cancellation after acceptance").isEqualTo(409);
    assertThat(ApiSession.problem(cancelLate).get("type"))
        .isEqualTo("https://boucle.fr/problems/illegal-transition");
    assertThat(act(supplierAdmin, id, "mark-ready", Map.of()).body().status())
        .isEqualTo(OrderStatus.READY);
    assertThat(act(supplierAdmin, id, "confirm-delivery", Map.of()).code())
        .as("the service confirms delivery, not the supplier")
        .isEqualTo(403);
    assertThat(act(requester, id, "confirm-delivery", Map.of()).body().status())
        .isEqualTo(OrderStatus.DELIVERED);
    // Invoicing issues a real invoice: not before the supplier's billing profile is complete.
    HttpResponse<OrderViews.Order> noProfile = act(supplierAdmin, id, "invoice", Map.of());
    assertThat(noProfile.code()).isEqualTo(409);
    assertThat(OrderingFixtures.fields(noProfile)).contains("billingProfile.iban");
    Map<String, Object> profile = new java.util.LinkedHashMap<>();
    profile.put("vatRegime", "FRANCHISE_293B");
    profile.put("iban", "FR7630006000011234567890189");
    profile.put("accountHolder", "Atelier Lifecycle");
    profile.put("street", "3 quai de la Fosse");
    profile.put("postcode", "44000");
    profile.put("city", "Nantes");
    assertThat(
            supplierAdmin
                .exchange(HttpRequest.PUT("/api/organisation/billing-profile", profile), Map.class)
                .code())
        .isEqualTo(200);
    OrderViews.Order invoiced =
        act(supplierAdmin, id, "invoice", Map.of("invoiceReference", "REF-0042")).body();
    assertThat(invoiced.status()).isEqualTo(OrderStatus.INVOICED);
    assertThat(invoiced.invoiceReference()).matches("FA-\\d{4}-000001");
    assertThat(invoiced.invoices()).hasSize(1);
    assertThat(act(requester, id, "mark-paid", Map.of()).code()).isEqualTo(403);
    OrderViews.Order paid = act(buyer.admin(), id, "mark-paid", Map.of()).body();
    assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
    assertThat(paid.events())
        .extracting(OrderViews.Event::to)
        .containsExactly(
            OrderStatus.SUBMITTED,
            OrderStatus.APPROVED,
            OrderStatus.ACCEPTED,
            OrderStatus.READY,
            OrderStatus.DELIVERED,
            OrderStatus.INVOICED,
            OrderStatus.PAID);
    assertThat(paid.events()).allSatisfy(e -> assertThat(e.actorLabel()).isNotNull());
    assertThat(paid.allowedActions()).isEmpty();

    // Stock: the reservation became a sale; the ledger moved from committed to invoiced.
    assertThat(f.available(chair)).isEqualTo(6);
    assertThat(
            sql.count(
                "SELECT count(*) FROM stock_movement WHERE listing_id = ? AND kind = 'SOLD'",
                chair))
        .isEqualTo(1);
    long total = 4 * 10_802 + 8_749;
    List<OrderViews.SpendRow> spend = spend(buyer.admin(), "lotId=" + lot1);
    assertThat(spend).hasSize(1);
    assertThat(spend.get(0).committed().exclVatCents()).isZero();
    assertThat(spend.get(0).invoiced().exclVatCents()).isEqualTo(total);
    assertThat(spend.get(0).invoiced().vatCents()).isEqualTo(8_642 + 481);
    AgreementViews.PeriodView current =
        OrderingFixtures.currentPeriod(buyer.admin(), trade.agreement().id(), 1);
    assertThat(current.invoicedExclVatCents()).isEqualTo(total);
    assertThat(current.committedExclVatCents()).isZero();

    // The PDF parses and carries the number, the supplier's SIRET and the totals.
    HttpResponse<byte[]> pdf =
        requester.exchange(HttpRequest.GET("/api/orders/" + id + "/pdf"), byte[].class);
    assertThat(pdf.code()).isEqualTo(200);
    assertThat(pdf.getContentType().orElseThrow().toString()).isEqualTo("application/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains(order.number())
          .contains("SIRET " + supplier.siret())
          .contains("AC-LIFE-1")
          .contains("L2113-13")
          .contains("Total HT : 519,57")
          .contains("Total TTC : 610,80");
    }
    // Kept for a person to look at, like the browser tests' screenshots.
    java.nio.file.Files.write(
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf-samples"))
            .resolve("bon-de-commande.pdf"),
        pdf.body());
    // Tagged for assistive technologies (RGAA 13.3), in French like the contract it executes.
    TaggedPdf tagged = TaggedPdf.check(pdf.body(), "fr", "Bon de commande n° " + order.number());
    assertThat(tagged.structure).contains("H1", "H2", "Table", "Caption", "TH", "TD", "L", "LI");
    assertThat(tagged.structure.stream().filter("H1"::equals)).hasSize(1);
  }

  @Test
  void cancellingBeforeAcceptanceReleasesStockAndLotAmount() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Département Annulation")
            .buyingFrom("Atelier Annulation", "EA")
            .underAgreement("AC-ANN-1")
            .lotCovering("informatique")
            .reservedFor("EA_ESAT")
            .upTo(100_000)
            .create();
    OrderingFixtures.Buyer buyer = trade.buyer();
    UUID laptop = f.listing(trade.supplier(), "pc-portable", 25_000, 2000, "UNIQUE_ITEM", 1);
    HttpResponse<OrderViews.Submitted> placed =
        submit(buyer.requester(), "k-1", order(buyer.serviceId(), List.of(line(laptop, 1))));
    assertThat(placed.code()).as("%s", placed.getBody(Map.class)).isEqualTo(201);
    UUID id = firstOrder(placed).id();
    assertThat(firstOrder(placed).status()).isEqualTo(OrderStatus.APPROVED);
    assertThat(f.available(laptop)).isZero();
    assertThat(committed(trade.lotId())).isEqualTo(25_000);

    HttpResponse<OrderViews.Submitted> again =
        submit(buyer.requester(), "k-2", order(buyer.serviceId(), List.of(line(laptop, 1))));
    assertThat(again.code()).isEqualTo(409);
    assertThat(ApiSession.problem(again).get("type"))
        .isEqualTo("https://boucle.fr/problems/out-of-stock");
    assertThat(OrderingFixtures.fields(again)).containsExactly("lines[0].quantity");

    assertThat(act(buyer.requester(), id, "cancel", Map.of("comment", "Doublon")).body().status())
        .isEqualTo(OrderStatus.CANCELLED);
    assertThat(f.available(laptop)).isEqualTo(1);
    assertThat(committed(trade.lotId())).isZero();
    assertThat(act(buyer.requester(), id, "cancel", Map.of()).code()).isEqualTo(409);
    assertThat(
            submit(buyer.requester(), "k-3", order(buyer.serviceId(), List.of(line(laptop, 1))))
                .code())
        .isEqualTo(201);
  }

  @Test
  void numbersOrdersPerBuyerAndYearWithoutGaps() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Département Numérotation")
            .buyingFrom("Atelier Numérotation", "SIAE_EI")
            .underAgreement("AC-NUM-1")
            .upTo(1_000_000)
            .create();
    OrderingFixtures.Buyer buyer = trade.buyer();
    OrderingFixtures.Supplier supplier = trade.supplier();
    UUID table = f.listing(supplier, "table", 5_000, 2000, "LOT", 3);
    String year = String.valueOf(LocalDate.now().getYear());
    for (int i = 1; i <= 5; i++) {
      // Orders 4 and 5 fail (out of stock): they take no number.
      HttpResponse<OrderViews.Submitted> r =
          submit(buyer.requester(), "n-" + i, order(buyer.serviceId(), List.of(line(table, 1))));
      if (i <= 3) {
        assertThat(firstOrder(r).number()).isEqualTo("BC-" + year + "-00000" + i);
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
                .number())
        .isEqualTo("BC-" + year + "-000004");
  }

  private long committed(UUID lotId) {
    return sql.count(
        "SELECT committed_excl_vat_cents FROM lot_period_balance WHERE lot_id = ? AND period_index = 0",
        lotId);
  }
}
