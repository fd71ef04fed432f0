package fr.boucle.agreement.internal;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The lot_supplier table: the suppliers awarded each lot. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LotSuppliers extends GenericRepository<LotSuppliers.Row, LotSuppliers.Key> {

  @Embeddable
  record Key(
      @MappedProperty("lot_id") UUID lotId, @MappedProperty("supplier_id") UUID supplierId) {}

  @MappedEntity("lot_supplier")
  record Row(@EmbeddedId Key id) {
    static Row of(UUID lotId, UUID supplierId) {
      return new Row(new Key(lotId, supplierId));
    }
  }

  @Query("SELECT * FROM lot_supplier WHERE lot_id IN (:lotIds)")
  List<Row> ofLots(Collection<UUID> lotIds);

  /** Whether a supplier is awarded one of an agreement's lots. */
  @Query(
      "SELECT EXISTS (SELECT 1 FROM agreement_lot l JOIN lot_supplier s ON s.lot_id = l.id"
          + " WHERE l.agreement_id = :agreementId AND s.supplier_id = :supplierId)")
  boolean awarded(UUID agreementId, UUID supplierId);

  List<Row> saveAll(Iterable<Row> rows);
}
