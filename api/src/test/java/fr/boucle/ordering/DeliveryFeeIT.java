package fr.boucle.ordering;

import static fr.boucle.ordering.OrderingFixtures.fields;
import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.line;
import static fr.boucle.ordering.OrderingFixtures.order;
import static fr.boucle.ordering.OrderingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A listing's delivery fee is part of the order: one delivery per order at the highest fee of its
 * listings, at that listing's VAT rate, in the totals, against the lot's maximum, in the spend
 * ledger and on the purchase order PDF.
 */
@MicronautTest(transactional = false)
class DeliveryFeeIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Test
  void theDeliveryFeeIsInTheTotalsTheCapTheLedgerAndThePdf() throws Exception {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    // 430 € of goods + 45 € of delivery = 475 €; the lot holds 470 €.
    OrderingFixtures.Trade trade =
        f.aBuyer("Département Livraison")
            .buyingFrom("Atelier Livraison", "SIAE_EI")
            .underAgreement("AC-LIV")
            .lotCovering("refrigerateur")
            .upTo(47_000)
            .create();
    OrderingFixtures.Buyer buyer = trade.buyer();
    OrderingFixtures.Supplier supplier = trade.supplier();
    UUID fridge = f.listing(supplier, "refrigerateur", 20_000, 2000, "LOT", 5); // 200 €, 20 %
    UUID books = f.listing(supplier, "refrigerateur", 1_000, 550, "LOT", 5); // 10 €, 5.5 %
    sql.update("UPDATE listing SET delivery_fee_cents = 4500 WHERE id = ?", fridge);
    sql.update("UPDATE listing SET delivery_fee_cents = 1500 WHERE id = ?", books);
    Map<String, Object> both = order(buyer.serviceId(), List.of(line(fridge, 2), line(books, 3)));
    HttpResponse<OrderViews.Submitted> refused = submit(buyer.requester(), "liv-1", both);
    assertThat(refused.code()).isEqualTo(409);
    assertThat(fields(refused)).containsExactly("lotId");
    assertThat(f.available(fridge)).isEqualTo(5);

    // Without the books: 400 € + 45 € fits.
    HttpResponse<OrderViews.Submitted> placed =
        submit(buyer.requester(), "liv-2", order(buyer.serviceId(), List.of(line(fridge, 2))));
    assertThat(placed.code()).as("%s", placed.getBody(Map.class)).isEqualTo(201);
    OrderViews.Order o = firstOrder(placed);
    assertThat(o.deliveryFee()).isEqualTo(new OrderViews.DeliveryFee(4_500, 900, 2000));
    assertThat(o.totals()).isEqualTo(new OrderViews.Totals(44_500, 8_900, 53_400));
    assertThat(o.vat())
        .singleElement()
        .satisfies(v -> assertThat(v.baseExclVatCents()).isEqualTo(44_500));
    assertThat(
            sql.count(
                "SELECT sum(committed_excl_vat_cents) FROM spend_entry WHERE order_id = ?::uuid",
                o.id()))
        .isEqualTo(44_500);

    HttpResponse<byte[]> pdf =
        buyer.requester().exchange(HttpRequest.GET("/api/orders/" + o.id() + "/pdf"), byte[].class);
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Frais de livraison").contains("445,00");
    }
  }
}
