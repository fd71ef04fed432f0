package fr.boucle.demo;

import fr.boucle.demo.DemoOrders.Event;
import fr.boucle.demo.DemoOrders.Line;
import fr.boucle.demo.DemoOrders.Movement;
import fr.boucle.demo.DemoOrders.Order;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes the demo history's orders as the rows the ordering area would have written. */
final class DemoHistoryRows {

  private static final String SYSTEM = "system";

  private final Connection c;

  DemoHistoryRows(Connection c) {
    this.c = c;
  }

  void insert(List<Order> orders) throws SQLException {
    try (PreparedStatement order =
            c.prepareStatement(
                "INSERT INTO purchase_order (id, buyer_id, number, number_year, cap_share,"
                    + " service_id, supplier_id, agreement_id, lot_id, period_index, status,"
                    + " total_excl_vat_cents, total_vat_cents, delivery_street, delivery_postcode,"
                    + " delivery_city, delivery_date, note, requester_id, requires_approval,"
                    + " invoice_reference, approved_at, submitted_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?)");
        PreparedStatement line =
            c.prepareStatement(
                "INSERT INTO order_line (order_id, line_no, listing_id, sku, title, category_id,"
                    + " quantity, catalogue_unit_price_cents, unit_price_excl_vat_cents,"
                    + " vat_rate_bp, line_excl_vat_cents, line_vat_cents)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement event =
            c.prepareStatement(
                "INSERT INTO order_event (order_id, from_status, to_status, actor_id,"
                    + " actor_label, comment, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement spend =
            c.prepareStatement(
                "INSERT INTO spend_entry (order_id, lot_id, period_index, service_id, kind,"
                    + " committed_excl_vat_cents, committed_vat_cents, invoiced_excl_vat_cents,"
                    + " invoiced_vat_cents, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      List<Movement> movements = new ArrayList<>();
      for (Order o : orders) {
        int i = 0;
        order.setObject(++i, o.id);
        order.setObject(++i, o.lot.buyerId());
        order.setString(++i, o.number);
        order.setInt(++i, LocalDate.ofInstant(o.submittedAt, DemoHistory.PARIS).getYear());
        order.setObject(++i, o.service.id());
        order.setObject(++i, o.supplier.id());
        order.setObject(++i, o.lot.agreementId());
        order.setObject(++i, o.lot.id());
        order.setInt(++i, o.period);
        order.setString(++i, o.status);
        order.setLong(++i, o.excl);
        order.setLong(++i, o.vat);
        order.setString(++i, o.service.street());
        order.setString(++i, o.service.postcode());
        order.setString(++i, o.service.city());
        order.setDate(++i, Date.valueOf(o.deliveryDate));
        order.setString(++i, o.note);
        order.setObject(++i, o.requester.id());
        order.setBoolean(++i, o.requiresApproval);
        order.setString(++i, o.invoiced() ? o.invoiceReference : null);
        order.setTimestamp(++i, o.approvedAt == null ? null : Timestamp.from(o.approvedAt));
        order.setTimestamp(++i, Timestamp.from(o.submittedAt));
        order.setTimestamp(++i, Timestamp.from(o.lastEventAt()));
        order.addBatch();
        int lineNo = 0;
        for (Line l : o.lines) {
          DemoDataGenerator.Listing listing = l.candidate().listing();
          i = 0;
          line.setObject(++i, o.id);
          line.setInt(++i, ++lineNo);
          line.setObject(++i, listing.id());
          line.setString(++i, listing.sku());
          line.setString(++i, listing.title());
          line.setString(++i, listing.categoryId());
          line.setInt(++i, l.quantity());
          line.setLong(++i, listing.priceExclVatCents());
          line.setLong(++i, l.unitCents());
          line.setInt(++i, listing.vatRateBasisPoints());
          line.setLong(++i, l.exclCents());
          line.setLong(++i, l.vat());
          line.addBatch();
        }
        for (Event e : o.events) {
          boolean invoicing = "INVOICED".equals(e.to());
          i = 0;
          event.setObject(++i, o.id);
          event.setString(++i, e.from());
          event.setString(++i, e.to());
          event.setObject(++i, e.actor() == null ? null : e.actor().id());
          event.setString(++i, e.actor() == null ? SYSTEM : e.actor().email());
          event.setString(++i, invoicing ? "Invoice " + o.invoiceReference : e.comment());
          event.setTimestamp(++i, Timestamp.from(e.at()));
          event.addBatch();
        }
        spend(spend, o, "COMMITTED", o.excl, o.vat, 0, 0, o.submittedAt);
        if (o.releasedAt != null) {
          spend(spend, o, "RELEASED", -o.excl, -o.vat, 0, 0, o.releasedAt);
        }
        if (o.invoiced()) {
          spend(spend, o, "INVOICED", -o.excl, -o.vat, o.excl, o.vat, o.invoicedAt);
        }
        movements.addAll(movements(o));
      }
      order.executeBatch();
      line.executeBatch();
      event.executeBatch();
      spend.executeBatch();
      insertMovements(movements);
    }
    insertCounters(orders);
    settleCaps(orders);
  }

  private static void spend(
      PreparedStatement spend,
      Order o,
      String kind,
      long committedExcl,
      long committedVat,
      long invoicedExcl,
      long invoicedVat,
      Instant at)
      throws SQLException {
    int i = 0;
    spend.setObject(++i, o.id);
    spend.setObject(++i, o.lot.id());
    spend.setInt(++i, o.period);
    spend.setObject(++i, o.service.id());
    spend.setString(++i, kind);
    spend.setLong(++i, committedExcl);
    spend.setLong(++i, committedVat);
    spend.setLong(++i, invoicedExcl);
    spend.setLong(++i, invoicedVat);
    spend.setTimestamp(++i, Timestamp.from(at));
    spend.addBatch();
  }

  /**
   * The stock ledger of an order, as ordering writes it: units reserved at submission, released
   * when the order ends without a sale, and turned into a sale on delivery. Goods sold or still
   * reserved were first received by the supplier, so every listing keeps its current stock.
   */
  private List<Movement> movements(Order o) {
    List<Movement> out = new ArrayList<>();
    String requester = o.requester.email();
    for (Line l : o.lines) {
      DemoDataGenerator.Listing listing = l.candidate().listing();
      UUID id = listing.id();
      int q = l.quantity();
      if (o.releasedAt == null) {
        Instant arrival = o.submittedAt.minus(Duration.ofHours(3));
        out.add(
            new Movement(
                id,
                "RECEIVED",
                q,
                "demo-data",
                "Réassort",
                arrival.isBefore(listing.createdAt()) ? listing.createdAt() : arrival));
      }
      out.add(new Movement(id, "RESERVED", -q, requester, "Purchase order", o.submittedAt));
      if (o.releasedAt != null) {
        String actor =
            o.events.getLast().actor() == null ? SYSTEM : o.events.getLast().actor().email();
        out.add(
            new Movement(
                id, "RELEASED", q, actor, "Purchase order " + verb(o.status), o.releasedAt));
      } else if (o.delivered()) {
        Instant delivered =
            o.events.stream()
                .filter(e -> "DELIVERED".equals(e.to()))
                .findFirst()
                .orElseThrow()
                .at();
        out.add(new Movement(id, "RELEASED", q, requester, "Purchase order delivered", delivered));
        out.add(new Movement(id, "SOLD", -q, requester, "Purchase order delivered", delivered));
      }
    }
    return out;
  }

  private static String verb(String status) {
    return switch (status) {
      case "REJECTED" -> "reject";
      case "REFUSED" -> "refuse";
      default -> "cancel";
    };
  }

  /** One statement, so the ledger's trigger applies each listing's net change once. */
  private void insertMovements(List<Movement> movements) throws SQLException {
    movements.sort(Comparator.comparing(Movement::at));
    int n = movements.size();
    Object[] listings = new Object[n];
    Object[] kinds = new Object[n];
    Object[] quantities = new Object[n];
    Object[] actors = new Object[n];
    Object[] reasons = new Object[n];
    Object[] times = new Object[n];
    for (int i = 0; i < n; i++) {
      Movement m = movements.get(i);
      listings[i] = m.listingId();
      kinds[i] = m.kind();
      quantities[i] = m.quantity();
      actors[i] = m.actor();
      reasons[i] = m.reason();
      times[i] = Timestamp.from(m.at());
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason, occurred_at)"
                + " SELECT l, k, q, a, r, t FROM unnest(?::uuid[], ?::text[], ?::int[], ?::text[], ?::text[],"
                + " ?::timestamptz[]) WITH ORDINALITY AS m(l, k, q, a, r, t, o) ORDER BY o")) {
      insert.setArray(1, c.createArrayOf("uuid", listings));
      insert.setArray(2, c.createArrayOf("text", kinds));
      insert.setArray(3, c.createArrayOf("int4", quantities));
      insert.setArray(4, c.createArrayOf("text", actors));
      insert.setArray(5, c.createArrayOf("text", reasons));
      insert.setArray(6, c.createArrayOf("timestamptz", times));
      insert.execute();
    }
  }

  private void insertCounters(List<Order> orders) throws SQLException {
    Map<String, Integer> last = new LinkedHashMap<>();
    for (Order o : orders) {
      String[] parts = o.number.split("-");
      last.merge(o.lot.buyerId() + "/" + parts[1], Integer.parseInt(parts[2]), Math::max);
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO order_counter (buyer_id, year, last_number) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Integer> e : last.entrySet()) {
        String[] key = e.getKey().split("/");
        insert.setObject(1, UUID.fromString(key[0]));
        insert.setInt(2, Integer.parseInt(key[1]));
        insert.setInt(3, e.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * Puts each lot period's committed and invoiced amounts on its share 0 (where the orders are),
   * then spreads what remains of the maximum over the shares, as a V9 database's upgrade did.
   */
  private void settleCaps(List<Order> orders) throws SQLException {
    Map<String, long[]> amounts = new LinkedHashMap<>();
    for (Order o : orders) {
      long[] a = amounts.computeIfAbsent(o.lot.id() + "/" + o.period, k -> new long[2]);
      if (o.invoiced()) {
        a[1] += o.excl;
      } else if (!o.releases()) {
        a[0] += o.excl;
      }
    }
    try (PreparedStatement share =
            c.prepareStatement(
                "UPDATE lot_period_share s SET"
                    + " allowance_excl_vat_cents = CASE WHEN share = 0 THEN p.maximum_excl_vat_cents"
                    + " ELSE 0 END, committed_excl_vat_cents = CASE WHEN share = 0 THEN ? ELSE 0 END,"
                    + " invoiced_excl_vat_cents = CASE WHEN share = 0 THEN ? ELSE 0 END"
                    + " FROM lot_period p WHERE p.lot_id = s.lot_id"
                    + " AND p.period_index = s.period_index AND s.lot_id = ? AND s.period_index = ?");
        PreparedStatement spread = c.prepareStatement("SELECT lot_period_spread(?, ?)")) {
      for (Map.Entry<String, long[]> e : amounts.entrySet()) {
        String[] key = e.getKey().split("/");
        UUID lot = UUID.fromString(key[0]);
        int period = Integer.parseInt(key[1]);
        share.setLong(1, e.getValue()[0]);
        share.setLong(2, e.getValue()[1]);
        share.setObject(3, lot);
        share.setInt(4, period);
        share.addBatch();
        spread.setObject(1, lot);
        spread.setInt(2, period);
        spread.addBatch();
      }
      share.executeBatch();
      spread.executeBatch();
    }
  }
}
