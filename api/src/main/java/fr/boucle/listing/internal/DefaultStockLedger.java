package fr.boucle.listing.internal;

import fr.boucle.listing.ListingStatus;
import fr.boucle.listing.StockLedger;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The listing and stock_movement tables as the ordering area sees them. Movements are written in
 * listing id order, the order every writer locks listings in.
 */
@Singleton
class DefaultStockLedger implements StockLedger {

  private final Sql sql;

  DefaultStockLedger(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Map<UUID, Listing> listings(Collection<UUID> ids) {
    Map<UUID, Listing> rows = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return rows;
    }
    sql.list(
        "SELECT l.id, l.supplier_id, l.depot_id, l.sku, l.title, l.category_id, l.kind, l.status,"
            + " l.price_excl_vat_cents, l.vat_rate_bp, l.minimum_order_quantity,"
            + " l.delivery_fee_cents,"
            + " (SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movement m WHERE m.listing_id = l.id)"
            + " AS available"
            + " FROM listing l WHERE l.id = ANY(?)",
        rs -> {
          Listing row =
              new Listing(
                  Sql.uuid(rs, "id"),
                  Sql.uuid(rs, "supplier_id"),
                  Sql.uuid(rs, "depot_id"),
                  rs.getString("sku"),
                  rs.getString("title"),
                  rs.getString("category_id"),
                  rs.getString("kind"),
                  ListingStatus.valueOf(rs.getString("status")),
                  rs.getLong("price_excl_vat_cents"),
                  rs.getInt("vat_rate_bp"),
                  rs.getInt("minimum_order_quantity"),
                  rs.getLong("available"),
                  (Long) rs.getObject("delivery_fee_cents"));
          rows.put(row.id(), row);
          return row;
        },
        List.copyOf(ids));
    return rows;
  }

  @Override
  public void release(List<Units> units, String actor, String reason) {
    sql.update(
        "INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason)"
            + " SELECT m.listing_id, 'RELEASED', m.quantity, ?, ?"
            + " FROM unnest(?::uuid[], ?::int[]) AS m(listing_id, quantity) ORDER BY m.listing_id",
        actor,
        reason,
        units.stream().map(Units::listingId).toList(),
        units.stream().map(u -> (long) u.quantity()).toList());
  }

  @Override
  public void sell(List<Units> units, String actor, String reason) {
    sql.update(
        "INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason)"
            + " SELECT m.listing_id, k.kind, k.sign * m.quantity, ?, ?"
            + " FROM unnest(?::uuid[], ?::int[]) AS m(listing_id, quantity),"
            + " (VALUES ('RELEASED', 1), ('SOLD', -1)) AS k(kind, sign) ORDER BY m.listing_id",
        actor,
        reason,
        units.stream().map(Units::listingId).toList(),
        units.stream().map(u -> (long) u.quantity()).toList());
  }
}
