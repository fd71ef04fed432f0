package fr.boucle.organisation.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The buyer_service table: a buyer's ordering services (delivery address, Chorus Pro code, approval
 * threshold).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Services extends GenericRepository<Services.Row, UUID> {

  List<Row> findByOrganisationIdOrderByName(UUID organisationId);

  Optional<Row> findByIdAndOrganisationId(UUID id, UUID organisationId);

  Row save(Row row);

  Row update(Row row);

  void deleteById(UUID id);

  @MappedEntity("buyer_service")
  record Row(
      @Id UUID id,
      UUID organisationId,
      String name,
      @Nullable String chorusServiceCode,
      String street,
      String postcode,
      String city,
      String department,
      BigDecimal latitude,
      BigDecimal longitude,
      long approvalThresholdCents) {}
}
