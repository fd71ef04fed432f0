package fr.boucle.search.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link CatalogIndex} against a real Elasticsearch, each test under an alias of its own. */
class CatalogIndexIT {

  private static ElasticsearchClient client;
  private CatalogIndex catalog;

  @BeforeAll
  static void connect() {
    client = ElasticsearchSupport.connect();
  }

  @AfterAll
  static void close() throws Exception {
    client.close();
  }

  @BeforeEach
  void catalog() {
    catalog = new CatalogIndex(client, ElasticsearchSupport.randomAlias());
  }

  @AfterEach
  void cleanUp() throws Exception {
    ElasticsearchSupport.deleteAll(client, catalog);
    assertEquals(List.of(), catalog.indices());
  }

  private static List<CatalogDocument> items(int count, long version) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            i -> TestDocuments.item("l-" + i, "Chaise de bureau " + i).version(version).build())
        .toList();
  }

  @Test
  void ensureAliasCreatesTheFirstVersionOnceFromTheResources() throws Exception {
    assertEquals(Optional.empty(), catalog.currentIndex());
    assertEquals(1, catalog.nextVersion());

    String index = catalog.ensureAlias();

    assertEquals(catalog.alias() + "-v1", index);
    assertEquals(Optional.of(index), catalog.currentIndex());
    assertEquals(index, catalog.ensureAlias(), "idempotent");
    assertEquals(List.of(index), catalog.indices());
    assertEquals(2, catalog.nextVersion());
    assertEquals(0, catalog.count());

    TypeMapping mapping = client.indices().getMapping(m -> m.index(index)).get(index).mappings();
    assertEquals(DynamicMapping.Strict, mapping.dynamic());
    assertEquals("boucle_french", mapping.properties().get("title").text().analyzer());
    assertEquals(
        "boucle_autocomplete_search",
        mapping.properties().get("title").text().fields().get("suggest").text().searchAnalyzer());
    var settings = client.indices().getSettings(s -> s.index(index)).get(index).settings().index();
    assertEquals("1", settings.numberOfShards());
    assertEquals("0", settings.numberOfReplicas());
  }

  @Test
  void createIndexRefusesAnExistingVersion() {
    catalog.createIndex(1);
    ElasticsearchException e =
        assertThrows(ElasticsearchException.class, () -> catalog.createIndex(1));
    assertEquals("resource_already_exists_exception", e.error().type());
    assertEquals(Optional.empty(), catalog.currentIndex(), "createIndex does not touch the alias");
  }

  @Test
  void indexesDocumentsAndReadsThemBackUnchanged() throws Exception {
    catalog.ensureAlias();
    CatalogDocument fridge =
        TestDocuments.fridge("l-fridge").updatedAt(Instant.now()).version(7).build();

    BulkResult result =
        catalog.bulkIndex(List.of(fridge, TestDocuments.item("l-x", "Table").build()));
    catalog.refresh();

    assertEquals(2, result.indexed());
    assertFalse(result.hasFailures());
    assertEquals(2, catalog.count());
    CatalogDocument read =
        client.get(g -> g.index(catalog.alias()).id("l-fridge"), CatalogDocument.class).source();
    assertEquals(fridge, read);
    assertEquals(
        7L, client.get(g -> g.index(catalog.alias()).id("l-fridge"), Void.class).version());
  }

  @Test
  void fullReindexSwapsTheAliasWhileSearchesKeepAnswering() throws Exception {
    String v1 = catalog.ensureAlias();
    catalog.bulkIndex(v1, items(40, 1)).orThrow();
    catalog.refresh(v1);
    assertEquals(40, catalog.count());

    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger searches = new AtomicInteger();
    AtomicLong minimumHits = new AtomicLong(Long.MAX_VALUE);
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    Thread searcher =
        new Thread(
            () -> {
              long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
              while (!stop.get() && System.nanoTime() < deadline) {
                try {
                  SearchResponse<CatalogDocument> response =
                      client.search(
                          s ->
                              s.index(catalog.alias())
                                  .query(q -> q.match(m -> m.field("title").query("chaise")))
                                  .trackTotalHits(t -> t.enabled(true)),
                          CatalogDocument.class);
                  minimumHits.accumulateAndGet(response.hits().total().value(), Math::min);
                  searches.incrementAndGet();
                } catch (Throwable e) {
                  errors.add(e);
                }
              }
            },
            "catalog-searcher");
    searcher.start();
    try {
      waitForSearches(searches, 5);
      RebuildResult rebuild = catalog.rebuild(items(55, 2));
      waitForSearches(searches, searches.get() + 5);

      assertEquals(catalog.alias() + "-v2", rebuild.newIndex());
      assertEquals(List.of(v1), rebuild.previousIndices());
      assertEquals(55, rebuild.bulk().indexed());
    } finally {
      stop.set(true);
      searcher.join(TimeUnit.SECONDS.toMillis(30));
    }

    assertEquals(List.of(), List.copyOf(errors), "searches failed during the swap");
    assertTrue(searches.get() >= 10, searches.get() + " searches");
    assertTrue(minimumHits.get() > 0, "a search saw an empty catalog");
    assertEquals(List.of(catalog.alias() + "-v2"), catalog.aliasTargets());
    assertEquals(55, catalog.count());
    assertEquals(List.of(v1, catalog.alias() + "-v2"), catalog.indices(), "old index kept");

    assertThrows(IllegalStateException.class, () -> catalog.deleteIndex(catalog.alias() + "-v2"));
    assertEquals(List.of(v1), catalog.deleteOldIndices(0));
    assertEquals(List.of(catalog.alias() + "-v2"), catalog.indices());
  }

  /** Waits until the searcher has answered {@code atLeast} searches in all. */
  private static void waitForSearches(AtomicInteger searches, int atLeast) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (searches.get() < atLeast) {
      assertTrue(System.nanoTime() < deadline, "the searcher is stuck at " + searches.get());
      Thread.sleep(10);
    }
  }

  @Test
  void swapAliasIsAtomicAndRepairsAnAliasOnSeveralIndices() throws Exception {
    String v1 = catalog.ensureAlias();
    String v2 = catalog.createIndex(catalog.nextVersion());
    String v3 = catalog.createIndex(catalog.nextVersion());
    assertEquals(List.of(v1), catalog.swapAlias(v2));
    assertEquals(Optional.of(v2), catalog.currentIndex());
    assertEquals(List.of(), catalog.swapAlias(v2), "no-op when already there");

    // Someone added the alias to a second index by hand: a swap leaves exactly one.
    client.indices().putAlias(a -> a.index(v3).name(catalog.alias()));
    assertThrows(IllegalStateException.class, catalog::currentIndex);
    assertEquals(List.of(v2), catalog.swapAlias(v3));
    assertEquals(List.of(v3), catalog.aliasTargets());

    ElasticsearchException missing =
        assertThrows(ElasticsearchException.class, () -> catalog.swapAlias(catalog.indexName(99)));
    assertEquals(404, missing.status());
    assertEquals(List.of(v3), catalog.aliasTargets(), "a failed swap changes nothing");
  }

  @Test
  void deleteOldIndicesKeepsTheRecentOnesAndNeverTheLiveOrNewer() {
    List<String> names = new ArrayList<>();
    for (int v = 1; v <= 5; v++) {
      names.add(catalog.createIndex(v));
    }
    assertEquals(List.of(), catalog.deleteOldIndices(0), "no alias: nothing is old");
    catalog.swapAlias(names.get(3)); // v4 live, v5 a rebuild in progress

    assertEquals(List.of(names.get(1), names.get(0)), catalog.deleteOldIndices(1));
    assertEquals(List.of(names.get(2), names.get(3), names.get(4)), catalog.indices());
    assertEquals(List.of(), catalog.deleteOldIndices(1));
    assertEquals(6, catalog.nextVersion());
    assertFalse(catalog.deleteIndex(catalog.indexName(42)));
  }

  @Test
  void bulkReportsEveryItemErrorWithItsId() {
    String index = catalog.ensureAlias();
    List<CatalogDocument> docs = new ArrayList<>(items(3, 1));
    docs.add(
        TestDocuments.item("l-bad-geo", "Armoire")
            .depotLocation(new GeoLocation(999.0, 4.83))
            .build());
    docs.add(TestDocuments.item("l-ok", "Bureau").build());

    BulkResult result = catalog.bulkIndex(index, docs);

    assertEquals(5, result.requested());
    assertEquals(4, result.indexed());
    assertEquals(List.of("l-bad-geo"), result.failedIds());
    BulkResult.ItemFailure failure = result.failures().get(0);
    assertEquals(400, failure.status());
    assertTrue(failure.reason().contains("depotLocation"), failure.reason());
    CatalogBulkException e = assertThrows(CatalogBulkException.class, result::orThrow);
    assertTrue(e.getMessage().contains("l-bad-geo"), e.getMessage());

    catalog.refresh();
    assertEquals(4, catalog.count());
  }

  @Test
  void bulkAcrossSeveralRequestsChecksEveryBatch() {
    String index = catalog.ensureAlias();
    List<CatalogDocument> docs = new ArrayList<>(items(CatalogIndex.BATCH_SIZE + 20, 1));
    docs.add(
        TestDocuments.item("l-bad-last", "Lampe").depotLocation(new GeoLocation(0, 500)).build());

    BulkResult result = catalog.bulkIndex(index, docs);

    assertEquals(CatalogIndex.BATCH_SIZE + 21, result.requested());
    assertEquals(CatalogIndex.BATCH_SIZE + 20, result.indexed());
    assertEquals(List.of("l-bad-last"), result.failedIds());
  }

  @Test
  void externalVersioningNeverRegressesADocument() throws Exception {
    catalog.ensureAlias();
    CatalogDocument v5 = TestDocuments.item("l-1", "Vélo électrique").version(5).build();
    CatalogDocument v3 = v5.toBuilder().title("Vélo (ancienne version)").version(3).build();
    CatalogDocument v6 = v5.toBuilder().title("Vélo électrique révisé").version(6).build();

    assertEquals(1, catalog.bulkIndex(List.of(v5)).indexed());
    BulkResult older = catalog.bulkIndex(List.of(v3));
    assertEquals(List.of("l-1"), older.staleIds());
    assertFalse(older.hasFailures());
    assertEquals(List.of("l-1"), catalog.bulkIndex(List.of(v5)).staleIds(), "same version again");
    assertEquals(title("l-1"), "Vélo électrique");

    assertEquals(1, catalog.bulkIndex(List.of(v6)).indexed());
    assertEquals("Vélo électrique révisé", title("l-1"));
  }

  private String title(String id) throws Exception {
    return client.get(g -> g.index(catalog.alias()).id(id), CatalogDocument.class).source().title();
  }

  @Test
  void bulkNeverCreatesAnIndexByAccident() throws Exception {
    assertThrows(
        IllegalStateException.class, () -> catalog.bulkIndex(catalog.indexName(1), items(1, 1)));

    BulkResult viaMissingAlias = catalog.bulkIndex(items(2, 1));
    assertEquals(List.of("l-1", "l-2"), viaMissingAlias.failedIds());
    assertEquals(List.of(), catalog.indices());
    assertEquals(Optional.empty(), catalog.currentIndex());
    assertFalse(client.indices().exists(e -> e.index(catalog.alias())).value());
  }
}
