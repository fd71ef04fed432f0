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

/** The lot_category table: a lot's scope, as categories of the taxonomy. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LotCategories extends GenericRepository<LotCategories.Row, LotCategories.Key> {

  @Embeddable
  record Key(
      @MappedProperty("lot_id") UUID lotId, @MappedProperty("category_id") String categoryId) {}

  @MappedEntity("lot_category")
  record Row(@EmbeddedId Key id) {
    static Row of(UUID lotId, String categoryId) {
      return new Row(new Key(lotId, categoryId));
    }
  }

  @Query("SELECT * FROM lot_category WHERE lot_id IN (:lotIds) ORDER BY lot_id, category_id")
  List<Row> ofLots(Collection<UUID> lotIds);

  List<Row> saveAll(Iterable<Row> rows);
}
