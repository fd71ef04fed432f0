package fr.boucle.listing.internal;

import fr.boucle.listing.SupplierStock;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Singleton
class DefaultSupplierStock implements SupplierStock {

  private final Sql sql;

  DefaultSupplierStock(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Set<UUID> suppliersWithStockIn(Collection<String> categoryIds) {
    if (categoryIds.isEmpty()) {
      return Set.of();
    }
    return new LinkedHashSet<>(
        sql.list(
            "WITH RECURSIVE below AS (SELECT id FROM category WHERE id = ANY(?::text[])"
                + " UNION SELECT c.id FROM category c JOIN below b ON c.parent_id = b.id)"
                + " SELECT DISTINCT l.supplier_id FROM listing l"
                + " WHERE l.category_id = ANY(ARRAY(SELECT id FROM below))"
                + " AND l.status = 'PUBLISHED' AND l.available_quantity > 0 ORDER BY 1",
            rs -> Sql.uuid(rs, "supplier_id"),
            List.copyOf(categoryIds)));
  }

  @Override
  public List<Published> publishedSince(Instant since, int limit) {
    return sql.list(
        "SELECT l.id, l.supplier_id, l.depot_id, l.category_id, l.title, l.published_at"
            + " FROM listing l"
            + " WHERE l.published_at > ? AND l.status = 'PUBLISHED' AND l.available_quantity > 0"
            + " ORDER BY l.published_at, l.id LIMIT ?",
        DefaultSupplierStock::published,
        since,
        limit);
  }

  @Override
  public List<Published> restockedSince(Instant since, int limit) {
    // The ledger's running total per listing: a movement that takes it from 0 (or below) to more
    // than 0 is stock coming back; those before the listing was published are its opening stock.
    return sql.list(
        "SELECT l.id, l.supplier_id, l.depot_id, l.category_id, l.title,"
            + " r.occurred_at AS published_at FROM (SELECT"
            + " m.id, m.listing_id, m.quantity, m.occurred_at, sum(m.quantity) OVER (PARTITION BY"
            + " m.listing_id ORDER BY m.occurred_at, m.id) AS after FROM stock_movement m"
            + " WHERE m.listing_id IN (SELECT n.listing_id FROM stock_movement n"
            + " WHERE n.occurred_at > ?)) r JOIN listing l ON l.id = r.listing_id"
            + " WHERE r.occurred_at > ? AND r.after > 0 AND r.after - r.quantity <= 0"
            + " AND l.status = 'PUBLISHED' AND l.published_at < r.occurred_at"
            + " AND l.available_quantity > 0 ORDER BY r.occurred_at, r.id LIMIT ?",
        DefaultSupplierStock::published,
        since,
        since,
        limit);
  }

  /** A listing put on sale, from a row naming when (its publication, or the stock's return). */
  private static Published published(ResultSet rs) throws SQLException {
    return new Published(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "supplier_id"),
        Sql.uuid(rs, "depot_id"),
        rs.getString("category_id"),
        rs.getString("title"),
        Sql.instant(rs, "published_at"));
  }
}
