package fr.boucle.stockimport.internal;

import fr.boucle.stockimport.LineError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stock_import_error table: the rejected lines of a job's last dry run or run, in order, each
 * with its reason's code and values (and the reason in English, for rows older than codes).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StockImportErrors extends GenericRepository<StockImportErrors.Row, Long> {

  /** How many rejected lines a job keeps for its error report; the rest are only counted. */
  int MAX_STORED = 100_000;

  <S extends Row> List<S> saveAll(Iterable<S> rows);

  void deleteByImportId(UUID importId);

  long countByImportId(UUID importId);

  @Query(
      "SELECT * FROM stock_import_error WHERE import_id = :importId"
          + " ORDER BY id LIMIT :limit OFFSET :offset")
  List<Row> pageOf(UUID importId, int limit, long offset);

  /** The next rows after the one with id {@code after}, to stream a long report. */
  @Query(
      "SELECT * FROM stock_import_error WHERE import_id = :importId AND id > :after"
          + " ORDER BY id LIMIT :limit")
  List<Row> after(UUID importId, long after, int limit);

  /** A row of stock_import_error. */
  @MappedEntity("stock_import_error")
  record Row(
      @Id @GeneratedValue @Nullable Long id,
      UUID importId,
      int line,
      String columnName,
      String field,
      String value,
      String reason,
      @Nullable String code,
      @TypeDef(type = DataType.JSON) @Nullable Map<String, String> params) {

    static Row of(UUID importId, LineError e) {
      return new Row(
          null,
          importId,
          e.line(),
          e.column(),
          e.field(),
          e.value(),
          e.reason(),
          e.code(),
          e.params());
    }

    /** The rejected line; one kept before codes were (V30) has its English reason only. */
    LineError lineError() {
      return new LineError(line, columnName, field, value, code, params, reason);
    }
  }
}
