package fr.boucle.ordering.internal;

import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The spend_entry table: one row per movement of money on a lot period for a service, never
 * updated; committed, invoiced and paid amounts are sums of these rows. place_orders writes the
 * COMMITTED rows.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class SpendEntries implements GenericRepository<SpendEntries.Row, Long> {

  @MappedEntity("spend_entry")
  record Row(
      @Id @GeneratedValue Long id,
      UUID orderId,
      UUID lotId,
      int periodIndex,
      UUID serviceId,
      String kind,
      long committedExclVatCents,
      long committedVatCents,
      long invoicedExclVatCents,
      long invoicedVatCents,
      long paidExclVatCents,
      long paidVatCents,
      Instant occurredAt) {}

  /** The sums of one lot period for one service. */
  record Sums(
      UUID lotId,
      int periodIndex,
      UUID serviceId,
      long committedExcl,
      long committedVat,
      long invoicedExcl,
      long invoicedVat,
      long paidExcl,
      long paidVat) {}

  private final Sql sql;

  SpendEntries(Sql sql) {
    this.sql = sql;
  }

  @Query(
      "INSERT INTO spend_entry (order_id, lot_id, period_index, service_id, kind,"
          + " committed_excl_vat_cents, committed_vat_cents, invoiced_excl_vat_cents,"
          + " invoiced_vat_cents, paid_excl_vat_cents, paid_vat_cents) VALUES (:orderId, :lotId,"
          + " :periodIndex, :serviceId, :kind, :committedExcl, :committedVat, :invoicedExcl,"
          + " :invoicedVat, :paidExcl, :paidVat)")
  abstract void append(
      UUID orderId,
      UUID lotId,
      int periodIndex,
      UUID serviceId,
      String kind,
      long committedExcl,
      long committedVat,
      long invoicedExcl,
      long invoicedVat,
      long paidExcl,
      long paidVat);

  /** An order's committed amount given back (it ended before delivery). */
  void released(Orders.Row o) {
    append(
        o.id(),
        o.lotId(),
        o.periodIndex(),
        o.serviceId(),
        "RELEASED",
        -o.totalExclVatCents(),
        -o.totalVatCents(),
        0,
        0,
        0,
        0);
  }

  /** An order's committed amount moved to invoiced. */
  void invoiced(Orders.Row o) {
    append(
        o.id(),
        o.lotId(),
        o.periodIndex(),
        o.serviceId(),
        "INVOICED",
        -o.totalExclVatCents(),
        -o.totalVatCents(),
        o.totalExclVatCents(),
        o.totalVatCents(),
        0,
        0);
  }

  /** A credit note cancelled the order's invoice: its amount moves back from invoiced. */
  void credited(Orders.Row o) {
    append(
        o.id(),
        o.lotId(),
        o.periodIndex(),
        o.serviceId(),
        "CREDITED",
        o.totalExclVatCents(),
        o.totalVatCents(),
        -o.totalExclVatCents(),
        -o.totalVatCents(),
        0,
        0);
  }

  /** The order's invoice was paid in full: its amount is paid (and stays invoiced). */
  void paid(Orders.Row o) {
    append(
        o.id(),
        o.lotId(),
        o.periodIndex(),
        o.serviceId(),
        "PAID",
        0,
        0,
        0,
        0,
        o.totalExclVatCents(),
        o.totalVatCents());
  }

  /** The sums per lot, period and service of the buyer's orders; only these services if given. */
  List<Sums> sums(UUID buyerId, @Nullable Collection<UUID> serviceIds) {
    String onlyServices = serviceIds == null ? "" : " AND e.service_id = ANY(?::uuid[])";
    Object[] params =
        serviceIds == null
            ? new Object[] {buyerId}
            : new Object[] {buyerId, List.copyOf(serviceIds)};
    return sql.list(
        "SELECT e.lot_id, e.period_index, e.service_id,"
            + " SUM(e.committed_excl_vat_cents) AS ce, SUM(e.committed_vat_cents) AS cv,"
            + " SUM(e.invoiced_excl_vat_cents) AS ie, SUM(e.invoiced_vat_cents) AS iv,"
            + " SUM(e.paid_excl_vat_cents) AS pe, SUM(e.paid_vat_cents) AS pv"
            + " FROM spend_entry e JOIN purchase_order o ON o.id = e.order_id"
            + " WHERE o.buyer_id = ?"
            + onlyServices
            + " GROUP BY e.lot_id, e.period_index, e.service_id",
        rs ->
            new Sums(
                Sql.uuid(rs, "lot_id"),
                rs.getInt("period_index"),
                Sql.uuid(rs, "service_id"),
                rs.getLong("ce"),
                rs.getLong("cv"),
                rs.getLong("ie"),
                rs.getLong("iv"),
                rs.getLong("pe"),
                rs.getLong("pv")),
        params);
  }
}
