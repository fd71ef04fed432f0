package fr.boucle.ordering.internal;

import fr.boucle.ordering.SupplierSales;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
class DefaultSupplierSales implements SupplierSales {

  static final List<String> COUNTED = List.of("ACCEPTED", "READY", "DELIVERED", "INVOICED", "PAID");

  private final Sql sql;
  private final LedgerCache cache;

  DefaultSupplierSales(Sql sql, LedgerCache cache) {
    this.sql = sql;
    this.cache = cache;
  }

  private record Head(
      UUID id, UUID buyerId, LocalDate orderedOn, long total, long fee, List<Line> lines) {}

  @Override
  public List<SoldOrder> sold(UUID supplierId, LocalDate from, LocalDate to) {
    return cache.get(
        "sales.sold", List.of(supplierId, from, to), () -> List.copyOf(read(supplierId, from, to)));
  }

  private List<SoldOrder> read(UUID supplierId, LocalDate from, LocalDate to) {
    Map<UUID, Head> orders = new LinkedHashMap<>();
    sql.list(
        "SELECT o.id, o.buyer_id, (o.submitted_at AT TIME ZONE 'Europe/Paris')::date AS ordered_on,"
            + " o.total_excl_vat_cents, o.delivery_fee_excl_vat_cents"
            + " FROM purchase_order o WHERE o.supplier_id = ? AND o.status = ANY(?)"
            + " AND (o.submitted_at AT TIME ZONE 'Europe/Paris')::date BETWEEN ? AND ?"
            + " ORDER BY o.submitted_at, o.id",
        rs -> {
          UUID id = Sql.uuid(rs, "id");
          orders.put(
              id,
              new Head(
                  id,
                  Sql.uuid(rs, "buyer_id"),
                  rs.getObject("ordered_on", LocalDate.class),
                  rs.getLong("total_excl_vat_cents"),
                  rs.getLong("delivery_fee_excl_vat_cents"),
                  new ArrayList<>()));
          return id;
        },
        supplierId,
        COUNTED,
        from,
        to);
    if (!orders.isEmpty()) {
      sql.list(
          "SELECT order_id, category_id, quantity, line_excl_vat_cents FROM order_line"
              + " WHERE order_id = ANY(?) ORDER BY order_id, line_no",
          rs -> {
            orders
                .get(Sql.uuid(rs, "order_id"))
                .lines()
                .add(
                    new Line(
                        rs.getString("category_id"),
                        rs.getInt("quantity"),
                        rs.getLong("line_excl_vat_cents")));
            return null;
          },
          List.copyOf(orders.keySet()));
    }
    return orders.values().stream()
        .map(h ->
            new SoldOrder(
                h.id(), h.buyerId(), h.orderedOn(), h.total(), h.fee(), List.copyOf(h.lines())))
        .toList();
  }

  @Override
  public Waiting waiting(UUID supplierId) {
    return sql.one(
            "SELECT count(*) FILTER (WHERE status = 'APPROVED') AS to_accept,"
                + " count(*) FILTER (WHERE status = 'ACCEPTED') AS to_prepare,"
                + " count(*) FILTER (WHERE status = 'READY') AS to_deliver"
                + " FROM purchase_order WHERE supplier_id = ?"
                + " AND status IN ('APPROVED', 'ACCEPTED', 'READY')",
            rs ->
                new Waiting(
                    rs.getLong("to_accept"), rs.getLong("to_prepare"), rs.getLong("to_deliver")),
            supplierId)
        .orElse(new Waiting(0, 0, 0));
  }
}
