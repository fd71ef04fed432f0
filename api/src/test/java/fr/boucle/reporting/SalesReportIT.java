package fr.boucle.reporting;

import static fr.boucle.ordering.OrderingFixtures.act;
import static fr.boucle.ordering.OrderingFixtures.agreement;
import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.line;
import static fr.boucle.ordering.OrderingFixtures.lot;
import static fr.boucle.ordering.OrderingFixtures.order;
import static fr.boucle.ordering.OrderingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.agreement.AgreementViews;
import fr.boucle.insertion.InsertionHoursIT;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderingFixtures;
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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A supplier's sales dashboard, every figure recomputed in SQL from its orders and stock. */
@MicronautTest(transactional = false)
class SalesReportIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  private static final List<String> COUNTED =
      List.of("ACCEPTED", "READY", "DELIVERED", "INVOICED", "PAID");

  @Test
  void showsRevenueOrdersWaitingStockRotationAndHoursOfTheSupplierOnly() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Supplier supplier = f.supplier("Ressourcerie des Ventes", "SIAE_EI");
    OrderingFixtures.Buyer first = f.buyer("Mairie Acheteuse", 10_000_000);
    OrderingFixtures.Buyer second = f.buyer("Département Acheteur", 10_000_000);
    AgreementViews.AgreementView a1 = awarded(f, first, supplier);
    awarded(f, second, supplier);
    UUID chair = f.listing(supplier, "siege-bureau", 4_550, 2000, "LOT", 30);
    UUID desk = f.listing(supplier, "bureau", 12_001, 2000, "LOT", 30);
    sql.update("UPDATE listing SET published_at = now() - interval '10 days' WHERE id = ?", chair);
    sql.update("UPDATE listing SET published_at = now() - interval '3 days' WHERE id = ?", desk);
    ApiSession seller = supplier.org().admin();

    // Delivered, accepted (to prepare), ready (to deliver), refused, approved (to accept).
    UUID delivered = placed(first, chair, 3, desk, 1);
    act(seller, delivered, "accept", Map.of());
    assertThat(act(first.requester(), delivered, "confirm-delivery", Map.of()).body().status())
        .isEqualTo(OrderStatus.DELIVERED);
    UUID toPrepare = placed(first, chair, 2, null, 0);
    act(seller, toPrepare, "accept", Map.of());
    UUID toDeliver = placed(second, desk, 2, null, 0);
    act(seller, toDeliver, "accept", Map.of());
    assertThat(act(seller, toDeliver, "mark-ready", Map.of()).body().status())
        .isEqualTo(OrderStatus.READY);
    UUID refused = placed(second, chair, 1, null, 0);
    assertThat(act(seller, refused, "refuse", Map.of("comment", "Rupture")).code()).isEqualTo(200);
    placed(second, desk, 1, null, 0);
    // A desk sold by hand, outside Boucle, counts in the stock rotation.
    sql.update(
        "INSERT INTO stock_movement (listing_id, kind, quantity, actor) VALUES (?, 'SOLD', -1, 'test')",
        desk);
    // Hours declared on the first buyer's lot.
    assertThat(
            InsertionHoursIT.declare(
                    seller,
                    OrderingFixtures.lotId(a1, 1).toString(),
                    "0",
                    "16",
                    "heures.pdf",
                    InsertionHoursIT.PDF)
                .code())
        .isEqualTo(201);

    HttpResponse<SalesReport> answered =
        seller.exchange(HttpRequest.GET("/api/reports/sales"), SalesReport.class);
    assertThat(answered.code()).as("%s", answered.getBody(Map.class)).isEqualTo(200);
    SalesReport report = answered.body();
    UUID id = supplier.org().id();

    assertThat(report.revenueCents())
        .isEqualTo(
            sql.count(
                "SELECT sum(total_excl_vat_cents) FROM purchase_order WHERE supplier_id = ?"
                    + " AND status = ANY(?)",
                id,
                COUNTED))
        .isPositive();
    Map<String, long[]> byBuyer = new HashMap<>();
    sql.list(
        "SELECT buyer_id, sum(total_excl_vat_cents) AS cents, count(*) AS n FROM purchase_order"
            + " WHERE supplier_id = ? AND status = ANY(?) GROUP BY buyer_id",
        rs ->
            byBuyer.put(
                rs.getString("buyer_id"), new long[] {rs.getLong("cents"), rs.getLong("n")}),
        id,
        COUNTED);
    assertThat(report.byBuyer()).hasSize(2);
    for (SalesReport.ByBuyer b : report.byBuyer()) {
      assertThat(new long[] {b.revenueCents(), b.orders()}).isEqualTo(byBuyer.get(b.key()));
    }
    assertThat(report.byBuyer())
        .extracting(SalesReport.ByBuyer::label)
        .contains("Mairie Acheteuse");
    Map<String, long[]> byCategory = new HashMap<>();
    sql.list(
        "SELECT l.category_id, sum(l.line_excl_vat_cents) AS cents, sum(l.quantity) AS units"
            + " FROM order_line l JOIN purchase_order o ON o.id = l.order_id"
            + " WHERE o.supplier_id = ? AND o.status = ANY(?) GROUP BY l.category_id",
        rs ->
            byCategory.put(
                rs.getString("category_id"), new long[] {rs.getLong("cents"), rs.getLong("units")}),
        id,
        COUNTED);
    assertThat(report.byCategory())
        .extracting(SalesReport.ByCategory::key)
        .containsExactlyInAnyOrder("siege-bureau", "bureau");
    for (SalesReport.ByCategory c : report.byCategory()) {
      assertThat(new long[] {c.revenueCents(), c.units()}).isEqualTo(byCategory.get(c.key()));
    }
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    assertThat(report.byMonth()).hasSize(12);
    SalesReport.ByMonth now = report.byMonth().get(11);
    assertThat(now.month()).isEqualTo(YearMonth.from(today).toString());
    assertThat(now.revenueCents()).isEqualTo(report.revenueCents());
    assertThat(now.orders()).isEqualTo(3);
    assertThat(report.ordersWaiting()).isEqualTo(new SalesReport.OrdersWaiting(1, 1, 1));

    // Stock rotation: SOLD movements per category, units in stock, median days per unit.
    Map<String, Object[]> rotation = new HashMap<>();
    sql.list(
        "SELECT s.category_id, sum(s.units) AS sold, percentile_cont(0.5) WITHIN GROUP"
            + " (ORDER BY s.days) AS median FROM (SELECT l.category_id, 1 AS units,"
            + " (m.occurred_at AT TIME ZONE 'Europe/Paris')::date"
            + " - (l.published_at AT TIME ZONE 'Europe/Paris')::date AS days"
            + " FROM stock_movement m JOIN listing l ON l.id = m.listing_id,"
            + " generate_series(1, -m.quantity) WHERE l.supplier_id = ? AND m.kind = 'SOLD') s"
            + " GROUP BY s.category_id",
        rs ->
            rotation.put(
                rs.getString("category_id"),
                new Object[] {rs.getLong("sold"), rs.getDouble("median")}),
        id);
    assertThat(report.stockRotation())
        .extracting(SalesReport.Rotation::categoryId)
        .containsExactlyInAnyOrder("siege-bureau", "bureau");
    for (SalesReport.Rotation r : report.stockRotation()) {
      assertThat(r.unitsSold()).as(r.categoryId()).isEqualTo(rotation.get(r.categoryId())[0]);
      assertThat(r.medianDaysToSell())
          .as(r.categoryId())
          .isEqualTo(rotation.get(r.categoryId())[1]);
      assertThat(r.unitsInStock())
          .isEqualTo(
              sql.count(
                  "SELECT sum(available_quantity) FROM listing WHERE supplier_id = ? AND category_id = ?",
                  id,
                  r.categoryId()));
    }
    SalesReport.Rotation chairs =
        report.stockRotation().stream()
            .filter(r -> r.categoryId().equals("siege-bureau"))
            .findFirst()
            .orElseThrow();
    assertThat(chairs.unitsSold()).isEqualTo(3);
    assertThat(chairs.medianDaysToSell()).isEqualTo(10.0);
    assertThat(report.hoursDeclared()).isEqualTo(new SalesReport.Hours(16, 0));

    // A period before any sale has no revenue; buyers get 403; bad dates are named.
    SalesReport past =
        seller.get(
            "/api/reports/sales?from=" + today.minusYears(2) + "&to=" + today.minusYears(1),
            SalesReport.class);
    assertThat(past.revenueCents()).isZero();
    assertThat(past.byBuyer()).isEmpty();
    assertThat(first.admin().exchange(HttpRequest.GET("/api/reports/sales"), Map.class).code())
        .isEqualTo(403);
    HttpResponse<Map> bad =
        seller.exchange(
            HttpRequest.GET("/api/reports/sales?from=" + today.plusDays(1) + "&to=" + today),
            Map.class);
    assertThat(OrderingFixtures.fields(bad)).containsExactly("from");
    // Another supplier sees none of it.
    OrderingFixtures.Supplier rival = f.supplier("Ressourcerie Rivale", "EA");
    SalesReport theirs = rival.org().admin().get("/api/reports/sales", SalesReport.class);
    assertThat(theirs.revenueCents()).isZero();
    assertThat(theirs.ordersWaiting()).isEqualTo(new SalesReport.OrdersWaiting(0, 0, 0));
    assertThat(theirs.hoursDeclared()).isEqualTo(new SalesReport.Hours(0, 0));
  }

  private static AgreementViews.AgreementView awarded(
      OrderingFixtures f, OrderingFixtures.Buyer buyer, OrderingFixtures.Supplier supplier) {
    return f.activeAgreement(
        buyer,
        agreement(
            "AC-VENTES-" + UUID.randomUUID().toString().substring(0, 8),
            List.of(
                lot(
                    1,
                    List.of("mobilier-bureau"),
                    "NONE",
                    List.of(supplier.org().id()),
                    10_000_000,
                    0))));
  }

  private static UUID placed(
      OrderingFixtures.Buyer buyer, UUID listing, int qty, UUID other, int otherQty) {
    List<Map<String, Object>> lines =
        other == null
            ? List.of(line(listing, qty))
            : List.of(line(listing, qty), line(other, otherQty));
    return firstOrder(
            submit(
                buyer.requester(), "sales-" + UUID.randomUUID(), order(buyer.serviceId(), lines)))
        .id();
  }
}
