package fr.boucle.search.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** French search through the catalog mapping and the boucle-analysis plugin. */
class CatalogAnalysisIT {

  private static ElasticsearchClient client;
  private static CatalogIndex catalog;

  @BeforeAll
  static void indexListings() {
    client = ElasticsearchSupport.connect();
    catalog = new CatalogIndex(client, ElasticsearchSupport.randomAlias());
    catalog.ensureAlias();
    catalog
        .bulkIndex(
            List.of(
                TestDocuments.fridge("fridge").build(),
                TestDocuments.item("laptop", "Ordinateur portable Dell Latitude")
                    .brand("Dell")
                    .model("Latitude 5420")
                    .categoryLabels(List.of("Informatique", "Ordinateurs portables"))
                    .build(),
                TestDocuments.item("freezer", "Congélateur coffre Whirlpool").build(),
                TestDocuments.item("chair", "Chaise de bureau ergonomique").build(),
                TestDocuments.item("washer", "Lave-linge hublot Bosch").build(),
                TestDocuments.item("phone", "Téléphone portable reconditionné").build()))
        .orThrow();
    catalog.refresh();
  }

  @AfterAll
  static void cleanUp() throws Exception {
    ElasticsearchSupport.deleteAll(client, catalog);
    client.close();
  }

  private static List<String> search(String field, String text) throws Exception {
    return client
        .search(
            s ->
                s.index(catalog.alias())
                    .query(q -> q.match(m -> m.field(field).query(text).operator(Operator.And))),
            CatalogDocument.class)
        .hits()
        .hits()
        .stream()
        .map(Hit::id)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"refrigerateurs", "frigo", "réfrigérateur", "Réfrigérateurs", "frigos"})
  void findsTheFridgeByStemsAccentsAndSynonyms(String query) throws Exception {
    assertEquals(List.of("fridge"), search(CatalogFields.TITLE, query));
  }

  @Test
  void findsTheLaptopByTheMultiWordSynonym() throws Exception {
    assertEquals(List.of("laptop"), search(CatalogFields.TITLE, "PC portable"));
    assertEquals(List.of("laptop"), search(CatalogFields.TITLE, "laptop"));
    assertEquals(List.of("laptop"), search(CatalogFields.TITLE, "ordinateurs portables"));
  }

  @Test
  void synonymsDoNotLeakToOtherObjects() throws Exception {
    assertEquals(List.of(), search(CatalogFields.TITLE, "PC fixe"));
    assertEquals(List.of("washer"), search(CatalogFields.TITLE, "machine à laver"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"refri", "Réfri", "réfrigé"})
  void typeAheadMatchesAPrefixOfTheTitle(String prefix) throws Exception {
    assertEquals(List.of("fridge"), search(CatalogFields.TITLE_SUGGEST, prefix));
  }

  @Test
  void typeAheadOverAllSuggestFieldsCoversBrandsAndCategories() throws Exception {
    assertEquals(List.of("fridge"), search(CatalogFields.SUGGEST, "liebh"));
    assertEquals(List.of("laptop"), search(CatalogFields.SUGGEST, "ordinateur lati"));
    assertTrue(search(CatalogFields.SUGGEST, "électrom").contains("fridge"));
  }

  @Test
  void facetFieldsHoldExactValues() throws Exception {
    var response =
        client.search(
            s ->
                s.index(catalog.alias())
                    .size(0)
                    .aggregations("path", a -> a.terms(t -> t.field(CatalogFields.CATEGORY_PATH)))
                    .aggregations(
                        "family", a -> a.terms(t -> t.field(CatalogFields.INSERTION_FAMILY))),
            Void.class);
    List<String> path =
        response.aggregations().get("path").sterms().buckets().array().stream()
            .map(b -> b.key().stringValue())
            .toList();
    assertTrue(
        path.containsAll(List.of("cat-electromenager", "cat-froid", "cat-divers")),
        path.toString());
    assertEquals(
        "SIAE",
        response
            .aggregations()
            .get("family")
            .sterms()
            .buckets()
            .array()
            .get(0)
            .key()
            .stringValue());
  }
}
