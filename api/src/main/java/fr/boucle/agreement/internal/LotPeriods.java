package fr.boucle.agreement.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The lot_period table (a lot's maximum per period, opened at activation; a trigger spreads it over
 * the period's shares) and the lot_period_balance view of what orders consumed of it.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LotPeriods extends GenericRepository<LotPeriods.Row, LotPeriods.Key> {

  @Embeddable
  record Key(
      @MappedProperty("lot_id") UUID lotId, @MappedProperty("period_index") int periodIndex) {}

  @MappedEntity("lot_period")
  record Row(@EmbeddedId Key id, LocalDate startsOn, LocalDate endsOn, long maximumExclVatCents) {}

  /** A lot period's maximum and the amounts committed and invoiced against it. */
  @Introspected
  record Balance(
      UUID lotId,
      int periodIndex,
      LocalDate startsOn,
      LocalDate endsOn,
      long maximumExclVatCents,
      long committedExclVatCents,
      long invoicedExclVatCents) {}

  @Query(
      "SELECT lot_id, period_index, starts_on, ends_on, maximum_excl_vat_cents,"
          + " committed_excl_vat_cents, invoiced_excl_vat_cents FROM lot_period_balance"
          + " WHERE lot_id IN (:lotIds) ORDER BY lot_id, period_index")
  List<Balance> balancesOf(Collection<UUID> lotIds);

  List<Row> saveAll(Iterable<Row> rows);
}
