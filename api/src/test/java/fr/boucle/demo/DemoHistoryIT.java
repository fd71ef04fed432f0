package fr.boucle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.ordering.OrderAction;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.shared.Vat;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The generated order history is what ordering would have written: every ledger agrees with the
 * orders to the cent, every transition is one the order lifecycle allows, numbers have no gap. Each
 * query recomputes a figure from other rows than the ones the history wrote it into.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHistoryIT {

  @Inject TransactionOperations<Connection> transactions;
  @Inject DemoAccounts demoAccounts;
  @Inject Sql sql;
  @Inject io.micronaut.json.JsonMapper json;
  @Inject fr.boucle.reporting.internal.ComposeAgecReport agec;

  @BeforeAll
  void loadTheDemoWithItsHistory() {
    DemoDataLoader loader =
        new DemoDataLoader(transactions, demoAccounts, 20261122, 2_000, true, json);
    transactions.executeWrite(status -> {
      try (Statement s = status.getConnection().createStatement()) {
        s.execute("TRUNCATE organisation, catalogue_outbox, demo_dataset CASCADE");
      }
      return loader.load(status.getConnection());
    });
  }

  @Test
  void ordersInEveryStatusOverTwoYearsOfServicesLotsAndSuppliers() {
    assertThat(strings("SELECT DISTINCT status FROM purchase_order"))
        .containsExactlyInAnyOrder(
            Arrays.stream(OrderStatus.values()).map(Enum::name).toArray(String[]::new));
    assertThat(
            count("SELECT count(DISTINCT date_trunc('month', submitted_at)) FROM purchase_order"))
        .isGreaterThanOrEqualTo(22);
    assertThat(count("SELECT count(DISTINCT service_id) FROM purchase_order"))
        .isEqualTo(count("SELECT count(*) FROM buyer_service"));
    assertThat(count("SELECT count(DISTINCT lot_id) FROM purchase_order"))
        .isEqualTo(count("SELECT count(*) FROM agreement_lot"));
    assertThat(count("SELECT count(DISTINCT supplier_id) FROM purchase_order"))
        .isGreaterThanOrEqualTo(8);
    assertThat(count("SELECT orders FROM demo_dataset"))
        .isEqualTo(count("SELECT count(*) FROM purchase_order"))
        .isGreaterThan(1_000);
  }

  @Test
  void suppliersDeclaredInsertionHoursOnTheSocialClausesWithTheirEvidence() {
    // Per buyer: one declaration waiting, one rejected with its reason, the others accepted.
    assertThat(
            count(
                "SELECT count(DISTINCT buyer_id) FROM insertion_hour_declaration"
                    + " WHERE status = 'ACCEPTED'"))
        .isEqualTo(count("SELECT count(DISTINCT buyer_id) FROM framework_agreement"));
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT buyer_id FROM insertion_hour_declaration GROUP BY"
                    + " buyer_id HAVING count(*) FILTER (WHERE status = 'DECLARED') <> 1"
                    + " OR count(*) FILTER (WHERE status = 'REJECTED') <> 1) odd"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM insertion_hour_declaration WHERE status = 'REJECTED'"
                    + " AND rejection_reason IS NULL"))
        .isZero();
    // Only on lots with a target, by suppliers awarded the lot, on a period of the lot.
    assertThat(
            count(
                "SELECT count(*) FROM insertion_hour_declaration d"
                    + " JOIN agreement_lot l ON l.id = d.lot_id"
                    + " LEFT JOIN lot_supplier s ON s.lot_id = d.lot_id AND s.supplier_id = d.supplier_id"
                    + " LEFT JOIN lot_period p ON p.lot_id = d.lot_id AND p.period_index = d.period_index"
                    + " WHERE l.insertion_hours_target IS NULL OR s.lot_id IS NULL OR p.lot_id IS NULL"
                    + " OR d.declared_at > now()"))
        .isZero();
    // Evidence files are PDFs.
    assertThat(
            count(
                "SELECT count(*) FROM insertion_hour_declaration"
                    + " WHERE substring(evidence FROM 1 FOR 5) <> '%PDF-'::bytea"
                    + " OR length(evidence) <> evidence_size"))
        .isZero();
    // The demo supplier has hours to show on its sales dashboard, one declaration waiting.
    UUID supplier = new DemoDataGenerator(20261122).suppliers().get(0).id();
    assertThat(
            count(
                "SELECT count(*) FROM insertion_hour_declaration WHERE supplier_id = '"
                    + supplier
                    + "' AND status = 'ACCEPTED'"))
        .isGreaterThan(4);
    // Listings on sale were published when listed: days to sell can be counted.
    assertThat(
            count("SELECT count(*) FROM listing WHERE status <> 'DRAFT' AND published_at IS NULL"))
        .isZero();
  }

  @Test
  void peopleActDuringWorkingHours() {
    assertThat(
            count(
                "SELECT count(*) FROM order_event e WHERE e.actor_label <> 'system' AND ("
                    + " extract(hour FROM e.occurred_at AT TIME ZONE 'Europe/Paris') NOT BETWEEN 8"
                    + " AND 18 OR extract(isodow FROM e.occurred_at AT TIME ZONE 'Europe/Paris')"
                    + " > 5)"))
        .isZero();
  }

  @Test
  void theNeedsBoardHasOpenAndEndedNeedsWithAnswersTheirSuppliersCouldGive() {
    assertThat(
            count(
                "SELECT count(*) FROM need WHERE status = 'OPEN' AND closing_date >= current_date"))
        .isGreaterThanOrEqualTo(3);
    assertThat(count("SELECT count(*) FROM need WHERE status = 'CLOSED' AND outcome IS NOT NULL"))
        .isGreaterThanOrEqualTo(2);
    assertThat(count("SELECT count(*) FROM need WHERE status = 'CANCELLED'")).isEqualTo(1);
    // The demo supplier has a saved search of needs, mailed daily.
    assertThat(
            count(
                "SELECT count(*) FROM need_saved_search s JOIN person p ON p.id = s.person_id"
                    + " WHERE p.email = 'fournisseur@boucle.demo' AND s.frequency = 'DAILY'"))
        .isEqualTo(1);
    // The demo requester has unread notifications of answers to its needs.
    assertThat(
            count(
                "SELECT count(*) FROM notification n JOIN person p ON p.id = n.person_id"
                    + " WHERE p.email = 'demandeur@boucle.demo' AND n.kind = 'NEED_ANSWERED'"
                    + " AND n.read_at IS NULL AND n.link LIKE '/besoins/%'"))
        .isPositive();
    // Open needs have proposals of listings in stock, each the answering supplier's own.
    assertThat(
            count(
                "SELECT count(*) FROM need_answer_line l JOIN need_answer a ON a.id = l.answer_id"
                    + " JOIN need n ON n.id = a.need_id WHERE n.status = 'OPEN'"))
        .isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM need_answer_line l JOIN need_answer a ON a.id = l.answer_id"
                    + " JOIN listing li ON li.id = l.listing_id WHERE li.supplier_id <> a.supplier_id"))
        .isZero();
    // "Not for us" answers are there for the sourcing figures.
    assertThat(count("SELECT count(*) FROM need_answer WHERE kind = 'NOT_FOR_US'")).isPositive();
    // Answers to needs reserved for insertion structures come from insertion structures only.
    assertThat(
            count(
                "SELECT count(*) FROM need_answer a JOIN need n ON n.id = a.need_id"
                    + " JOIN organisation o ON o.id = a.supplier_id WHERE n.visibility = 'INSERTION_ONLY'"
                    + " AND o.insertion_status NOT IN ('SIAE_EI', 'SIAE_ACI', 'SIAE_AI', 'SIAE_ETTI',"
                    + " 'EA', 'ESAT')"))
        .isZero();
  }

  @Test
  void theDemoAccountsFindWorkWaitingForThem() {
    // The approver: orders of their service waiting for approval, submitted by someone else.
    assertThat(
            count(
                "SELECT count(*) FROM purchase_order o JOIN person_service ps ON ps.service_id ="
                    + " o.service_id JOIN person p ON p.id = ps.person_id"
                    + " WHERE p.email = 'approbateur@boucle.demo' AND o.status = 'SUBMITTED'"
                    + " AND o.requires_approval AND o.requester_id <> p.id"))
        .isPositive();
    // None of them would expire at the first sweep (default delay: 30 days).
    assertThat(
            count(
                "SELECT count(*) FROM purchase_order WHERE status = 'SUBMITTED'"
                    + " AND submitted_at < now() - interval '29 days'"))
        .isZero();
    // Reserved lots admit their suppliers: each holds a proof valid today, checked.
    assertThat(
            count(
                "SELECT count(*) FROM agreement_lot l JOIN lot_supplier ls ON ls.lot_id = l.id"
                    + " JOIN organisation o ON o.id = ls.supplier_id WHERE l.reservation <> 'NONE'"
                    + " AND (o.insertion_valid_until IS NULL OR o.insertion_valid_until < current_date"
                    + " OR o.insertion_proof_review_pending)"))
        .isZero();
    // The supplier: approved orders to accept.
    assertThat(
            count(
                "SELECT count(*) FROM purchase_order o JOIN person p ON p.organisation_id ="
                    + " o.supplier_id WHERE p.email = 'fournisseur@boucle.demo'"
                    + " AND o.status = 'APPROVED'"))
        .isPositive();
    // The requester: their own orders, delivered and paid ones among them.
    assertThat(
            count(
                "SELECT count(DISTINCT o.status) FROM purchase_order o JOIN person p ON p.id ="
                    + " o.requester_id WHERE p.email = 'demandeur@boucle.demo'"))
        .isGreaterThanOrEqualTo(5);
  }

  @Test
  void invoicedOrdersHaveTheirInvoicesPaymentsAndSomeCreditNotes() {
    // Each invoiced or paid order has one live invoice, numbered as its reference.
    assertThat(
            count(
                "SELECT count(*) FROM purchase_order o WHERE o.status IN ('INVOICED', 'PAID')"
                    + " AND (SELECT count(*) FROM invoice i WHERE i.order_id = o.id"
                    + " AND i.kind = 'INVOICE' AND i.status <> 'CREDITED'"
                    + " AND i.number = o.invoice_reference) <> 1"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM purchase_order o JOIN invoice i ON i.order_id = o.id"
                    + " AND i.kind = 'INVOICE' AND i.status <> 'CREDITED'"
                    + " WHERE (o.status = 'PAID') <> (i.status = 'PAID')"))
        .isZero();
    assertThat(count("SELECT count(*) FROM invoice WHERE kind = 'CREDIT_NOTE'")).isPositive();
    assertThat(count("SELECT count(*) FROM invoice WHERE status = 'PARTIALLY_PAID'")).isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM invoice WHERE status IN ('ISSUED', 'PARTIALLY_PAID')"
                    + " AND kind = 'INVOICE' AND due_date < current_date"))
        .isPositive();
    assertThat(count("SELECT count(*) FROM invoice WHERE vat_regime = 'FRANCHISE_293B'"))
        .isPositive();
    // Gapless: per supplier, year and series, the numbers run from 1 to the counter.
    assertThat(
            count(
                "SELECT count(*) FROM invoice_counter c WHERE c.last_number <> (SELECT count(*)"
                    + " FROM invoice i WHERE i.supplier_id = c.supplier_id AND i.number_year ="
                    + " c.year AND i.number LIKE c.series || '-%')"))
        .isZero();
    // Paid = what the invoices of paid orders say, in the spend ledger.
    assertThat(count("SELECT COALESCE(SUM(paid_excl_vat_cents), 0) FROM spend_entry"))
        .isEqualTo(
            count(
                "SELECT COALESCE(SUM(total_excl_vat_cents), 0) FROM purchase_order"
                    + " WHERE status = 'PAID'"));
  }

  @Test
  void lotPeriodsEqualTheSpendLedgerEqualTheOrderTotalsToTheCent() {
    // committed: orders neither released nor invoiced; invoiced: invoiced and paid orders.
    Map<String, List<Long>> fromOrders =
        rows(
            "SELECT lot_id || '/' || period_index,"
                + " sum(total_excl_vat_cents) FILTER (WHERE status IN ('SUBMITTED', 'APPROVED',"
                + " 'ACCEPTED', 'READY', 'DELIVERED')),"
                + " sum(total_excl_vat_cents) FILTER (WHERE status IN ('INVOICED', 'PAID'))"
                + " FROM purchase_order GROUP BY 1");
    Map<String, List<Long>> fromLedger =
        rows(
            "SELECT lot_id || '/' || period_index, sum(committed_excl_vat_cents),"
                + " sum(invoiced_excl_vat_cents) FROM spend_entry GROUP BY 1");
    Map<String, List<Long>> fromCaps =
        rows(
            "SELECT lot_id || '/' || period_index, committed_excl_vat_cents,"
                + " invoiced_excl_vat_cents FROM lot_period_balance"
                + " WHERE committed_excl_vat_cents + invoiced_excl_vat_cents > 0");
    assertThat(fromOrders).isNotEmpty();
    assertThat(fromLedger).isEqualTo(fromOrders);
    assertThat(fromCaps).isEqualTo(fromOrders);
    // VAT too, per order: the ledger's net committed + invoiced VAT is the order's, or zero.
    assertThat(
            count(
                "SELECT count(*) FROM purchase_order o JOIN (SELECT order_id,"
                    + " sum(committed_vat_cents + invoiced_vat_cents) AS vat,"
                    + " sum(committed_excl_vat_cents + invoiced_excl_vat_cents) AS excl"
                    + " FROM spend_entry GROUP BY order_id) e ON e.order_id = o.id"
                    + " WHERE (o.status IN ('REJECTED', 'REFUSED', 'CANCELLED', 'EXPIRED') AND (e.vat <> 0 OR"
                    + " e.excl <> 0)) OR (o.status NOT IN ('REJECTED', 'REFUSED', 'CANCELLED', 'EXPIRED')"
                    + " AND (e.vat <> o.total_vat_cents OR e.excl <> o.total_excl_vat_cents))"))
        .isZero();
    // Shares: allowances add up to the maximum, none exceeded.
    assertThat(
            count(
                "SELECT count(*) FROM lot_period p JOIN (SELECT lot_id, period_index,"
                    + " sum(allowance_excl_vat_cents) AS a FROM lot_period_share GROUP BY 1, 2) s"
                    + " USING (lot_id, period_index) WHERE s.a <> p.maximum_excl_vat_cents"))
        .isZero();
  }

  @Test
  void orderTotalsAreTheirLinesPricedByTheRoundingRule() {
    List<long[]> lines =
        sql.list(
            "SELECT quantity, unit_price_excl_vat_cents, vat_rate_bp, line_excl_vat_cents,"
                + " line_vat_cents FROM order_line",
            rs ->
                new long[] {
                  rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)
                });
    assertThat(lines).isNotEmpty();
    for (long[] l : lines) {
      assertThat(l[3]).isEqualTo(l[0] * l[1]);
      assertThat(l[4]).isEqualTo(Vat.of(l[3], (int) l[2]));
    }
    assertThat(
            count(
                "SELECT count(*) FROM purchase_order o JOIN (SELECT order_id,"
                    + " sum(line_excl_vat_cents) AS e, sum(line_vat_cents) AS v FROM order_line"
                    + " GROUP BY order_id) l ON l.order_id = o.id"
                    + " WHERE l.e <> o.total_excl_vat_cents OR l.v <> o.total_vat_cents"))
        .isZero();
  }

  @Test
  void stockIsTheSumOfItsLedgerAndOrdersMovedIt() {
    assertThat(
            count(
                "SELECT count(*) FROM listing l WHERE l.available_quantity <>"
                    + " (SELECT coalesce(sum(quantity), 0) FROM stock_movement m"
                    + " WHERE m.listing_id = l.id)"))
        .isZero();
    // Per order line: reserved once; released or sold for every order that ended.
    assertThat(
            count(
                "SELECT count(*) FROM purchase_order o JOIN order_line ol ON ol.order_id = o.id"
                    + " WHERE NOT EXISTS (SELECT 1 FROM stock_movement m WHERE m.listing_id ="
                    + " ol.listing_id AND m.kind = 'RESERVED' AND m.quantity = -ol.quantity"
                    + " AND m.occurred_at = o.submitted_at)"))
        .isZero();
    assertThat(count("SELECT count(*) FROM stock_movement WHERE kind = 'SOLD'"))
        .isEqualTo(
            count(
                "SELECT count(*) FROM purchase_order o JOIN order_line ol ON ol.order_id = o.id"
                    + " WHERE o.status IN ('DELIVERED', 'INVOICED', 'PAID')"));
  }

  @Test
  void everyTransitionIsOneTheLifecycleAllows() {
    List<String[]> events =
        sql.list(
            "SELECT e.order_id, e.from_status, e.to_status, o.status,"
                + " lead(e.from_status) OVER w, lead(e.occurred_at) OVER w >= e.occurred_at,"
                + " row_number() OVER w"
                + " FROM order_event e JOIN purchase_order o ON o.id = e.order_id"
                + " WINDOW w AS (PARTITION BY e.order_id ORDER BY e.occurred_at, e.id)",
            rs -> {
              String[] row = new String[7];
              for (int c = 0; c < 7; c++) {
                row[c] = rs.getString(c + 1);
              }
              return row;
            });
    for (String[] e : events) {
      String to = e[2];
      if (e[6].equals("1")) {
        assertThat(e[1]).as("first event of %s", e[0]).isNull();
        assertThat(to).isEqualTo("SUBMITTED");
      } else {
        OrderStatus target = OrderStatus.valueOf(to);
        OrderStatus from = OrderStatus.valueOf(e[1]);
        // EXPIRED is the sweep's, from SUBMITTED only; any other step is an action's.
        boolean allowed =
            target == OrderStatus.EXPIRED
                ? from == OrderStatus.SUBMITTED
                : Arrays.stream(OrderAction.values())
                    .anyMatch(a -> a.target() == target && a.allowedFrom(from));
        assertThat(allowed).as("%s from %s in order %s", to, e[1], e[0]).isTrue();
      }
      if (e[4] == null) {
        assertThat(to).as("last event of %s is its status", e[0]).isEqualTo(e[3]);
      } else {
        assertThat(e[4]).as("events of %s chain", e[0]).isEqualTo(to);
        assertThat(e[5]).isEqualTo("t");
      }
    }
  }

  @Test
  void numbersAreGaplessPerBuyerAndYearInSubmissionOrder() {
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT number, 'BC-' || number_year || '-' ||"
                    + " lpad(row_number() OVER (PARTITION BY buyer_id, number_year"
                    + " ORDER BY submitted_at, id)::text, 6, '0') AS expected FROM purchase_order)"
                    + " x WHERE number <> expected"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM order_counter c WHERE last_number <> (SELECT count(*)"
                    + " FROM purchase_order o WHERE o.buyer_id = c.buyer_id"
                    + " AND o.number_year = c.year)"))
        .isZero();
  }

  private Map<String, List<Long>> rows(String query) {
    Map<String, List<Long>> out = new TreeMap<>();
    sql.list(query, rs -> List.of(rs.getString(1), rs.getLong(2), rs.getLong(3)))
        .forEach(r -> out.put((String) r.get(0), List.of((Long) r.get(1), (Long) r.get(2))));
    return out;
  }

  @Test
  void theDemoBuyersLotsAreConsumedInTheirCurrentPeriodAndNoneOverItsMaximum() {
    // The history is generated back from the day it is loaded and the periods are calendar years,
    // so how far the current period is consumed depends on the day (past 80 % late in the year,
    // little in January): only that there is spend and none over a maximum is the demo's.
    String consumed =
        "SELECT 10000 * SUM(e.committed_excl_vat_cents + e.invoiced_excl_vat_cents)"
            + " / p.maximum_excl_vat_cents FROM lot_period p"
            + " JOIN agreement_lot l ON l.id = p.lot_id"
            + " JOIN framework_agreement a ON a.id = l.agreement_id"
            + " JOIN person b ON b.organisation_id = a.buyer_id AND b.email = 'acheteur@boucle.demo'"
            + " JOIN spend_entry e ON e.lot_id = p.lot_id AND e.period_index = p.period_index"
            + " WHERE current_date BETWEEN p.starts_on AND p.ends_on"
            + " GROUP BY p.lot_id, p.period_index, p.maximum_excl_vat_cents ORDER BY 1 DESC";
    List<Long> bp = sql.list(consumed, rs -> rs.getLong(1));
    assertThat(bp).isNotEmpty();
    assertThat(bp.get(0)).isBetween(1L, 10_000L);
  }

  private List<String> strings(String query) {
    return sql.list(query, rs -> rs.getString(1));
  }

  private long count(String query) {
    return sql.count(query);
  }

  @Test
  void theAgecTabShowsEachBuyersPurchasesThroughBoucleAndElsewhereToTheCent() {
    int year = java.time.LocalDate.now(DemoHistory.PARIS).getYear();
    List<java.util.UUID> buyers =
        sql.list(
            "SELECT DISTINCT buyer_id FROM agec_purchase_elsewhere ORDER BY buyer_id",
            rs -> rs.getObject(1, java.util.UUID.class));
    assertThat(buyers)
        .hasSize(
            (int)
                count(
                    "SELECT count(*) FROM organisation WHERE kind = 'BUYER'"
                        + " AND status = 'ACTIVE'"));
    assertThat(count("SELECT count(*) FROM agec_purchase_elsewhere WHERE donation_cents > 0"))
        .isPositive();
    java.util.UUID buyer = buyers.getFirst();
    // Recomputed from the rows: counted order lines (the counting rule of OrderFacts) under the
    // taxonomy's AGEC category, plus the purchases elsewhere of the year.
    Map<String, long[]> expected = new TreeMap<>();
    sql.list(
        "SELECT c.agec_category, sum(l.line_excl_vat_cents) FROM purchase_order o"
            + " JOIN order_line l ON l.order_id = o.id JOIN category c ON c.id = l.category_id"
            + " WHERE o.buyer_id = ? AND o.status IN ('DELIVERED', 'INVOICED', 'PAID')"
            + " AND extract(year FROM COALESCE((SELECT (min(e.occurred_at) AT TIME ZONE"
            + " 'Europe/Paris')::date FROM order_event e WHERE e.order_id = o.id"
            + " AND e.to_status = 'DELIVERED'), o.delivery_date)) = ?"
            + " GROUP BY c.agec_category",
        rs -> {
          long[] sums = expected.computeIfAbsent(rs.getString(1), k -> new long[4]);
          sums[0] += rs.getLong(2);
          sums[1] += rs.getLong(2);
          return null;
        },
        buyer,
        year);
    assertThat(expected).as("the demo buyer bought through Boucle this year").isNotEmpty();
    sql.list(
        "SELECT category, sum(total_excl_vat_cents), sum(reuse_cents), sum(donation_cents),"
            + " sum(recycled_cents) FROM agec_purchase_elsewhere WHERE buyer_id = ?"
            + " AND extract(year FROM purchased_on) = ? GROUP BY category",
        rs -> {
          long[] sums = expected.computeIfAbsent(rs.getString(1), k -> new long[4]);
          for (int i = 0; i < 4; i++) {
            sums[i] += rs.getLong(i + 2);
          }
          return null;
        },
        buyer,
        year);
    fr.boucle.reporting.AgecReport report =
        agec.report(
            new fr.boucle.shared.security.CurrentUser(
                java.util.UUID.randomUUID(),
                buyer,
                fr.boucle.shared.security.OrganisationKind.BUYER,
                java.util.Set.of("BUYER_ADMIN"),
                java.util.Set.of(),
                "demo check",
                null,
                java.util.Set.of(),
                0),
            year);
    long total = 0;
    for (fr.boucle.reporting.AgecReport.Row row : report.categories()) {
      long[] sums = expected.getOrDefault(row.category(), new long[4]);
      assertThat(
              new long[] {
                row.totalExclVatCents(), row.reuseCents(), row.donationCents(), row.recycledCents()
              })
          .as(row.category())
          .containsExactly(sums);
      total += row.totalExclVatCents();
    }
    assertThat(report.categories().stream().filter(r -> r.totalExclVatCents() > 0).count())
        .isGreaterThanOrEqualTo(6);
    assertThat(total).isGreaterThan(10_000_000L); // over 100,000 € in the year: an organisation's
  }
}
