package fr.boucle.shared.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import fr.boucle.search.catalog.CatalogIndex;
import fr.boucle.search.catalog.CatalogJson;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * Builds the Elasticsearch 9 client ourselves: the micronaut-elasticsearch module targets the 8.x
 * client, while Boucle talks to Elasticsearch 9.5.
 */
@Factory
class ElasticsearchClientFactory {

  @Singleton
  @Bean(preDestroy = "close")
  ElasticsearchClient elasticsearchClient(ElasticsearchSettings settings) {
    Rest5ClientBuilder rest =
        Rest5Client.builder(settings.urls())
            // The low-level client allows 10 connections per node by default: under bursts of
            // searches the rest waited for a connection, which showed as the API's latency tail.
            .setConnectionManagerCallback(pool ->
                pool.setMaxConnPerRoute(settings.maxConnections())
                    .setMaxConnTotal(settings.maxConnections() * settings.urls().size()));
    if (settings.hasCredentials()) {
      String basic =
          Base64.getEncoder()
              .encodeToString(
                  (settings.username() + ":" + settings.password())
                      .getBytes(StandardCharsets.UTF_8));
      rest.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "Basic " + basic)});
    }
    return new ElasticsearchClient(
        new Rest5ClientTransport(rest.build(), CatalogJson.jsonpMapper()));
  }

  @Singleton
  CatalogIndex catalogIndex(ElasticsearchClient client, ElasticsearchSettings settings) {
    return new CatalogIndex(client, settings.catalogAlias());
  }
}
