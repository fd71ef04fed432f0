package fr.boucle.ordering;

import static fr.boucle.ordering.OrderingFixtures.line;
import static fr.boucle.ordering.OrderingFixtures.lot;
import static fr.boucle.ordering.OrderingFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many requesters submit at the same instant, over real HTTP, against little stock or a nearly
 * spent lot: exactly what is available is sold, the losers get a 409 problem, never a 500, and the
 * stock and spend ledgers balance.
 */
@MicronautTest(transactional = false)
class OrderConcurrencyIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();
  private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000L);
  private static final int SUBMISSIONS = 200;
  private static final int REQUESTERS = 8;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  /** A signed-in requester whose cookies are fixed, so many threads can share it. */
  record Caller(String session, String csrf) {
    MutableHttpRequest<?> sign(MutableHttpRequest<?> request) {
      return request
          .cookie(Cookie.of("BOUCLE_SESSION", session))
          .cookie(Cookie.of("BOUCLE_CSRF", csrf))
          .header("X-CSRF-Token", csrf);
    }
  }

  record Outcome(int status, String contentType, String type) {}

  private Caller login(String email) {
    HttpResponse<Map> r =
        client
            .toBlocking()
            .exchange(
                HttpRequest.POST(
                    "/api/auth/login", Map.of("email", email, "password", AccessFixtures.PASSWORD)),
                Map.class);
    return new Caller(
        r.getCookie("BOUCLE_SESSION").orElseThrow().getValue(),
        r.getCookie("BOUCLE_CSRF").orElseThrow().getValue());
  }

  private List<Caller> requesters(OrderingFixtures.Buyer buyer) {
    List<Caller> callers = new ArrayList<>();
    for (int i = 0; i < REQUESTERS; i++) {
      String email = "concurrent-" + SEQ.incrementAndGet() + "@acheteur.test";
      provisioning.createPerson(
          buyer.org().id(),
          email,
          "Demandeur Concurrent",
          AccessFixtures.PASSWORD,
          Set.of(Role.REQUESTER),
          Set.of(buyer.serviceId()));
      callers.add(login(email));
    }
    return callers;
  }

  /** Fires all the bodies at once (one thread each, released together) and collects outcomes. */
  private List<Outcome> storm(List<Caller> callers, List<Map<String, Object>> bodies)
      throws Exception {
    BlockingHttpClient http = client.toBlocking();
    CountDownLatch ready = new CountDownLatch(bodies.size());
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        Caller caller = callers.get(i % callers.size());
        Map<String, Object> body = bodies.get(i);
        String key = "storm-" + SEQ.incrementAndGet();
        futures.add(
            pool.submit(() -> {
              ready.countDown();
              go.await();
              MutableHttpRequest<?> request =
                  caller.sign(HttpRequest.POST("/api/orders", body).header("Idempotency-Key", key));
              try {
                HttpResponse<OrderViews.Submitted> r =
                    http.exchange(request, OrderViews.Submitted.class);
                return new Outcome(
                    r.code(), r.getContentType().map(Object::toString).orElse(""), null);
              } catch (HttpClientResponseException e) {
                Map<?, ?> problem = e.getResponse().getBody(Map.class).orElse(Map.of());
                return new Outcome(
                    e.code(),
                    e.getResponse().getContentType().map(Object::toString).orElse(""),
                    String.valueOf(problem.get("type")));
              }
            }));
      }
      ready.await();
      go.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sellsExactlyTheAvailableStockToTwoHundredConcurrentSubmissions() throws Exception {
    Market m =
        market(
            "Concurrence",
            "SIAE_EI",
            List.of("informatique", "mobilier-bureau"),
            "SIAE",
            1_000_000_000,
            1000);
    OrderingFixtures f = m.f();
    OrderingFixtures.Buyer buyer = m.buyer();
    OrderingFixtures.Supplier supplier = m.supplier();
    UUID lot = m.lot();
    List<Caller> callers = requesters(buyer);

    for (int round = 1; round <= 3; round++) {
      for (String kind : List.of("LOT", "UNIQUE_ITEM")) {
        int stock = kind.equals("LOT") ? 10 : 1;
        UUID listing =
            f.listing(
                supplier, kind.equals("LOT") ? "chaise" : "pc-portable", 4_999, 2000, kind, stock);
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
          bodies.add(order(buyer.serviceId(), List.of(line(listing, 1))));
        }
        List<Outcome> outcomes = storm(callers, bodies);

        String what = kind + " round " + round;
        assertThat(outcomes).as(what + ": no server error").allMatch(o -> o.status() < 500);
        assertThat(outcomes.stream().filter(o -> o.status() == 201).count())
            .as(what + ": exactly the stock is sold")
            .isEqualTo(stock);
        assertThat(outcomes.stream().filter(o -> o.status() != 201))
            .as(what + ": every loser gets a 409 problem")
            .allSatisfy(o -> {
              assertThat(o.status()).isEqualTo(409);
              assertThat(o.contentType()).isEqualTo("application/problem+json");
              assertThat(o.type()).startsWith("https://boucle.fr/problems/");
            });
        assertThat(f.available(listing)).as(what + ": nothing left").isZero();
        assertThat(
                sql.count(
                    "SELECT count(*) FROM (SELECT SUM(quantity) OVER (ORDER BY id) AS running"
                        + " FROM stock_movement WHERE listing_id = ?) r WHERE running < 0",
                    listing))
            .as(what + ": the stock ledger never went negative")
            .isZero();
        assertThat(
                sql.count(
                    "SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE listing_id = ?",
                    listing))
            .isEqualTo(stock);
      }
    }
    assertLedgerBalances(lot);
    // 4,999 less 10 % = 4,499.1 → 4,499 per unit; 3 rounds × (10 + 1) units.
    assertThat(committed(lot)).isEqualTo(3L * 11 * 4_499);
  }

  @Test
  void concurrentOrdersNearALotMaximumNeverExceedIt() throws Exception {
    long maximum = 700_000; // 7,000 € excl. VAT
    Market m = market("Plafond", "ESAT", List.of("bureau"), "EA_ESAT", maximum, 0);
    OrderingFixtures f = m.f();
    OrderingFixtures.Buyer buyer = m.buyer();
    OrderingFixtures.Supplier supplier = m.supplier();
    UUID lot = m.lot();
    List<Caller> callers = requesters(buyer);

    // Identical orders of 1,000 €: exactly seven fit.
    UUID desk = f.listing(supplier, "bureau", 100_000, 2000, "LOT", 1_000);
    List<Map<String, Object>> same = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      same.add(order(buyer.serviceId(), List.of(line(desk, 1))));
    }
    List<Outcome> outcomes = storm(callers, same);
    assertThat(outcomes).allMatch(o -> o.status() < 500);
    assertThat(outcomes.stream().filter(o -> o.status() == 201).count()).isEqualTo(7);
    assertThat(outcomes.stream().filter(o -> o.status() == 409).map(Outcome::type).distinct())
        .contains("https://boucle.fr/problems/lot-cap-exceeded");
    assertThat(committed(lot)).isEqualTo(700_000);

    // Mixed sizes on a second period's worth of headroom: never past the maximum.
    sql.update(
        "UPDATE lot_period SET maximum_excl_vat_cents = maximum_excl_vat_cents + 1234567 WHERE lot_id = ?",
        lot);
    UUID smallDesk = f.listing(supplier, "bureau", 33_333, 550, "LOT", 1_000);
    List<Map<String, Object>> mixed = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      mixed.add(order(buyer.serviceId(), List.of(line(smallDesk, 1 + i % 4))));
    }
    List<Outcome> mixedOutcomes = storm(callers, mixed);
    assertThat(mixedOutcomes).allMatch(o -> o.status() == 201 || o.status() == 409);
    long max =
        sql.count(
            "SELECT maximum_excl_vat_cents FROM lot_period WHERE lot_id = ? AND period_index = 0",
            lot);
    assertThat(committed(lot)).isLessThanOrEqualTo(max);
    assertThat(max - committed(lot))
        .as("the lot was filled up to less than one order")
        .isLessThan(4 * 33_333);
    assertLedgerBalances(lot);
  }

  @Test
  void numbersEveryOrderOfConcurrentSubmissionsWithoutGaps() throws Exception {
    Market m =
        market(
            "Numéros Concurrents", "SIAE_EI", List.of("mobilier-bureau"), "NONE", 1_000_000_000, 0);
    OrderingFixtures f = m.f();
    OrderingFixtures.Buyer buyer = m.buyer();
    OrderingFixtures.Supplier supplier = m.supplier();
    UUID chair = f.listing(supplier, "chaise", 1_000, 2000, "LOT", 10_000);
    List<Caller> callers = requesters(buyer);
    for (int round = 1; round <= 3; round++) {
      List<Map<String, Object>> bodies = new ArrayList<>();
      for (int i = 0; i < SUBMISSIONS; i++) {
        bodies.add(order(buyer.serviceId(), List.of(line(chair, 1 + i % 3))));
      }
      assertThat(storm(callers, bodies))
          .as("round " + round + ": every submission placed")
          .allMatch(o -> o.status() == 201);
    }
    assertLedgerBalances(m.lot());
  }

  /** A buyer with one active agreement of one lot awarded to one supplier. */
  record Market(
      OrderingFixtures f,
      OrderingFixtures.Buyer buyer,
      OrderingFixtures.Supplier supplier,
      UUID lot) {}

  private Market market(
      String name,
      String insertionStatus,
      List<String> categories,
      String reservation,
      long maximumCents,
      int discountBasisPoints) {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Département " + name)
            .approvingAbove(1_000_000_000)
            .buyingFrom("Atelier " + name, insertionStatus)
            .underAgreement("AC-" + name.toUpperCase(java.util.Locale.ROOT).replace(' ', '-'))
            .lotCovering(categories.toArray(String[]::new))
            .reservedFor(reservation)
            .upTo(maximumCents)
            .discountedBy(discountBasisPoints)
            .create();
    return new Market(f, trade.buyer(), trade.supplier(), trade.lotId());
  }

  private long committed(UUID lot) {
    return sql.count(
        "SELECT committed_excl_vat_cents + invoiced_excl_vat_cents FROM lot_period_balance"
            + " WHERE lot_id = ? AND period_index = 0",
        lot);
  }

  /**
   * The lot period's running total (the sum of its shares) equals both the spend ledger and the
   * live orders' totals, and the shares' allowances still add up to the maximum.
   */
  private void assertLedgerBalances(UUID lot) {
    long period = committed(lot);
    long ledger =
        sql.count(
            "SELECT COALESCE(SUM(committed_excl_vat_cents + invoiced_excl_vat_cents), 0)"
                + " FROM spend_entry WHERE lot_id = ?",
            lot);
    long orders =
        sql.count(
            "SELECT COALESCE(SUM(total_excl_vat_cents), 0) FROM purchase_order WHERE lot_id = ?"
                + " AND status NOT IN ('CANCELLED', 'REFUSED', 'REJECTED')",
            lot);
    long lines =
        sql.count(
            "SELECT COALESCE(SUM(l.line_excl_vat_cents), 0) FROM order_line l"
                + " JOIN purchase_order o ON o.id = l.order_id WHERE o.lot_id = ?"
                + " AND o.status NOT IN ('CANCELLED', 'REFUSED', 'REJECTED')",
            lot);
    long allowances =
        sql.count(
            "SELECT sum(allowance_excl_vat_cents) FROM lot_period_share"
                + " WHERE lot_id = ? AND period_index = 0",
            lot);
    long maximum =
        sql.count(
            "SELECT maximum_excl_vat_cents FROM lot_period WHERE lot_id = ? AND period_index = 0",
            lot);
    assertThat(allowances).as("the shares' allowances add up to the maximum").isEqualTo(maximum);
    assertThat(ledger).as("spend ledger").isEqualTo(period);
    assertThat(orders).as("order totals").isEqualTo(period);
    assertThat(lines).as("order lines").isEqualTo(period);

    // Every order of the buyer is numbered once its submission answered, without gaps.
    UUID buyer =
        sql.one(
                "SELECT a.buyer_id FROM agreement_lot l"
                    + " JOIN framework_agreement a ON a.id = l.agreement_id WHERE l.id = ?",
                rs -> Sql.uuid(rs, "buyer_id"),
                lot)
            .orElseThrow();
    long orderCount = sql.count("SELECT count(*) FROM purchase_order WHERE buyer_id = ?", buyer);
    assertThat(
            sql.count(
                "SELECT count(*) FROM purchase_order WHERE buyer_id = ? AND number IS NULL", buyer))
        .as("unnumbered orders")
        .isZero();
    assertThat(
            sql.count(
                "SELECT count(DISTINCT substr(number, 9)::int) FROM purchase_order"
                    + " WHERE buyer_id = ? AND substr(number, 9)::int BETWEEN 1 AND ?",
                buyer,
                orderCount))
        .as("numbers 1 to " + orderCount + ", each once")
        .isEqualTo(orderCount);
  }
}
