package fr.boucle.needs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.needs.internal.WatchNewStock;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Stock coming back on a listing already on sale: when its available quantity goes from 0 to more
 * than 0, the authors of the open needs it matches are told (mail and notification), once per
 * listing and need, however often it runs out and comes back; a listing of another category, or one
 * that never ran out, is not told.
 */
@MicronautTest(transactional = false)
class NeedRestockIT {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;
  @Inject WatchNewStock stockWatch;

  @Test
  void aListingBackInStockIsToldToTheMatchingNeedsOnce() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Buyer buyer = f.buyer("Ville de Bagnolet", 10_000_000);
    OrderingFixtures.Supplier supplier = f.supplier("Recyclerie de Bagnolet", "SIAE_ACI");
    ApiSession stockKeeper = supplier.org().admin();
    UUID chair = f.listing(supplier, "siege-bureau", 8_000, 2000, "LOT", 3);
    UUID laptop = f.listing(supplier, "pc-portable", 20_000, 2000, "LOT", 2);
    UUID stool = f.listing(supplier, "siege-bureau", 3_000, 2000, "LOT", 4);
    // On sale for an hour (published with their opening stock), then the chair and the laptop sell
    // out before the need is published.
    sql.update(
        "UPDATE stock_movement SET occurred_at = now() - interval '1 hour'"
            + " WHERE listing_id IN (?, ?, ?)",
        chair,
        laptop,
        stool);
    sql.update(
        "UPDATE listing SET published_at = now() - interval '1 hour' WHERE id IN (?, ?, ?)",
        chair,
        laptop,
        stool);
    move(stockKeeper, chair, "SOLD", 3);
    move(stockKeeper, laptop, "SOLD", 2);
    stockWatch.sweep();

    UUID need = publish(buyer.requester(), buyer.serviceId());
    String subject = "Nouveau en stock pour votre besoin : Sièges pour la salle du conseil";
    long before = mails(subject, chair) + mails(subject, stool) + mails(subject, laptop);
    assertThat(before).isZero();

    // Back in stock: the chair matches the need (its category), the laptop does not; the stool
    // never ran out.
    move(stockKeeper, chair, "RECEIVED", 5);
    move(stockKeeper, laptop, "RECEIVED", 1);
    move(stockKeeper, stool, "RECEIVED", 1);
    stockWatch.sweep();
    assertThat(mails(subject, chair)).isEqualTo(1);
    assertThat(mails(subject, laptop)).isZero();
    assertThat(mails(subject, stool)).isZero();
    assertThat(
            sql.count(
                "SELECT count(*) FROM notification WHERE person_id = ? AND kind = 'NEED_STOCK'"
                    + " AND link = ?",
                buyer.requesterId(),
                "/catalogue/" + chair))
        .isEqualTo(1);
    assertThat(sql.count("SELECT count(*) FROM need_stock_match WHERE need_id = ?", need))
        .isEqualTo(1);

    // Out again and back again: still once per listing and need.
    move(stockKeeper, chair, "SOLD", 5);
    move(stockKeeper, chair, "RECEIVED", 2);
    stockWatch.sweep();
    stockWatch.sweep();
    assertThat(mails(subject, chair)).isEqualTo(1);
  }

  private static void move(ApiSession session, UUID listing, String kind, int quantity) {
    assertThat(
            session
                .exchange(
                    HttpRequest.POST(
                        "/api/stock/listings/" + listing + "/stock",
                        Map.of("kind", kind, "quantity", quantity)),
                    Map.class)
                .code())
        .isEqualTo(200);
  }

  private static UUID publish(ApiSession requester, UUID service) {
    Map<String, Object> need = new HashMap<>();
    need.put("title", "Sièges pour la salle du conseil");
    need.put("description", "");
    need.put("categoryIds", List.of("siege-bureau"));
    need.put("quantity", 5);
    need.put("serviceId", service.toString());
    need.put("closingDate", LocalDate.now().plusDays(10).toString());
    need.put("kind", "QUOTE");
    need.put("visibility", "ALL_SUPPLIERS");
    return requester
        .exchange(HttpRequest.POST("/api/needs", need), NeedViews.NeedDetail.class)
        .body()
        .summary()
        .id();
  }

  private long mails(String subject, UUID listing) {
    return sql.count(
        "SELECT count(*) FROM mail_outbox WHERE subject = ? AND body LIKE ?",
        subject,
        "%/catalogue/" + listing + "%");
  }
}
