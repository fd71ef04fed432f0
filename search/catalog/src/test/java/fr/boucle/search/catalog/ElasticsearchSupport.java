package fr.boucle.search.catalog;

import static org.junit.jupiter.api.Assertions.fail;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * The real Elasticsearch of the integration tests, at {@code $BOUCLE_ES_URL} (default
 * http://127.0.0.1:9200), with the boucle-analysis plugin: start it with infra/stack.sh or es_up.
 */
final class ElasticsearchSupport {

  private ElasticsearchSupport() {}

  /** A client to the test Elasticsearch; fails the test with a hint when it is not there. */
  static ElasticsearchClient connect() {
    ElasticsearchClient client = CatalogClients.fromEnvironment();
    String url = CatalogClients.url();
    try {
      HealthStatus status = client.cluster().health(h -> h.timeout(t -> t.time("5s"))).status();
      if (status == HealthStatus.Red) {
        fail("Elasticsearch at " + url + " is red");
      }
      List<String> plugins =
          client.cat().plugins().plugins().stream().map(p -> p.component()).toList();
      if (!plugins.contains("boucle-analysis")) {
        fail("Elasticsearch at " + url + " lacks the boucle-analysis plugin (has " + plugins + ")");
      }
    } catch (IOException e) {
      fail(
          "No Elasticsearch at "
              + url
              + " ("
              + e
              + "). Start it (source infra/lib/jdk.sh; source infra/stack/elasticsearch.sh; es_up)"
              + " or set BOUCLE_ES_URL.");
    }
    return client;
  }

  /** A fresh alias of the tests' own, e.g. {@code it-catalog-3f2a9c01}. */
  static String randomAlias() {
    return "it-catalog-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Deletes every index of the test catalog (which removes its alias too). */
  static void deleteAll(ElasticsearchClient client, CatalogIndex catalog) throws IOException {
    List<String> indices = catalog.indices();
    if (!indices.isEmpty()) {
      client.indices().delete(d -> d.index(indices).ignoreUnavailable(true));
    }
  }
}
