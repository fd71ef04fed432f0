package fr.boucle.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.ApiSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 13: with Elasticsearch unreachable, Boucle stays in service. It stays ready (an
 * orchestrator keeps routing to it), people sign in and keep their stock, and the catalogue says
 * when to come back.
 */
@MicronautTest(transactional = false)
@Property(name = "boucle.elasticsearch.urls", value = "http://127.0.0.1:9")
@SuppressWarnings({"unchecked", "rawtypes"})
class CatalogueDownIT {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void theCatalogueAnswers503WithRetryAfterWhileTheRestWorks() {
    ApiSession anonymous = new ApiSession(client.toBlocking());
    HttpResponse<Map> search =
        anonymous.exchange(HttpRequest.GET("/api/catalogue/search?q=chaise"), Map.class);
    assertThat(search.code()).isEqualTo(503);
    assertThat(search.getHeaders().get("Retry-After")).isEqualTo("30");
    assertThat((String) ApiSession.problem(search).get("type")).endsWith("/service-unavailable");

    HttpResponse<Map> ready = anonymous.exchange(HttpRequest.GET("/health/readiness"), Map.class);
    assertThat(ready.code()).as("readiness %s", ready.body()).isEqualTo(200);

    ApiSession operator =
        new ApiSession(client.toBlocking())
            .login(AccessFixtures.OPERATOR_EMAIL, AccessFixtures.OPERATOR_PASSWORD);
    assertThat(operator.exchange(HttpRequest.GET("/api/auth/me"), Map.class).code()).isEqualTo(200);
    Map<String, Object> details =
        (Map<String, Object>) operator.get("/api/operator/health", Map.class).get("details");
    assertThat((Map<String, Object>) details.get("elasticsearch"))
        .containsEntry("status", "DEGRADED");
    assertThat((Map<String, Object>) details.get("jdbc")).containsEntry("status", "UP");
  }
}
