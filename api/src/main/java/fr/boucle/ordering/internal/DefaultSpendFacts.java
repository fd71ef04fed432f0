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
    // The buyer's orders of the range with their ledger rows, one aggregate over them.
    String ledger =
        " FROM purchase_order po JOIN spend_entry e ON e.order_id = po.id WHERE " + where;
    Object[] bound = params.toArray();
    if (by != By.CATEGORY) {
      String key =
          switch (by) {
            case SERVICE -> "po.service_id::text";
            case SUPPLIER -> "po.supplier_id::text";
            default -> "date_trunc('month', po.submitted_at AT TIME ZONE 'Europe/Paris')";
          };
      String shown = by == By.MONTH ? "to_char(" + key + ", 'YYYY-MM')" : key;
      return sql.list(
          "SELECT " + shown + ", " + SUMS + ledger + " GROUP BY " + key + " ORDER BY 1",
          rs -> new Slice(rs.getString(1), amounts(rs, 2)),
          bound);
    }
    List<Slice> categories =
        sql.list(byCategory(ledger), rs -> new Slice(rs.getString(1), amounts(rs, 2)), bound);
    Amounts whole =
        sql.one("SELECT " + SUMS + ledger, rs -> amounts(rs, 1), bound).orElse(Amounts.ZERO);
    // What the goods lines leave is the delivery fees' (and any cent a split rounds away).
    Amounts split = categories.stream().map(Slice::amounts).reduce(Amounts.ZERO, Amounts::plus);
    Amounts delivery = whole.minus(split);
    List<Slice> rows = new ArrayList<>(categories);
    if (!delivery.isZero()) {
      rows.add(new Slice(DELIVERY, delivery));
    }
    return rows;
  }

  /**
   * Each order's sums split by its goods lines in proportion to their amounts. An order is
   * committed, invoiced or paid as a whole, so its sums are its total or zero and the split is the
   * lines' amounts, exactly; any other sum is split rounding down.
   */
  private static String byCategory(String ledger) {
    String part =
        "COALESCE(SUM(CASE WHEN o.%1$s = o.total THEN l.line_excl_vat_cents WHEN o.%1$s = 0"
            + " THEN 0 ELSE TRUNC(o.%1$s::numeric * l.line_excl_vat_cents / NULLIF(o.total, 0))"
            + " END), 0)::bigint";
    return "SELECT l.category_id, "
        + part.formatted("c")
        + ", "
        + part.formatted("i")
        + ", "
        + part.formatted("p")
        + " FROM (SELECT po.id, po.total_excl_vat_cents AS total,"
        + " SUM(e.committed_excl_vat_cents) AS c, SUM(e.invoiced_excl_vat_cents) AS i,"
        + " SUM(e.paid_excl_vat_cents) AS p"
        + ledger
        + " GROUP BY po.id) o JOIN order_line l ON l.order_id = o.id GROUP BY 1 ORDER BY 1";
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
