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

/** The lot_unit_price table: a unit-price schedule's price per category. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LotUnitPrices extends GenericRepository<LotUnitPrices.Row, LotUnitPrices.Key> {

  @Embeddable
  record Key(
      @MappedProperty("lot_id") UUID lotId, @MappedProperty("category_id") String categoryId) {}

  @MappedEntity("lot_unit_price")
  record Row(@EmbeddedId Key id, long unitPriceExclVatCents) {
    static Row of(UUID lotId, String categoryId, long cents) {
      return new Row(new Key(lotId, categoryId), cents);
    }
  }

  @Query("SELECT * FROM lot_unit_price WHERE lot_id IN (:lotIds) ORDER BY lot_id, category_id")
  List<Row> ofLots(Collection<UUID> lotIds);

  List<Row> saveAll(Iterable<Row> rows);
}
