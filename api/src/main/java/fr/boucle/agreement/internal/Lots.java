package fr.boucle.agreement.internal;

import fr.boucle.agreement.PriceTerms;
import fr.boucle.agreement.Reservation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The agreement_lot table; a lot's categories, suppliers, prices and periods hang from it. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Lots extends GenericRepository<Lots.Row, UUID> {

  @MappedEntity("agreement_lot")
  record Row(
      @Id UUID id,
      UUID agreementId,
      int number,
      String title,
      Reservation reservation,
      long minimumExclVatCents,
      long maximumExclVatCents,
      PriceTerms priceTerms,
      @Nullable @MappedProperty("discount_bp") Integer discountBasisPoints,
      @Nullable Integer insertionHoursTarget,
      @Nullable String environmentalClause,
      int platformCommissionBp) {}

  List<Row> findByAgreementIdOrderByNumber(UUID agreementId);

  List<Row> findByAgreementIdIn(Collection<UUID> agreementIds);

  List<Row> saveAll(Iterable<Row> rows);

  /** Removes an agreement's lots with everything hanging from them. */
  void deleteByAgreementId(UUID agreementId);
}
