package fr.boucle.shared.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import fr.boucle.search.catalog.CatalogIndex;
import fr.boucle.search.catalog.CatalogJson;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Builds the Elasticsearch 9 client ourselves: the micronaut-elasticsearch module targets the 8.x
 * client, while Boucle talks to Elasticsearch 9.5.
 */
@Factory
class ElasticsearchClientFactory {

  @Singleton
  @Bean(preDestroy = "close")
  ElasticsearchClient elasticsearchClient(ElasticsearchSettings settings) {
    return ElasticsearchClient.of(builder -> {
      builder.hosts(settings.urls()).jsonMapper(CatalogJson.jsonpMapper());
      if (settings.hasCredentials()) {
        builder.usernameAndPassword(settings.username(), settings.password());
      }
      return builder;
    });
  }

  @Singleton
  CatalogIndex catalogIndex(ElasticsearchClient client, ElasticsearchSettings settings) {
    return new CatalogIndex(client, settings.catalogAlias());
  }
}
