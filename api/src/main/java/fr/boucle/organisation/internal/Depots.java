package fr.boucle.organisation.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The depot table, owned by the organisation area. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Depots extends GenericRepository<Depots.Row, UUID> {

  List<Row> findByOrganisationIdOrderByName(UUID organisationId);

  List<Row> findByIdIn(Collection<UUID> ids);

  Optional<Row> findByIdAndOrganisationId(UUID id, UUID organisationId);

  Row save(Row row);

  Row update(Row row);

  void deleteById(UUID id);

  @MappedEntity("depot")
  record Row(
      @Id UUID id,
      UUID organisationId,
      String name,
      String street,
      String postcode,
      String city,
      String department,
      BigDecimal latitude,
      BigDecimal longitude) {}
}
