package fr.boucle.shared.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.List;

/**
 * Where the Elasticsearch cluster is, how to authenticate to it, and how many connections to keep
 * open to each node (default 50).
 */
@ConfigurationProperties("boucle.elasticsearch")
public record ElasticsearchSettings(
    List<URI> urls,
    @Nullable String username,
    @Nullable String password,
    String catalogAlias,
    @Nullable Integer maxConnections) {

  public ElasticsearchSettings {
    if (urls == null || urls.isEmpty()) {
      throw new IllegalArgumentException("boucle.elasticsearch.urls must name at least one node");
    }
    urls = List.copyOf(urls);
    if (catalogAlias == null || catalogAlias.isBlank()) {
      catalogAlias = "catalog";
    }
    if (maxConnections == null || maxConnections < 1) {
      maxConnections = 50;
    }
  }

  boolean hasCredentials() {
    return username != null && !username.isBlank();
  }
}
