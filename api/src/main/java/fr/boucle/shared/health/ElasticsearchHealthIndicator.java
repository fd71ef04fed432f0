package fr.boucle.shared.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reports the Elasticsearch cluster in /health. Uses cluster health rather than the root endpoint,
 * which some distributions answer with 405. With Elasticsearch down an instance still serves
 * orders, stock and sign-in (the catalogue answers 503), so it reports DEGRADED, not DOWN: an
 * orchestrator keeps routing to it.
 */
@Singleton
class ElasticsearchHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  /**
   * Elasticsearch unreachable or red: Boucle still works without its catalogue, so the instance
   * stays operational (HTTP 200, still ready) while saying what is missing.
   */
  static final io.micronaut.health.HealthStatus DEGRADED =
      new io.micronaut.health.HealthStatus(
          "DEGRADED", "catalogue search unavailable: Elasticsearch does not answer", true, 500);

  private final ElasticsearchClient client;

  ElasticsearchHealthIndicator(ElasticsearchClient client) {
    this.client = client;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    HealthResponse health;
    try {
      health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
    } catch (Exception e) {
      this.healthStatus = DEGRADED;
      return Map.of("error", String.valueOf(e.getMessage()));
    }
    this.healthStatus =
        health.status() == HealthStatus.Red ? DEGRADED : io.micronaut.health.HealthStatus.UP;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("cluster", health.clusterName());
    details.put("status", health.status().jsonValue());
    details.put("nodes", health.numberOfNodes());
    details.put("activeShards", health.activeShards());
    return details;
  }

  @Override
  protected String getName() {
    return "elasticsearch";
  }
}
