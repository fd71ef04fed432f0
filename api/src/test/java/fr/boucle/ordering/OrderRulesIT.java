package fr.boucle.ordering;

import static fr.boucle.ordering.OrderingFixtures.act;
import static fr.boucle.ordering.OrderingFixtures.agreement;
import static fr.boucle.ordering.OrderingFixtures.checkout;
import static fr.boucle.ordering.OrderingFixtures.fields;
import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.line;
import static fr.boucle.ordering.OrderingFixtures.lot;
import static fr.boucle.ordering.OrderingFixtures.lotId;
import static fr.boucle.ordering.OrderingFixtures.order;
import static fr.boucle.ordering.OrderingFixtures.putInCart;
import static fr.boucle.ordering.OrderingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.agreement.AgreementViews;
import fr.boucle.ordering.internal.OrderNumbering;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.util.PSQLException;

/** Validation naming each field, idempotency, and isolation between organisations. */
@MicronautTest(transactional = false)
class OrderRulesIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;
  @Inject JsonMapper json;
  @Inject OrderNumbering numbering;

  @Test
  @SuppressWarnings("unchecked")
  void agreementRulesNameEachBadField() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Buyer buyer = f.buyer("Département Règles", 0);
    OrderingFixtures.Supplier siae = f.supplier("Atelier SIAE", "SIAE_EI");
    Map<String, Object> lot1 =
        lot(
            1,
            List.of("mobilier-bureau", "pas-une-categorie"),
            "EA_ESAT",
            List.of(siae.org().id()),
            1_000,
            0);
    lot1.remove("environmentalClause");
    lot1.put("minimumExclVatCents", 5_000);
    Map<String, Object> lot2 =
        lot(1, List.of("informatique"), "NONE", List.of(siae.org().id()), 1_000, 0);
    lot2.put("priceTerms", "UNIT_PRICE_SCHEDULE");
    lot2.put("unitPrices", List.of(Map.of("categoryId", "velo", "unitPriceExclVatCents", 100)));
    Map<String, Object> a = agreement("AC-BAD", List.of(lot1, lot2));
    a.put("renewalCount", 4); // 1 year + 4 × 12 months: over four years
    HttpResponse<Map> bad =
        buyer.admin().exchange(HttpRequest.POST("/api/agreements", a), Map.class);
    assertThat(bad.code()).isEqualTo(400);
    assertThat(fields(bad))
        .containsExactlyInAnyOrder(
            "renewalCount",
            "lots[0].categoryIds[1]",
            "lots[0].supplierIds[0]",
            "lots[0].environmentalClause",
            "lots[0].minimumExclVatCents",
            "lots[1].number",
            "lots[1].unitPrices[0].categoryId");

    Map<String, Object> empty = new HashMap<>();
    empty.put("lots", List.of(Map.of()));
    HttpResponse<Map> blank =
        buyer.admin().exchange(HttpRequest.POST("/api/agreements", empty), Map.class);
    assertThat(blank.code()).isEqualTo(400);
    assertThat(fields(blank))
        .contains(
            "reference", "title", "procedure", "startDate", "lots[0].title", "lots[0].supplierIds");

    // Requesters read, only the admin writes; an active agreement is frozen.
    Map<String, Object> good =
        agreement(
            "AC-OK",
            List.of(lot(1, List.of("informatique"), "SIAE", List.of(siae.org().id()), 1_000, 0)));
    assertThat(
            buyer.requester().exchange(HttpRequest.POST("/api/agreements", good), Map.class).code())
        .isEqualTo(403);
    AgreementViews.AgreementView active = f.activeAgreement(buyer, good);
    HttpResponse<Map> edit =
        buyer.admin().exchange(HttpRequest.PUT("/api/agreements/" + active.id(), good), Map.class);
    assertThat(edit.code()).isEqualTo(409);
    HttpResponse<Map> dup =
        buyer.admin().exchange(HttpRequest.POST("/api/agreements", good), Map.class);
    assertThat(fields(dup)).containsExactly("reference");
    assertThat(active.lots()).hasSize(1);
    assertThat(active.lots().get(0).periods()).hasSize(3);

    // The supplier sees the agreements where it is awarded.
    Map<String, Object> seen = siae.org().admin().get("/api/agreements", Map.class);
    assertThat((List<Map<String, Object>>) seen.get("items"))
        .extracting(x -> x.get("reference"))
        .containsExactly("AC-OK");
  }

  @Test
  void orderRulesNameEachBadField() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Buyer buyer = f.buyer("Département Contrôles", 10_000_000);
    OrderingFixtures.Supplier awarded = f.supplier("Atelier Titulaire", "SIAE_EI");
    OrderingFixtures.Supplier stranger = f.supplier("Atelier Étranger", "SIAE_EI");
    UUID chair = f.listing(awarded, "chaise", 1_000, 2000, "LOT", 50);
    UUID bike = f.listing(awarded, "velo", 1_000, 2000, "LOT", 50);
    UUID foreignChair = f.listing(stranger, "chaise", 1_000, 2000, "LOT", 50);
    sql.update("UPDATE listing SET minimum_order_quantity = 5 WHERE id = ?", bike);

    // No agreement in force yet: the lot field explains it.
    HttpResponse<OrderViews.Submitted> none =
        submit(buyer.requester(), "v-0", order(buyer.serviceId(), List.of(line(chair, 1))));
    assertThat(none.code()).isEqualTo(400);
    assertThat(fields(none)).containsExactly("lotId");
    assertThat(ApiSession.problem(none).toString()).contains("no framework agreement in force");

    AgreementViews.AgreementView agreement =
        f.activeAgreement(
            buyer,
            agreement(
                "AC-CTRL",
                List.of(
                    lot(
                        1,
                        List.of("mobilier-bureau"),
                        "SIAE",
                        List.of(awarded.org().id()),
                        5_000,
                        0))));

    Map<String, Object> body =
        new LinkedHashMap<>(
            order(
                UUID.randomUUID(),
                List.of(
                    line(chair, 1),
                    line(chair, 1),
                    line(foreignChair, 1),
                    line(UUID.randomUUID(), 1))));
    body.put("deliveryDate", LocalDate.now().minusDays(1).toString());
    HttpResponse<OrderViews.Submitted> bad = submit(buyer.requester(), "v-1", body);
    assertThat(bad.code()).isEqualTo(400);
    assertThat(fields(bad))
        .containsExactlyInAnyOrder(
            "serviceId",
            "deliveryDate",
            "lines[1].listingId",
            "lines[2].listingId",
            "lines[3].listingId");

    HttpResponse<OrderViews.Submitted> scope =
        submit(
            buyer.requester(),
            "v-2",
            order(buyer.serviceId(), List.of(line(chair, 1), line(bike, 2))));
    assertThat(fields(scope)).containsExactlyInAnyOrder("lines[1].quantity", "lines[1].listingId");

    HttpResponse<OrderViews.Submitted> stranger1 =
        submit(buyer.requester(), "v-3", order(buyer.serviceId(), List.of(line(foreignChair, 1))));
    assertThat(fields(stranger1)).containsExactly("lotId");
    assertThat(ApiSession.problem(stranger1).toString()).contains("not awarded");

    Map<String, Object> explicit = order(buyer.serviceId(), List.of(line(foreignChair, 1)));
    explicit.put("lotId", lotId(agreement, 1).toString());
    assertThat(fields(submit(buyer.requester(), "v-4", explicit))).containsExactly("lotId");

    HttpResponse<OrderViews.Submitted> cap =
        submit(buyer.requester(), "v-5", order(buyer.serviceId(), List.of(line(chair, 6))));
    assertThat(cap.code()).isEqualTo(409);
    assertThat(ApiSession.problem(cap).get("type"))
        .isEqualTo("https://boucle.fr/problems/lot-cap-exceeded");
    assertThat(fields(cap)).containsExactly("lotId");

    Map<String, Object> noLines = new LinkedHashMap<>();
    noLines.put("lines", List.of(Map.of("quantity", 0)));
    HttpResponse<OrderViews.Submitted> invalid = submit(buyer.requester(), "v-6", noLines);
    assertThat(invalid.code()).isEqualTo(400);
    assertThat(fields(invalid))
        .contains("serviceId", "deliveryDate", "lines[0].listingId", "lines[0].quantity");

    HttpResponse<Map> noKey =
        buyer
            .requester()
            .exchange(
                HttpRequest.POST("/api/orders", order(buyer.serviceId(), List.of(line(chair, 1)))),
                Map.class);
    assertThat(fields(noKey)).containsExactly("Idempotency-Key");

    assertThat(
            submit(buyer.approver(), "v-7", order(buyer.serviceId(), List.of(line(chair, 1))))
                .code())
        .as("approvers do not place orders")
        .isEqualTo(403);
    assertThat(
            sql.count("SELECT count(*) FROM purchase_order WHERE buyer_id = ?", buyer.org().id()))
        .isZero();
  }

  @Test
  void sameKeySameBodyGivesTheSameOrderAndAnotherBodyIsRefused() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Département Idempotent")
            .buyingFrom("Atelier Idempotent", "SIAE_EI")
            .underAgreement("AC-IDEM")
            .lotCovering("chaise")
            .upTo(1_000_000)
            .create();
    OrderingFixtures.Buyer buyer = trade.buyer();
    OrderingFixtures.Supplier supplier = trade.supplier();
    UUID chair = f.listing(supplier, "chaise", 1_000, 2000, "LOT", 50);
    Map<String, Object> body = order(buyer.serviceId(), List.of(line(chair, 2)));

    HttpResponse<OrderViews.Submitted> first = submit(buyer.requester(), "idem-1", body);
    HttpResponse<OrderViews.Submitted> second = submit(buyer.requester(), "idem-1", body);
    assertThat(first.code()).isEqualTo(201);
    assertThat(second.code()).isEqualTo(200);
    assertThat(second.body().replayed()).isTrue();
    assertThat(firstOrder(second).id()).isEqualTo(firstOrder(first).id());
    assertThat(f.available(chair)).isEqualTo(48);

    HttpResponse<OrderViews.Submitted> other =
        submit(buyer.requester(), "idem-1", order(buyer.serviceId(), List.of(line(chair, 3))));
    assertThat(other.code()).isEqualTo(422);
    assertThat(fields(other)).containsExactly("Idempotency-Key");
    assertThat(f.available(chair)).isEqualTo(48);

    // A key is the person's own: a colleague's same key is a new request.
    ApiSession colleague = f.anotherRequester(buyer);
    HttpResponse<OrderViews.Submitted> theirs = submit(colleague, "idem-1", body);
    assertThat(theirs.code()).isEqualTo(201);
    assertThat(firstOrder(theirs).id()).isNotEqualTo(firstOrder(first).id());

    // A replay answers the first result even once that request took the last units.
    Map<String, Object> rest = order(buyer.serviceId(), List.of(line(chair, 46)));
    HttpResponse<OrderViews.Submitted> all = submit(buyer.requester(), "idem-2", rest);
    assertThat(all.code()).isEqualTo(201);
    assertThat(f.available(chair)).isZero();
    HttpResponse<OrderViews.Submitted> again = submit(buyer.requester(), "idem-2", rest);
    assertThat(again.code()).isEqualTo(200);
    assertThat(firstOrder(again).id()).isEqualTo(firstOrder(all).id());
    assertThat(fields(submit(buyer.requester(), "idem-3", rest)))
        .containsExactly("lines[0].quantity");
  }

  /**
   * A checkout confirms the lines the requester reviewed: its key covers them, a retry after
   * success is answered from the key although the cart is empty by then, and a cart changed
   * meanwhile (in another tab) is refused rather than ordered unseen.
   */
  @Test
  void checkoutIdempotencyCoversTheCartLines() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Département Panier")
            .buyingFrom("Atelier Panier", "SIAE_EI")
            .underAgreement("AC-PANIER")
            .lotCovering("chaise")
            .upTo(1_000_000)
            .create();
    OrderingFixtures.Buyer buyer = trade.buyer();
    OrderingFixtures.Supplier supplier = trade.supplier();
    UUID chair = f.listing(supplier, "chaise", 1_000, 2000, "LOT", 50);
    ApiSession requester = buyer.requester();
    putInCart(requester, chair, 2);

    Map<String, Object> two = checkoutBody(supplier, buyer, List.of(line(chair, 2)));
    HttpResponse<OrderViews.Submitted> placed = checkout(requester, "co-panier-1", two);
    assertThat(placed.code()).as("%s", placed.getBody(Map.class)).isEqualTo(201);
    assertThat(f.available(chair)).isEqualTo(48);
    HttpResponse<OrderViews.Submitted> retried = checkout(requester, "co-panier-1", two);
    assertThat(retried.code()).as("%s", retried.getBody(Map.class)).isEqualTo(200);
    assertThat(retried.body().replayed()).isTrue();
    assertThat(firstOrder(retried).id()).isEqualTo(firstOrder(placed).id());
    assertThat(f.available(chair)).isEqualTo(48);
    HttpResponse<OrderViews.Submitted> otherLines =
        checkout(requester, "co-panier-1", checkoutBody(supplier, buyer, List.of(line(chair, 3))));
    assertThat(otherLines.code()).isEqualTo(422);
    assertThat(fields(otherLines)).containsExactly("Idempotency-Key");

    // Reviewed with 2 chairs, changed to 3 in another tab: nothing is ordered unseen.
    putInCart(requester, chair, 3);
    HttpResponse<OrderViews.Submitted> stale = checkout(requester, "co-panier-2", two);
    assertThat(stale.code()).isEqualTo(409);
    assertThat(fields(stale)).containsExactly("orders[0].lines");
    assertThat(f.available(chair)).isEqualTo(48);
    assertThat(requester.get("/api/cart", OrderViews.Cart.class).lineCount()).isEqualTo(1);
    HttpResponse<OrderViews.Submitted> reviewed =
        checkout(requester, "co-panier-3", checkoutBody(supplier, buyer, List.of(line(chair, 3))));
    assertThat(reviewed.code()).isEqualTo(201);
    assertThat(f.available(chair)).isEqualTo(45);
  }

  private static Map<String, Object> checkoutBody(
      OrderingFixtures.Supplier supplier,
      OrderingFixtures.Buyer buyer,
      List<Map<String, Object>> lines) {
    return Map.of(
        "orders",
        List.of(
            Map.of(
                "supplierId", supplier.org().id().toString(),
                "serviceId", buyer.serviceId().toString(),
                "deliveryDate", java.time.LocalDate.now().plusDays(10).toString(),
                "lines", lines)));
  }

  /**
   * The checks that hold under the locks are the database function's (V9): called directly with a
   * priced submission the application would have accepted a moment earlier, it refuses short stock
   * and a passed lot maximum with what to name, and writes nothing; a key is answered once.
   */
  @Test
  void placeOrdersRefusesUnderTheLocksAndWritesNothing() throws Exception {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    PlaceOrders place = placeOrders(f, "Verrou", 4, 3_000);
    OrderingFixtures.Buyer buyer = place.buyer();
    UUID chair = place.listingId();
    UUID lotId = place.lotId();
    long movements = sql.count("SELECT count(*) FROM stock_movement WHERE listing_id = ?", chair);

    String shortStock = refusal(() -> place.call("k-1", "h-1", 5, 5_000));
    assertThat(shortStock).startsWith("BC001");
    assertThat(shortStock).contains(chair.toString()).contains("\"available\": 4");
    String overCap = refusal(() -> place.call("k-1", "h-1", 3, 3_001));
    assertThat(overCap)
        .startsWith("BC002")
        .contains("\"remaining\": 3000")
        .contains("\"amount\": 3001");
    assertThat(sql.count("SELECT count(*) FROM stock_movement WHERE listing_id = ?", chair))
        .as("no stock reserved")
        .isEqualTo(movements);
    assertThat(
            sql.count(
                "SELECT count(*) FROM submission_key WHERE person_id = ?", buyer.requesterId()))
        .as("no key kept")
        .isZero();
    assertThat(
            sql.count("SELECT count(*) FROM purchase_order WHERE buyer_id = ?", buyer.org().id()))
        .isZero();
    assertThat(
            sql.count(
                "SELECT committed_excl_vat_cents FROM lot_period_balance WHERE lot_id = ?", lotId))
        .isZero();

    List<String> placed = place.call("k-2", "h-2", 3, 3_000);
    assertThat(placed).hasSize(2);
    assertThat(placed.get(1)).as("replayed").isEqualTo("f");
    assertThat(place.call("k-2", "h-2", 3, 3_000)).containsExactly(placed.get(0), "t");
    assertThat(refusal(() -> place.call("k-2", "h-other", 1, 1_000))).startsWith("BC003");
    assertThat(f.available(chair)).isEqualTo(1);
    // Numbers are given after the commit (V10), once for all the orders committed meanwhile.
    assertThat(number(placed.get(0))).isEqualTo("unnumbered");
    assertThat(numberOrders(buyer)).isEqualTo(1);
    assertThat(numberOrders(buyer)).as("nothing left to number").isZero();
    assertThat(number(placed.get(0))).isEqualTo("BC-" + LocalDate.now().getYear() + "-000001");
  }

  @Test
  void numbersEveryCommittedOrderOfTheBuyerInOneGoInSubmissionOrder() throws Exception {
    PlaceOrders place =
        placeOrders(
            new OrderingFixtures(client.toBlocking(), provisioning, sql), "Numéros", 10, 100_000);
    OrderingFixtures.Buyer buyer = place.buyer();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(place.call("batch-" + i, "h-" + i, 1, 1_000).get(0));
    }
    assertThat(numberOrders(buyer)).isEqualTo(3);
    String year = String.valueOf(LocalDate.now().getYear());
    assertThat(ids.stream().map(this::number))
        .containsExactly(
            "BC-" + year + "-000001", "BC-" + year + "-000002", "BC-" + year + "-000003");
    ids.add(place.call("batch-3", "h-3", 1, 1_000).get(0));
    assertThat(numberOrders(buyer)).isEqualTo(1);
    assertThat(number(ids.get(3))).isEqualTo("BC-" + year + "-000004");

    // An order whose submission stopped between its commit and its numbering: the sweep numbers
    // it once it is a few seconds old, not before.
    ids.add(place.call("batch-4", "h-4", 1, 1_000).get(0));
    numbering.sweep();
    assertThat(number(ids.get(4))).as("too recent for the sweep").isEqualTo("unnumbered");
    sql.update(
        "UPDATE purchase_order SET submitted_at = submitted_at - interval '1 minute' WHERE id = ?::uuid",
        ids.get(4));
    numbering.sweep();
    assertThat(number(ids.get(4))).isEqualTo("BC-" + year + "-000005");
  }

  /**
   * Placements and numberings racing each other straight on the database: each number_orders call
   * counts and numbers the same orders even while others commit in between, so none fails and the
   * numbers run from 1 without a gap.
   */
  @Test
  void numbersRacingPlacementsWithoutGapsOrFailures() throws Exception {
    PlaceOrders place =
        placeOrders(
            new OrderingFixtures(client.toBlocking(), provisioning, sql),
            "Course",
            10_000,
            100_000_000);
    int threads = 32;
    int each = 50;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        runs.add(
            pool.submit(() -> {
              for (int i = 0; i < each; i++) {
                String id = place.call("race-" + thread + "-" + i, "h", 1, 1_000).get(0);
                sql.one(
                    "SELECT number_orders(?, ?, ARRAY[?::uuid])",
                    rs -> rs.getInt(1),
                    place.buyer().org().id(),
                    LocalDate.now().getYear(),
                    id);
              }
              return each;
            }));
      }
      for (java.util.concurrent.Future<Integer> run : runs) {
        assertThat(run.get()).isEqualTo(each);
      }
    } finally {
      pool.shutdownNow();
    }
    UUID buyerId = place.buyer().org().id();
    assertThat(
            sql.count(
                "SELECT count(*) FROM purchase_order WHERE buyer_id = ? AND number IS NULL",
                buyerId))
        .isZero();
    assertThat(
            sql.count(
                "SELECT count(DISTINCT number) FROM purchase_order WHERE buyer_id = ?"
                    + " AND substr(number, 9)::int BETWEEN 1 AND ?",
                buyerId,
                threads * each))
        .isEqualTo(threads * each);
  }

  private int numberOrders(OrderingFixtures.Buyer buyer) {
    return sql.one(
            "SELECT number_orders(?, ?, NULL)",
            rs -> rs.getInt(1),
            buyer.org().id(),
            LocalDate.now().getYear())
        .orElseThrow();
  }

  private String number(String orderId) {
    return sql.one(
            "SELECT coalesce(number, 'unnumbered') FROM purchase_order WHERE id = ?::uuid",
            rs -> rs.getString(1),
            orderId)
        .orElseThrow();
  }

  /** A buyer with one lot (a maximum in cents) awarding a supplier's chair (stock in units). */
  private PlaceOrders placeOrders(OrderingFixtures f, String name, int stock, long maximumCents) {
    OrderingFixtures.Trade trade =
        f.aBuyer("Département " + name)
            .buyingFrom("Atelier " + name, "SIAE_EI")
            .underAgreement("AC-" + name.toUpperCase(java.util.Locale.ROOT))
            .lotCovering("chaise")
            .upTo(maximumCents)
            .create();
    UUID chair = f.listing(trade.supplier(), "chaise", 1_000, 2000, "LOT", stock);
    return new PlaceOrders(
        sql,
        json,
        trade.buyer(),
        trade.supplier().org().id(),
        trade.agreement().id(),
        trade.lotId(),
        chair);
  }

  /** One submission for place_orders, as OrderSubmission prices it. */
  private record PlaceOrders(
      Sql sql,
      JsonMapper json,
      OrderingFixtures.Buyer buyer,
      UUID supplierId,
      UUID agreementId,
      UUID lotId,
      UUID listingId) {

    /** Answers [first order id, replayed as t/f]. */
    List<String> call(String key, String hash, int quantity, long totalCents) throws Exception {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("line_no", 1);
      line.put("listing_id", listingId);
      line.put("sku", "SKU-T");
      line.put("title", "Chaise");
      line.put("category_id", "chaise");
      line.put("quantity", quantity);
      line.put("catalogue_unit_price_cents", 1_000);
      line.put("unit_price_excl_vat_cents", totalCents / quantity);
      line.put("vat_rate_bp", 2000);
      line.put("line_excl_vat_cents", totalCents);
      line.put("line_vat_cents", totalCents / 5);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", UUID.randomUUID());
      o.put("buyer_id", buyer.org().id());
      o.put("service_id", buyer.serviceId());
      o.put("supplier_id", supplierId);
      o.put("agreement_id", agreementId);
      o.put("lot_id", lotId);
      o.put("period_index", 0);
      o.put("status", "SUBMITTED");
      o.put("total_excl_vat_cents", totalCents);
      o.put("total_vat_cents", totalCents / 5);
      o.put("delivery_street", "1 rue du Test");
      o.put("delivery_postcode", "93100");
      o.put("delivery_city", "Montreuil");
      o.put("delivery_date", LocalDate.now().plusDays(7).toString());
      o.put("requester_id", buyer.requesterId());
      o.put("requires_approval", true);
      o.put("lines", List.of(line));
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("personId", buyer.requesterId());
      p.put("key", key);
      p.put("requestHash", hash);
      p.put("actor", "test");
      p.put("year", LocalDate.now().getYear());
      p.put("fromCart", false);
      p.put("wanted", List.of(Map.of("listingId", listingId, "quantity", quantity)));
      p.put("orders", List.of(o));
      return sql.one(
              "SELECT (order_ids)[1]::text, replayed FROM place_orders(?::jsonb)",
              rs -> List.of(rs.getString(1), rs.getBoolean(2) ? "t" : "f"),
              json.writeValueAsString(p))
          .orElseThrow();
    }
  }

  /** "SQLSTATE detail" of the PostgreSQL error the call raised. */
  private static String refusal(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof PSQLException e && e.getServerErrorMessage() != null) {
        return e.getSQLState() + " " + e.getServerErrorMessage().getDetail();
      }
    }
    throw new AssertionError("no PostgreSQL error", thrown);
  }

  @Test
  void anotherOrganisationsAgreementsOrdersAndCartsAnswerLikeMissingOnes() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Buyer buyer = f.buyer("Département Isolé", 10_000_000);
    OrderingFixtures.Buyer otherBuyer = f.buyer("Département Voisin", 10_000_000);
    OrderingFixtures.Supplier supplier = f.supplier("Atelier Isolé", "SIAE_EI");
    OrderingFixtures.Supplier otherSupplier = f.supplier("Atelier Voisin", "SIAE_EI");
    UUID chair = f.listing(supplier, "chaise", 1_000, 2000, "LOT", 50);
    AgreementViews.AgreementView agreement =
        f.activeAgreement(
            buyer,
            agreement(
                "AC-ISO",
                List.of(
                    lot(
                        1,
                        List.of("chaise"),
                        "NONE",
                        List.of(supplier.org().id()),
                        1_000_000,
                        0))));
    UUID orderId =
        firstOrder(
                submit(
                    buyer.requester(), "iso-1", order(buyer.serviceId(), List.of(line(chair, 1)))))
            .id();
    putInCart(buyer.requester(), chair, 1);

    List<ApiSession> foreigners =
        List.of(
            otherBuyer.admin(),
            otherBuyer.requester(),
            otherBuyer.approver(),
            otherSupplier.org().admin());
    Map<String, List<Object[]>> endpoints = new LinkedHashMap<>();
    endpoints.put(
        "agreement",
        List.of(
            new Object[] {HttpMethod.GET, "/api/agreements/{id}"},
            new Object[] {HttpMethod.PUT, "/api/agreements/{id}"},
            new Object[] {HttpMethod.DELETE, "/api/agreements/{id}"},
            new Object[] {HttpMethod.POST, "/api/agreements/{id}/activate"},
            new Object[] {HttpMethod.POST, "/api/agreements/{id}/terminate"}));
    List<Object[]> orderEndpoints = new java.util.ArrayList<>();
    orderEndpoints.add(new Object[] {HttpMethod.GET, "/api/orders/{id}"});
    orderEndpoints.add(new Object[] {HttpMethod.GET, "/api/orders/{id}/pdf"});
    for (String action :
        List.of(
            "approve",
            "reject",
            "cancel",
            "accept",
            "refuse",
            "mark-ready",
            "confirm-delivery",
            "invoice",
            "mark-paid")) {
      orderEndpoints.add(new Object[] {HttpMethod.POST, "/api/orders/{id}/" + action});
    }
    endpoints.put("order", orderEndpoints);
    Map<String, String> ids =
        Map.of("agreement", agreement.id().toString(), "order", orderId.toString());
    Map<String, Object> editBody =
        agreement(
            "AC-PIRATE",
            List.of(lot(1, List.of("chaise"), "NONE", List.of(otherSupplier.org().id()), 1, 0)));
    for (ApiSession foreigner : foreigners) {
      for (Map.Entry<String, List<Object[]>> e : endpoints.entrySet()) {
        for (Object[] endpoint : e.getValue()) {
          HttpMethod method = (HttpMethod) endpoint[0];
          String template = (String) endpoint[1];
          Object payload = method == HttpMethod.PUT ? editBody : Map.of("invoiceReference", "X");
          HttpResponse<Map> foreign =
              foreigner.exchange(
                  HttpRequest.create(method, template.replace("{id}", ids.get(e.getKey())))
                      .body(payload),
                  Map.class);
          HttpResponse<Map> missing =
              foreigner.exchange(
                  HttpRequest.create(method, template.replace("{id}", UUID.randomUUID().toString()))
                      .body(payload),
                  Map.class);
          assertThat(foreign.code()).as("%s %s", method, template).isEqualTo(404);
          Map<String, Object> a = new LinkedHashMap<>(ApiSession.problem(foreign));
          Map<String, Object> b = new LinkedHashMap<>(ApiSession.problem(missing));
          a.remove("instance");
          b.remove("instance");
          assertThat(a).as("%s %s foreign vs missing", method, template).isEqualTo(b);
        }
      }
      assertThat(OrderingFixtures.orders(foreigner, "").total()).as("foreign order lists").isZero();
      Map<String, Object> agreements = foreigner.get("/api/agreements", Map.class);
      assertThat(((Number) agreements.get("total")).longValue()).isZero();
    }
    // Another requester's cart is their own: removing our line from it is a 404, ours stays.
    HttpResponse<Map> otherCart =
        otherBuyer.requester().exchange(HttpRequest.DELETE("/api/cart/lines/" + chair), Map.class);
    assertThat(otherCart.code()).isEqualTo(404);
    assertThat(buyer.requester().get("/api/cart", OrderViews.Cart.class).lineCount()).isEqualTo(1);
    assertThat(otherBuyer.requester().get("/api/cart", OrderViews.Cart.class).lineCount())
        .isEqualTo(0);
    assertThat(act(buyer.requester(), orderId, "cancel", Map.of()).code()).isEqualTo(200);
  }
}
