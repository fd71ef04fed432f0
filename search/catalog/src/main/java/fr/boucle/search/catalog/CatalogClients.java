package fr.boucle.search.catalog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.net.URI;

/** Builds the Elasticsearch client that Boucle uses for the catalog. */
public final class CatalogClients {

  /** Environment variable naming the Elasticsearch URL (tests, scripts). */
  public static final String URL_ENV = "BOUCLE_ES_URL";

  /** Where a local development Elasticsearch listens. */
  public static final String DEFAULT_URL = "http://127.0.0.1:9200";

  private CatalogClients() {}

  /**
   * A client for the Elasticsearch at {@code url} (e.g. {@code http://127.0.0.1:9200}), over the
   * 9.x Rest5Client transport (Apache HttpClient 5) and mapping documents with {@link
   * CatalogJson#jsonpMapper()}. Closing the client closes its HTTP connections.
   *
   * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL
   */
  public static ElasticsearchClient create(String url) {
    URI uri = URI.create(url.strip());
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException("Not an http(s) Elasticsearch URL: " + url);
    }
    Rest5Client restClient = Rest5Client.builder(uri).build();
    return new ElasticsearchClient(new Rest5ClientTransport(restClient, CatalogJson.jsonpMapper()));
  }

  /** A client for {@code $BOUCLE_ES_URL}, or {@value #DEFAULT_URL} when it is unset or blank. */
  public static ElasticsearchClient fromEnvironment() {
    return create(url());
  }

  /** The value of {@code $BOUCLE_ES_URL}, or {@value #DEFAULT_URL} when it is unset or blank. */
  public static String url() {
    String url = System.getenv(URL_ENV);
    return url == null || url.isBlank() ? DEFAULT_URL : url.strip();
  }
}
