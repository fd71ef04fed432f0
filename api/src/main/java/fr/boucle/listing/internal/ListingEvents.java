package fr.boucle.listing.internal;

import fr.boucle.listing.ListingRules;
import fr.boucle.listing.ListingViews;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The listing change feed, written by the listing table's trigger in the transaction of each change
 * and read here in commit order.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class ListingEvents implements GenericRepository<ListingEvents.Event, Long> {

  /** One change, without the listing as it was right after it. */
  @MappedEntity("listing_event")
  record Event(
      @Id Long id,
      UUID listingId,
      UUID supplierId,
      String type,
      @Nullable String actor,
      Instant occurredAt) {}

  private final Sql sql;

  ListingEvents(Sql sql) {
    this.sql = sql;
  }

  /**
   * The supplier's changes after the position ({@code tx}, {@code id}), at most {@code limit}. Only
   * changes of transactions older than every running one are answered, so a change that commits
   * late is never skipped by a cursor that moved past it.
   */
  List<ListingViews.Change> after(UUID supplierId, long tx, long id, int limit) {
    return sql.list(
        "SELECT e.id, e.tx::text::bigint AS tx, e.listing_id, e.type, e.actor, e.occurred_at,"
            + " e.listing->>'sku' AS sku, e.listing->>'title' AS title, e.listing->>'status' AS status,"
            + " (e.listing->>'available_quantity')::int AS available,"
            + " (e.listing->>'price_excl_vat_cents')::bigint AS price,"
            + " e.listing->>'category_id' AS category_id FROM listing_event e WHERE e.supplier_id = ?"
            + " AND (e.tx, e.id) > (?::text::xid8, ?)"
            + " AND e.tx < pg_snapshot_xmin(pg_current_snapshot())"
            + " ORDER BY e.tx, e.id LIMIT ?",
        ListingEvents::change,
        supplierId,
        Long.toString(tx),
        id,
        limit);
  }

  private static ListingViews.Change change(ResultSet rs) throws SQLException {
    return new ListingViews.Change(
        rs.getLong("tx") + "-" + rs.getLong("id"),
        Sql.uuid(rs, "listing_id"),
        rs.getString("type"),
        rs.getString("actor"),
        Sql.instant(rs, "occurred_at"),
        new ListingViews.ChangedListing(
            rs.getString("sku"),
            rs.getString("title"),
            rs.getString("status"),
            rs.getInt("available"),
            ListingRules.euros(rs.getLong("price")).toPlainString(),
            rs.getString("category_id")));
  }
}
