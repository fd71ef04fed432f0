package fr.boucle.stockimport.internal;

import fr.boucle.listing.ListingFields;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The stock_import_stage table: the checked lines of an all-or-nothing run, kept between its check
 * of the file and its one write transaction. Batch inserts of JSON and keyset reads stay plain SQL.
 */
@Singleton
class StagedLines {

  /** A staged line: its line in the file and the checked fields to write. */
  record Staged(int line, ListingFields fields) {}

  private final Sql sql;
  private final JsonMapper json;

  StagedLines(Sql sql, JsonMapper json) {
    this.sql = sql;
    this.json = json;
  }

  void add(UUID importId, List<Staged> lines) {
    List<Object[]> rows = new ArrayList<>(lines.size());
    for (Staged s : lines) {
      try {
        rows.add(
            new Object[] {
              importId, s.line(), s.fields().sku(), json.writeValueAsString(s.fields())
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    sql.batch(
        "INSERT INTO stock_import_stage (import_id, line, sku, fields) VALUES (?, ?, ?, ?::jsonb)",
        rows);
  }

  List<String> skus(UUID importId) {
    return sql.list(
        "SELECT sku FROM stock_import_stage WHERE import_id = ?", rs -> rs.getString(1), importId);
  }

  /** The next staged lines after line {@code after}, in file order. */
  List<Staged> after(UUID importId, int after, int limit) {
    return sql.list(
        "SELECT line, fields::text FROM stock_import_stage"
            + " WHERE import_id = ? AND line > ? ORDER BY line LIMIT ?",
        rs -> {
          try {
            return new Staged(rs.getInt(1), json.readValue(rs.getString(2), ListingFields.class));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        importId,
        after,
        limit);
  }

  void clear(UUID importId) {
    sql.update("DELETE FROM stock_import_stage WHERE import_id = ?", importId);
  }
}
