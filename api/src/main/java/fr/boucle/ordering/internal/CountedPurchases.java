package fr.boucle.ordering.internal;

import fr.boucle.ordering.OrderFacts;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reads the order lines counted as bought in a year (the rule is on {@link OrderFacts}). */
@Singleton
class CountedPurchases implements OrderFacts {

  private final Sql sql;

  CountedPurchases(Sql sql) {
    this.sql = sql;
  }

  @Override
  public List<PurchaseLine> purchasedLines(UUID buyerId, int year) {
    return sql.list(
        "SELECT o.id, o.status, d.counted_on, l.category_id, l.quantity,"
            + " l.line_excl_vat_cents"
            + " FROM purchase_order o"
            + " CROSS JOIN LATERAL (SELECT COALESCE((SELECT (min(e.occurred_at)"
            + " AT TIME ZONE 'Europe/Paris')::date FROM order_event e WHERE e.order_id = o.id"
            + " AND e.to_status = 'DELIVERED'), o.delivery_date) AS counted_on) d"
            + " JOIN order_line l ON l.order_id = o.id"
            + " WHERE o.buyer_id = ? AND o.status IN ('DELIVERED', 'INVOICED', 'PAID')"
            + " AND d.counted_on >= ? AND d.counted_on < ?"
            + " ORDER BY o.id, l.line_no",
        rs ->
            new PurchaseLine(
                Sql.uuid(rs, "id"),
                OrderStatus.valueOf(rs.getString("status")),
                rs.getObject("counted_on", LocalDate.class),
                rs.getString("category_id"),
                rs.getInt("quantity"),
                rs.getLong("line_excl_vat_cents")),
        buyerId,
        LocalDate.of(year, 1, 1),
        LocalDate.of(year + 1, 1, 1));
  }
}
