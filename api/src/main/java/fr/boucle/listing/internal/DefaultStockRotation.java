package fr.boucle.listing.internal;

import fr.boucle.listing.StockRotation;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
class DefaultStockRotation implements StockRotation {

  private final Sql sql;

  DefaultStockRotation(Sql sql) {
    this.sql = sql;
  }

  @Override
  public List<Sale> sales(UUID supplierId, Instant from, Instant to) {
    return sql.list(
        "SELECT m.listing_id, l.category_id, -m.quantity AS units, l.published_at, m.occurred_at"
            + " FROM stock_movement m JOIN listing l ON l.id = m.listing_id"
            + " WHERE l.supplier_id = ? AND m.kind = 'SOLD'"
            + " AND m.occurred_at >= ? AND m.occurred_at < ? ORDER BY m.occurred_at, m.id",
        rs ->
            new Sale(
                Sql.uuid(rs, "listing_id"),
                rs.getString("category_id"),
                rs.getInt("units"),
                Sql.instant(rs, "published_at"),
                Sql.instant(rs, "occurred_at")),
        supplierId,
        from,
        to);
  }

  @Override
  public Map<String, Long> unitsInStock(UUID supplierId) {
    Map<String, Long> units = new LinkedHashMap<>();
    sql.list(
        "SELECT category_id, sum(available_quantity) AS units FROM listing"
            + " WHERE supplier_id = ? AND status IN ('PUBLISHED', 'SOLD_OUT')"
            + " GROUP BY category_id ORDER BY category_id",
        rs -> units.put(rs.getString("category_id"), rs.getLong("units")),
        supplierId);
    return units;
  }
}
