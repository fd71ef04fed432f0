package fr.boucle.search.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parts of {@link CatalogIndex} that need no Elasticsearch (the client is never called). */
class CatalogIndexTest {

  private static ElasticsearchClient client;

  @BeforeAll
  static void client() {
    client = CatalogClients.create("http://127.0.0.1:1");
  }

  @AfterAll
  static void close() throws Exception {
    client.close();
  }

  @Test
  void namesVersionedIndicesAfterTheAlias() {
    CatalogIndex catalog = new CatalogIndex(client);
    assertEquals("catalog", catalog.alias());
    assertEquals("catalog-v1", catalog.indexName(1));
    assertEquals("catalog-v12", catalog.indexName(12));
    assertThrows(IllegalArgumentException.class, () -> catalog.indexName(0));

    assertEquals(OptionalInt.of(12), catalog.versionOf("catalog-v12"));
    assertEquals(OptionalInt.empty(), catalog.versionOf("catalog-v"));
    assertEquals(OptionalInt.empty(), catalog.versionOf("catalog-v01"));
    assertEquals(OptionalInt.empty(), catalog.versionOf("catalog-v2-old"));
    assertEquals(OptionalInt.empty(), catalog.versionOf("other-catalog-v2"));
    assertEquals(OptionalInt.empty(), catalog.versionOf("catalogxv2"));

    CatalogIndex test = new CatalogIndex(client, "it-catalog-3f2a");
    assertEquals("it-catalog-3f2a-v3", test.indexName(3));
    assertEquals(OptionalInt.of(3), test.versionOf("it-catalog-3f2a-v3"));
    assertEquals(OptionalInt.empty(), test.versionOf("catalog-v3"));
  }

  @Test
  void rejectsInvalidAliasNames() {
    for (String alias : new String[] {"", "Catalog", "_catalog", "-c", "cat alog", "c*", "a/b"}) {
      assertThrows(IllegalArgumentException.class, () -> new CatalogIndex(client, alias), alias);
    }
  }

  private static BulkResponseItem item(String id, int status, ErrorCause error) {
    return BulkResponseItem.of(b ->
        b.operationType(OperationType.Index)
            .id(id)
            .index("catalog-v1")
            .status(status)
            .error(error));
  }

  private static ErrorCause error(String type, String reason) {
    return ErrorCause.of(e -> e.type(type).reason(reason));
  }

  @Test
  void classifiesEveryBulkItem() {
    List<CatalogDocument> batch =
        List.of(
            TestDocuments.item("a", "x").build(),
            TestDocuments.item("b", "x").build(),
            TestDocuments.item("c", "x").build(),
            TestDocuments.item("d", "x").build(),
            TestDocuments.item("e", "x").build());
    ErrorCause parse =
        ErrorCause.of(e ->
            e.type("document_parsing_exception")
                .reason("failed to parse field [depotLocation]")
                .causedBy(c -> c.type("illegal_argument_exception").reason("illegal latitude")));
    List<BulkResponseItem> items =
        List.of(
            item("a", 201, null),
            item("b", 200, null),
            item("c", 409, error("version_conflict_engine_exception", "current version [5]")),
            item("d", 400, parse));

    BulkResult result = CatalogIndex.readItems(batch, items);

    assertEquals(5, result.requested());
    assertEquals(2, result.indexed());
    assertEquals(List.of("c"), result.staleIds());
    assertEquals(List.of("d", "e"), result.failedIds(), "a missing item is a failure too");
    BulkResult.ItemFailure d = result.failures().get(0);
    assertEquals(400, d.status());
    assertEquals("document_parsing_exception", d.type());
    assertTrue(d.reason().contains("illegal latitude"), d.reason());
  }

  @Test
  void aConflictOtherThanAVersionConflictIsAFailure() {
    BulkResult result =
        CatalogIndex.readItems(
            List.of(TestDocuments.item("a", "x").build()),
            List.of(item("a", 409, error("some_other_conflict", "?"))));
    assertEquals(List.of("a"), result.failedIds());
  }
}
