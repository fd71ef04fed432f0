package fr.boucle.ordering.internal;

import fr.boucle.ordering.ConsumedSpend;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Singleton
class DefaultConsumedSpend implements ConsumedSpend {

  private static final String SELECT =
      "SELECT o.id, o.supplier_id, o.agreement_id, o.lot_id, o.service_id,"
          + " (o.submitted_at AT TIME ZONE 'Europe/Paris')::date AS ordered_on,"
          + " sum(e.committed_excl_vat_cents + e.invoiced_excl_vat_cents) AS consumed"
          + " FROM purchase_order o JOIN spend_entry e ON e.order_id = o.id"
          + " WHERE o.buyer_id = ?"
          + " AND (o.submitted_at AT TIME ZONE 'Europe/Paris')::date BETWEEN ? AND ?";
  private static final String GROUPED =
      " GROUP BY o.id HAVING sum(e.committed_excl_vat_cents + e.invoiced_excl_vat_cents) <> 0"
          + " ORDER BY o.submitted_at, o.id";

  private final Sql sql;
  private final LedgerCache cache;

  DefaultConsumedSpend(Sql sql, LedgerCache cache) {
    this.sql = sql;
    this.cache = cache;
  }

  @Override
  public List<ConsumedOrder> consumed(
      UUID buyerId, LocalDate from, LocalDate to, @Nullable Set<UUID> serviceIds) {
    return cache.get(
        "spend.consumed",
        java.util.Arrays.asList(buyerId, from, to, serviceIds),
        () -> List.copyOf(read(buyerId, from, to, serviceIds)));
  }

  private List<ConsumedOrder> read(
      UUID buyerId, LocalDate from, LocalDate to, @Nullable Set<UUID> serviceIds) {
    List<Object> params = new ArrayList<>(List.of(buyerId, from, to));
    String where = "";
    if (serviceIds != null) {
      if (serviceIds.isEmpty()) {
        return List.of();
      }
      where = " AND o.service_id = ANY(?)";
      params.add(List.copyOf(serviceIds));
    }
    return sql.list(
        SELECT + where + GROUPED,
        rs ->
            new ConsumedOrder(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "supplier_id"),
                Sql.uuid(rs, "agreement_id"),
                Sql.uuid(rs, "lot_id"),
                Sql.uuid(rs, "service_id"),
                rs.getObject("ordered_on", LocalDate.class),
                rs.getLong("consumed")),
        params.toArray());
  }
}
