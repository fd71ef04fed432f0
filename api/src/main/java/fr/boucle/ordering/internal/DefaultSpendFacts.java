package fr.boucle.ordering.internal;

import fr.boucle.ordering.SpendFacts;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * {@link SpendFacts} in SQL: each answer is one aggregate query over the ledger, lot periods
 * through {@code spend_entry_lot_idx}, breakdowns through the buyer's orders of the range ({@code
 * purchase_order_buyer_idx}) and their ledger rows ({@code spend_entry_order_idx}).
 */
@Singleton
class DefaultSpendFacts implements SpendFacts {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final String SUMS =
      "SUM(committed_excl_vat_cents)::bigint, SUM(invoiced_excl_vat_cents)::bigint,"
          + " SUM(paid_excl_vat_cents)::bigint";

  private final Sql sql;

  DefaultSpendFacts(Sql sql) {
    this.sql = sql;
  }

  @Override
  public List<PeriodSpend> byLotPeriod(
      Collection<UUID> lotIds, @Nullable Collection<UUID> serviceIds) {
    if (lotIds.isEmpty()) {
      return List.of();
    }
    if (serviceIds == null) {
      return sql.list(
          "SELECT lot_id, period_index, "
              + SUMS
              + " FROM spend_entry WHERE lot_id = ANY(?::uuid[]) GROUP BY lot_id, period_index",
          rs -> {
            Amounts whole = amounts(rs, 3);
            return new PeriodSpend(Sql.uuid(rs, "lot_id"), rs.getInt("period_index"), whole, whole);
          },
          List.copyOf(lotIds));
    }
    String only = " FILTER (WHERE service_id = ANY(?::uuid[]))";
    return sql.list(
        "SELECT lot_id, period_index,"
            + " COALESCE(SUM(committed_excl_vat_cents)"
            + only
            + ", 0)::bigint, COALESCE(SUM(invoiced_excl_vat_cents)"
            + only
            + ", 0)::bigint, COALESCE(SUM(paid_excl_vat_cents)"
            + only
            + ", 0)::bigint, "
            + SUMS
            + " FROM spend_entry WHERE lot_id = ANY(?::uuid[]) GROUP BY lot_id, period_index",
        rs ->
            new PeriodSpend(
                Sql.uuid(rs, "lot_id"), rs.getInt("period_index"), amounts(rs, 3), amounts(rs, 6)),
        List.copyOf(serviceIds),
        List.copyOf(serviceIds),
        List.copyOf(serviceIds),
        List.copyOf(lotIds));
  }

  @Override
  public List<Slice> breakdown(
      UUID buyerId,
      By by,
      @Nullable Collection<UUID> serviceIds,
      @Nullable Collection<UUID> lotIds,
      LocalDate from,
      LocalDate to) {
    List<Object> params = new ArrayList<>();
    params.add(buyerId);
    params.add(Timestamp.from(from.atStartOfDay(PARIS).toInstant()));
    params.add(Timestamp.from(to.plusDays(1).atStartOfDay(PARIS).toInstant()));
    StringBuilder where =
        new StringBuilder("po.buyer_id = ? AND po.submitted_at >= ? AND po.submitted_at < ?");
    if (serviceIds != null) {
      where.append(" AND po.service_id = ANY(?::uuid[])");
      params.add(List.copyOf(serviceIds));
    }
    if (lotIds != null) {
      where.append(" AND po.lot_id = ANY(?::uuid[])");
      params.add(List.copyOf(lotIds));
    }
    // One row per order: its ledger sums, with what it is grouped by.
    String orders =
        "WITH o AS (SELECT po.id, po.service_id, po.supplier_id, po.total_excl_vat_cents AS total,"
            + " to_char(po.submitted_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month,"
            + " SUM(e.committed_excl_vat_cents) AS c, SUM(e.invoiced_excl_vat_cents) AS i,"
            + " SUM(e.paid_excl_vat_cents) AS p"
            + " FROM purchase_order po JOIN spend_entry e ON e.order_id = po.id WHERE "
            + where
            + " GROUP BY po.id) ";
    String query =
        switch (by) {
          case SERVICE -> orders + grouped("service_id::text");
          case SUPPLIER -> orders + grouped("supplier_id::text");
          case MONTH -> orders + grouped("month");
          case CATEGORY -> orders + byCategory();
        };
    List<Slice> rows =
        sql.list(query, rs -> new Slice(rs.getString(1), amounts(rs, 2)), params.toArray());
    if (by != By.CATEGORY) {
      return rows;
    }
    // The last row (key null) holds the orders' whole sums: what the goods lines leave is the
    // delivery fees' (and any cent the split by lines rounds away).
    List<Slice> categories = new ArrayList<>();
    Amounts whole = Amounts.ZERO;
    Amounts split = Amounts.ZERO;
    for (Slice s : rows) {
      if (s.key() == null) {
        whole = whole.plus(s.amounts());
      } else {
        categories.add(s);
        split = split.plus(s.amounts());
      }
    }
    Amounts delivery = whole.minus(split);
    if (!delivery.isZero()) {
      categories.add(new Slice(DELIVERY, delivery));
    }
    return categories;
  }

  private static String grouped(String key) {
    return "SELECT "
        + key
        + ", SUM(c)::bigint, SUM(i)::bigint, SUM(p)::bigint FROM o"
        + " GROUP BY 1 ORDER BY 1";
  }

  /**
   * Each order's sums split by its goods lines in proportion to their amounts (an order's sums are
   * whole multiples of its total: it is committed, invoiced or paid as a whole, so the split is
   * exact), then the orders' whole sums in a row without key.
   */
  private static String byCategory() {
    String part = "TRUNC(o.%s::numeric * l.amount / NULLIF(o.total, 0))";
    return "SELECT * FROM (SELECT l.category_id, COALESCE(SUM("
        + part.formatted("c")
        + "), 0)::bigint, COALESCE(SUM("
        + part.formatted("i")
        + "), 0)::bigint, COALESCE(SUM("
        + part.formatted("p")
        + "), 0)::bigint"
        + " FROM o JOIN (SELECT order_id, category_id, SUM(line_excl_vat_cents) AS amount"
        + " FROM order_line WHERE order_id IN (SELECT id FROM o) GROUP BY 1, 2) l"
        + " ON l.order_id = o.id GROUP BY 1 ORDER BY 1) s"
        + " UNION ALL SELECT NULL, COALESCE(SUM(c), 0)::bigint, COALESCE(SUM(i), 0)::bigint,"
        + " COALESCE(SUM(p), 0)::bigint FROM o";
  }

  @Override
  public List<UUID> servicesOrderedOn(UUID lotId, int periodIndex) {
    return sql.list(
        "SELECT DISTINCT service_id FROM spend_entry WHERE lot_id = ? AND period_index = ?",
        rs -> Sql.uuid(rs, "service_id"),
        lotId,
        periodIndex);
  }

  private static Amounts amounts(ResultSet rs, int first) throws SQLException {
    return new Amounts(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2));
  }
}
