package fr.boucle.listing.internal;

import fr.boucle.listing.ListingFields;
import fr.boucle.listing.ListingStatus;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The listing table. Derived finders for who owns what; hand-tuned SQL for the stock table, row
 * locks and the batched writes of an upsert. A listing's available quantity is never written here:
 * the stock ledger's trigger keeps it.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class Listings implements GenericRepository<Listings.Row, UUID> {

  /** Who owns a listing and where it stands. */
  @MappedEntity("listing")
  record Row(
      @Id UUID id,
      UUID supplierId,
      String sku,
      String categoryId,
      UUID depotId,
      ListingStatus status) {}

  /** A new listing with its opening stock, already in its status. */
  record NewListing(UUID id, ListingFields fields, int opening, ListingStatus status) {}

  /** New described fields and status for an existing listing. */
  record Changed(UUID id, ListingFields fields, ListingStatus status) {}

  /** The stock table's filters, checked; {@code sort} is one of {@link ListStock#SORTS}. */
  record StockQuery(
      UUID supplierId,
      @Nullable ListingStatus status,
      @Nullable String categoryId,
      @Nullable String q,
      String sort,
      boolean descending,
      int page,
      int size) {}

  private static final String COLUMNS =
      "id, supplier_id, sku, kind, title, description, category_id, brand, model, serial_number,"
          + " condition_grade, origin, warranty_months, energy_class, weight_grams, length_cm,"
          + " width_cm, height_cm, price_excl_vat_cents, vat_rate_bp, minimum_order_quantity,"
          + " depot_id, pickup_available, delivery_departments, delivery_fee_cents,"
          + " delivery_lead_days";

  /** The units of listing {@code l} that open orders hold: reserved and not yet released. */
  private static final String RESERVED =
      "COALESCE((SELECT -sum(m.quantity) FROM stock_movement m"
          + " WHERE m.listing_id = l.id AND m.kind IN ('RESERVED', 'RELEASED')), 0)::int";

  private static final String STORED = "SELECT l.*, " + RESERVED + " AS reserved FROM listing l";

  private static final String PUBLISHED_AT =
      "CASE WHEN ? IN ('PUBLISHED', 'SOLD_OUT') THEN COALESCE(published_at, now())"
          + " ELSE published_at END";

  private final Sql sql;

  Listings(Sql sql) {
    this.sql = sql;
  }

  abstract Optional<Row> findById(UUID id);

  abstract boolean existsByIdAndSupplierId(UUID id, UUID supplierId);

  abstract long countBySupplierIdAndSku(UUID supplierId, String sku);

  abstract long countByCategoryId(String categoryId);

  abstract long countByDepotId(UUID depotId);

  /** One of the supplier's listings, whole. */
  Optional<StoredListing> find(UUID supplierId, UUID id) {
    return sql.one(
        STORED + " WHERE l.id = ? AND l.supplier_id = ?", StoredListing::from, id, supplierId);
  }

  /** Locks one of the supplier's listings until the transaction ends; false when none. */
  boolean lock(UUID supplierId, UUID id) {
    return sql.one(
            "SELECT id FROM listing WHERE id = ? AND supplier_id = ? FOR UPDATE",
            rs -> Sql.uuid(rs, "id"),
            id,
            supplierId)
        .isPresent();
  }

  /** Locks the supplier's listings with these SKUs, waiting for each, in one order. */
  void lockAll(UUID supplierId, List<String> skus) {
    sql.list(
        "SELECT id FROM listing WHERE supplier_id = ? AND sku = ANY(?) ORDER BY id FOR UPDATE",
        rs -> null,
        supplierId,
        skus);
  }

  /** Locks them all at once or none: false, holding nothing, when one is locked elsewhere. */
  boolean tryLockAll(UUID supplierId, List<String> skus) {
    try {
      sql.list(
          "SELECT id FROM listing WHERE supplier_id = ? AND sku = ANY(?) ORDER BY id"
              + " FOR UPDATE NOWAIT",
          rs -> null,
          supplierId,
          skus);
      return true;
    } catch (RuntimeException e) {
      if ("55P03".equals(Sql.sqlState(e))) { // lock_not_available: someone else holds one
        return false;
      }
      throw e;
    }
  }

  List<StoredListing> withSkus(UUID supplierId, List<String> skus) {
    return sql.list(
        STORED + " WHERE l.supplier_id = ? AND l.sku = ANY(?)",
        StoredListing::from,
        supplierId,
        skus);
  }

  long count(StockQuery query) {
    List<Object> params = new ArrayList<>();
    return sql.count("SELECT count(*) FROM listing l" + where(query, params), params.toArray());
  }

  List<StoredListing> page(StockQuery query) {
    List<Object> params = new ArrayList<>();
    String where = where(query, params);
    params.add(query.size());
    params.add((long) query.page() * query.size());
    String order =
        switch (query.sort()) {
          case "title" -> "l.title";
          case "sku" -> "l.sku";
          case "price" -> "l.price_excl_vat_cents";
          case "available" -> "l.available_quantity";
          case "status" -> "l.status";
          default -> "l.updated_at";
        };
    return sql.list(
        STORED
            + where
            + " ORDER BY "
            + order
            + (query.descending() ? " DESC" : " ASC")
            + ", l.id LIMIT ? OFFSET ?",
        StoredListing::from,
        params.toArray());
  }

  private static String where(StockQuery query, List<Object> params) {
    StringBuilder where = new StringBuilder(" WHERE l.supplier_id = ?");
    params.add(query.supplierId());
    if (query.status() != null) {
      where.append(" AND l.status = ?");
      params.add(query.status());
    }
    if (query.categoryId() != null && !query.categoryId().isBlank()) {
      where.append(
          " AND l.category_id IN (WITH RECURSIVE sub(id) AS (SELECT ?::text UNION ALL"
              + " SELECT c.id FROM category c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)");
      params.add(query.categoryId());
    }
    if (query.q() != null && !query.q().isBlank()) {
      where.append(" AND (l.title ILIKE ? OR l.sku ILIKE ? OR l.brand ILIKE ? OR l.model ILIKE ?)");
      String like =
          "%"
              + query.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
              + "%";
      params.addAll(List.of(like, like, like, like));
    }
    return where.toString();
  }

  /** Names who makes the changes of this transaction, for the listing change feed's trigger. */
  void tagActor(String actor) {
    sql.one("SELECT set_config('boucle.actor', ?, true)", rs -> rs.getString(1), actor);
  }

  void changeSku(UUID id, String sku) {
    sql.update("UPDATE listing SET sku = ? WHERE id = ?", sku, id);
  }

  void changeStatus(UUID id, ListingStatus status) {
    sql.update(
        "UPDATE listing SET status = ?, updated_at = now(), published_at = "
            + PUBLISHED_AT
            + " WHERE id = ?",
        status,
        status,
        id);
  }

  /** Inserts new listings with their opening stock (its ledger rows are written next). */
  void insertAll(UUID supplierId, List<NewListing> listings) {
    List<Object[]> rows = new ArrayList<>();
    for (NewListing n : listings) {
      List<Object> values = new ArrayList<>();
      values.add(n.id());
      values.add(supplierId);
      values.add(n.fields().sku());
      values.addAll(n.fields().descriptive());
      values.add(n.opening());
      values.add(n.status());
      values.add(n.status());
      rows.add(values.toArray());
    }
    sql.batch(
        "INSERT INTO listing ("
            + COLUMNS
            + ", available_quantity, status, published_at) VALUES"
            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " CASE WHEN ? IN ('PUBLISHED', 'SOLD_OUT') THEN now() END)",
        rows);
  }

  /** Rewrites the described fields and status of existing listings (never their stock). */
  void updateAll(List<Changed> listings) {
    List<Object[]> rows = new ArrayList<>();
    for (Changed c : listings) {
      List<Object> values = new ArrayList<>(c.fields().descriptive());
      values.add(c.status());
      values.add(c.status());
      values.add(c.id());
      rows.add(values.toArray());
    }
    sql.batch(
        "UPDATE listing SET kind = ?, title = ?, description = ?, category_id = ?, brand = ?,"
            + " model = ?, serial_number = ?, condition_grade = ?, origin = ?, warranty_months = ?,"
            + " energy_class = ?, weight_grams = ?, length_cm = ?, width_cm = ?, height_cm = ?,"
            + " price_excl_vat_cents = ?, vat_rate_bp = ?, minimum_order_quantity = ?, depot_id = ?,"
            + " pickup_available = ?, delivery_departments = ?, delivery_fee_cents = ?,"
            + " delivery_lead_days = ?, status = ?, updated_at = now(), published_at = "
            + PUBLISHED_AT
            + " WHERE id = ?",
        rows);
  }
}
