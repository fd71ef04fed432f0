package fr.boucle.ordering.internal;

import fr.boucle.ordering.OrderFacts;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reads the order lines counted as bought in a year (the rule is on {@link OrderFacts}). */
@Singleton
class CountedPurchases implements OrderFacts {

  private final Sql sql;
  private final LedgerCache cache;

  CountedPurchases(Sql sql, LedgerCache cache) {
    this.sql = sql;
    this.cache = cache;
  }

  @Override
  public List<CategoryTotal> purchasedByCategory(UUID buyerId, int year) {
    return cache.get(
        "purchases.byCategory",
        List.of(buyerId, year),
        () -> List.copyOf(sumByCategory(buyerId, year)));
  }

  private List<CategoryTotal> sumByCategory(UUID buyerId, int year) {
    return sql.list(
        // The delivery day of every delivered order of the buyer in one aggregate (a hash join),
        // not a lookup per order: the per-order subquery cost 0.5-4 s for 25,000 orders; and the
        // sums in the database, not 45,000 lines sent to be added up (docs/benchmarks.md).
        "SELECT l.category_id, sum(l.quantity)::bigint AS units,"
            + " sum(l.line_excl_vat_cents)::bigint AS amount"
            + " FROM (SELECT o.id FROM purchase_order o LEFT JOIN (SELECT e.order_id,"
            + " (min(e.occurred_at) AT TIME ZONE 'Europe/Paris')::date AS day"
            + " FROM order_event e JOIN purchase_order b ON b.id = e.order_id"
            + " WHERE b.buyer_id = ? AND e.to_status = 'DELIVERED' GROUP BY e.order_id) dv"
            + " ON dv.order_id = o.id"
            + " WHERE o.buyer_id = ? AND o.status IN ('DELIVERED', 'INVOICED', 'PAID')"
            + " AND COALESCE(dv.day, o.delivery_date) >= ?"
            + " AND COALESCE(dv.day, o.delivery_date) < ?) d"
            + " JOIN order_line l ON l.order_id = d.id"
            + " GROUP BY l.category_id ORDER BY l.category_id",
        rs ->
            new CategoryTotal(
                rs.getString("category_id"), rs.getLong("units"), rs.getLong("amount")),
        buyerId,
        buyerId,
        LocalDate.of(year, 1, 1),
        LocalDate.of(year + 1, 1, 1));
  }
}
