package fr.boucle.catalogue.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import fr.boucle.search.catalog.CatalogFields;
import fr.boucle.search.catalog.CatalogIndex;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that the index holds exactly PostgreSQL's listings at their current versions. */
@Singleton
public class CatalogueReconciliation {

  /** Differences between PostgreSQL and the index (ids listed up to 100 per kind). */
  @Serdeable
  public record Report(
      long listings,
      long documents,
      long pendingOutbox,
      long inFlight,
      List<String> missing,
      List<String> extra,
      List<String> stale,
      boolean consistent) {}

  private final ElasticsearchClient client;
  private final CatalogIndex index;
  private final Sql sql;

  CatalogueReconciliation(ElasticsearchClient client, CatalogIndex index, Sql sql) {
    this.client = client;
    this.index = index;
    this.sql = sql;
  }

  /**
   * Compares PostgreSQL with the index. A listing whose change still waits in the outbox is in
   * flight, not a difference: read in this order (listings, then the outbox, then the index), a
   * document behind its listing at the index read had its outbox row at the outbox read, because
   * the relay deletes a row only after indexing it. So the check holds under a steady flow of
   * changes, and {@code consistent} means that nothing is lost.
   */
  public Report check() {
    Map<String, Long> expected = new HashMap<>();
    sql.list(
        "SELECT id::text, search_version FROM catalogue_source",
        rs -> expected.put(rs.getString(1), rs.getLong(2)));
    Set<String> pendingIds = new HashSet<>();
    sql.list(
        "SELECT DISTINCT listing_id::text FROM catalogue_outbox",
        rs -> pendingIds.add(rs.getString(1)));
    Map<String, Long> indexed = indexedVersions();
    List<String> missing = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    int[] inFlight = {0};
    expected.forEach((id, version) -> {
      Long actual = indexed.get(id);
      if (actual != null && actual >= version) {
        return;
      }
      if (pendingIds.contains(id)) {
        inFlight[0]++;
      } else if (actual == null) {
        missing.add(id);
      } else {
        stale.add(id);
      }
    });
    List<String> extra =
        indexed.keySet().stream()
            .filter(id -> !expected.containsKey(id) && !pendingIds.contains(id))
            .toList();
    return new Report(
        expected.size(),
        indexed.size(),
        pendingIds.size(),
        inFlight[0],
        missing.stream().sorted().limit(100).toList(),
        extra.stream().sorted().limit(100).toList(),
        stale.stream().sorted().limit(100).toList(),
        missing.isEmpty() && extra.isEmpty() && stale.isEmpty());
  }

  private Map<String, Long> indexedVersions() {
    Map<String, Long> versions = new HashMap<>();
    List<FieldValue> after = null;
    try {
      while (true) {
        List<FieldValue> cursor = after;
        SearchResponse<Map> page =
            client.search(
                s -> {
                  s.index(index.alias())
                      .size(5_000)
                      .source(src -> src.filter(f -> f.includes(CatalogFields.VERSION)))
                      .sort(o -> o.field(f -> f.field(CatalogFields.ID).order(SortOrder.Asc)));
                  if (cursor != null) {
                    s.searchAfter(cursor);
                  }
                  return s;
                },
                Map.class);
        List<Hit<Map>> hits = page.hits().hits();
        for (Hit<Map> hit : hits) {
          versions.put(hit.id(), ((Number) hit.source().get(CatalogFields.VERSION)).longValue());
        }
        if (hits.size() < 5_000) {
          return versions;
        }
        after = hits.get(hits.size() - 1).sort();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
