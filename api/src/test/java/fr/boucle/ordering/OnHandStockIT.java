package fr.boucle.ordering;

import static fr.boucle.ordering.OrderingFixtures.act;
import static fr.boucle.ordering.OrderingFixtures.fields;
import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.line;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Stock systems and stock counts give what is on the shelves: the units reserved by open orders are
 * among them. Whatever the supplier sends, a unique item is never sold twice, and cancelling or
 * refusing an order always gives its units back.
 */
@MicronautTest(transactional = false)
class OnHandStockIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Test
  void aReservedUniqueItemIsNeverSoldTwiceAndItsOrderCancelsCleanly() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Département Unique")
            .buyingFrom("Atelier Unique", "SIAE_EI")
            .underAgreement("AC-UNIQ")
            .lotCovering("refrigerateur")
            .create();
    OrderingFixtures.Buyer buyer = trade.buyer();
    OrderingFixtures.Supplier supplier = trade.supplier();
    UUID fridge = f.listing(supplier, "refrigerateur", 25_000, 2000, "UNIQUE_ITEM", 1);
    ApiSession seller = supplier.org().admin();
    String sku = sku(fridge);

    HttpResponse<OrderViews.Submitted> first =
        submit(buyer.requester(), "uniq-1", order(buyer.serviceId(), List.of(line(fridge, 1))));
    assertThat(first.code()).isEqualTo(201);
    assertThat(stock(seller, fridge))
        .containsEntry("availableQuantity", 0)
        .containsEntry("reservedQuantity", 1);

    // The stock system still counts the fridge in the depot: on hand 1, available 0.
    HttpResponse<Map> pushed =
        seller.exchange(HttpRequest.PUT("/api/stock/skus/" + sku, draft(sku, 1)), Map.class);
    assertThat(pushed.code()).as("%s", pushed.getBody(Map.class)).isEqualTo(200);
    assertThat(pushed.body().get("stockDelta")).isEqualTo(0);
    assertThat(stock(seller, fridge)).containsEntry("availableQuantity", 0);

    // Neither a count on hand nor "set available" can make a second unit.
    assertThat(move(seller, fridge, Map.of("onHand", 1, "reason", "Inventaire")).code())
        .isEqualTo(200);
    assertThat(stock(seller, fridge)).containsEntry("availableQuantity", 0);
    HttpResponse<Map> twice = move(seller, fridge, Map.of("available", 1, "reason", "Inventaire"));
    assertThat(twice.code()).isEqualTo(400);
    assertThat(fields(twice)).containsExactly("available");
    HttpResponse<Map> received = move(seller, fridge, Map.of("kind", "RECEIVED", "quantity", 1));
    assertThat(received.code()).isEqualTo(400);
    assertThat(fields(received)).containsExactly("quantity");

    // Below the reserved unit, a count is refused, naming what holds it; nothing is written.
    HttpResponse<Map> gone = move(seller, fridge, Map.of("onHand", 0, "reason", "Inventaire"));
    assertThat(gone.code()).isEqualTo(400);
    assertThat(fields(gone)).containsExactly("onHand");
    assertThat(ApiSession.problem(gone).toString()).contains("reserved by open orders");
    HttpResponse<Map> zero =
        seller.exchange(HttpRequest.PUT("/api/stock/skus/" + sku, draft(sku, 0)), Map.class);
    assertThat(zero.code()).isEqualTo(400);
    assertThat(fields(zero)).containsExactly("quantity");
    assertThat(stock(seller, fridge))
        .containsEntry("availableQuantity", 0)
        .containsEntry("reservedQuantity", 1);

    HttpResponse<OrderViews.Submitted> second =
        submit(buyer.requester(), "uniq-2", order(buyer.serviceId(), List.of(line(fridge, 1))));
    assertThat(second.code()).isEqualTo(409);

    // Cancelling the one order gives the single unit back.
    HttpResponse<OrderViews.Order> cancelled =
        act(buyer.requester(), firstOrder(first).id(), "cancel", Map.of());
    assertThat(cancelled.code()).as("%s", cancelled.getBody(Map.class)).isEqualTo(200);
    assertThat(stock(seller, fridge))
        .containsEntry("availableQuantity", 1)
        .containsEntry("reservedQuantity", 0);
  }

  @Test
  void aLotCountedOnHandKeepsItsReservations() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Département Lots")
            .buyingFrom("Atelier Lots", "SIAE_EI")
            .underAgreement("AC-LOTS")
            .lotCovering("chaise")
            .create();
    OrderingFixtures.Buyer buyer = trade.buyer();
    OrderingFixtures.Supplier supplier = trade.supplier();
    UUID chairs = f.listing(supplier, "chaise", 2_000, 2000, "LOT", 10);
    ApiSession seller = supplier.org().admin();
    String sku = sku(chairs);
    HttpResponse<OrderViews.Submitted> placed =
        submit(buyer.requester(), "lots-1", order(buyer.serviceId(), List.of(line(chairs, 4))));
    assertThat(placed.code()).isEqualTo(201);

    // Ten still on the shelves, four of them promised: six to sell.
    HttpResponse<Map> pushed =
        seller.exchange(HttpRequest.PUT("/api/stock/skus/" + sku, draft(sku, 10)), Map.class);
    assertThat(pushed.code()).isEqualTo(200);
    assertThat(stock(seller, chairs))
        .containsEntry("availableQuantity", 6)
        .containsEntry("reservedQuantity", 4);
    assertThat(move(seller, chairs, Map.of("onHand", 12, "reason", "Arrivage")).code())
        .isEqualTo(200);
    assertThat(stock(seller, chairs)).containsEntry("availableQuantity", 8);
    assertThat(
            seller
                .exchange(HttpRequest.PUT("/api/stock/skus/" + sku, draft(sku, 3)), Map.class)
                .code())
        .isEqualTo(400);

    // Refusal by the supplier releases the four.
    HttpResponse<OrderViews.Order> refused =
        act(seller, firstOrder(placed).id(), "refuse", Map.of("comment", "Abîmées"));
    assertThat(refused.code()).as("%s", refused.getBody(Map.class)).isIn(200, 404);
    if (refused.code() == 404) {
      // An order awaiting approval is not the supplier's yet: the buyer cancels it instead.
      assertThat(act(buyer.requester(), firstOrder(placed).id(), "cancel", Map.of()).code())
          .isEqualTo(200);
    }
    assertThat(stock(seller, chairs))
        .containsEntry("availableQuantity", 12)
        .containsEntry("reservedQuantity", 0);
  }

  private String sku(UUID listing) {
    return sql.one("SELECT sku FROM listing WHERE id = ?", rs -> rs.getString(1), listing)
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> stock(ApiSession seller, UUID listing) {
    return seller.get("/api/stock/listings/" + listing, Map.class);
  }

  private static HttpResponse<Map> move(
      ApiSession seller, UUID listing, Map<String, Object> change) {
    return seller.exchange(
        HttpRequest.POST("/api/stock/listings/" + listing + "/stock", change), Map.class);
  }

  /** The listing as the supplier's stock system sends it, with a count on hand. */
  private Map<String, Object> draft(String sku, int quantity) {
    Map<String, Object> body = new LinkedHashMap<>();
    sql.one(
        "SELECT kind, title, category_id, price_excl_vat_cents FROM listing WHERE sku = ?",
        rs -> {
          body.put("kind", rs.getString("kind"));
          body.put("title", rs.getString("title"));
          body.put("categoryId", rs.getString("category_id"));
          body.put("priceExclVat", java.math.BigDecimal.valueOf(rs.getLong(4), 2).toPlainString());
          return body;
        },
        sku);
    body.put("condition", "BON_ETAT");
    body.put("origin", "REEMPLOI");
    body.put("vatRate", "20");
    body.put("status", "PUBLISHED");
    body.put("quantity", quantity);
    return body;
  }
}
