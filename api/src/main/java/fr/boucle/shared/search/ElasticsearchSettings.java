package fr.boucle.shared.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.List;

/** Where the Elasticsearch cluster is, and how to authenticate to it. */
@ConfigurationProperties("boucle.elasticsearch")
public record ElasticsearchSettings(
    List<URI> urls, @Nullable String username, @Nullable String password, String catalogAlias) {

  public ElasticsearchSettings {
    if (urls == null || urls.isEmpty()) {
      throw new IllegalArgumentException("boucle.elasticsearch.urls must name at least one node");
    }
    urls = List.copyOf(urls);
    if (catalogAlias == null || catalogAlias.isBlank()) {
      catalogAlias = "catalog";
    }
  }

  boolean hasCredentials() {
    return username != null && !username.isBlank();
  }
}
