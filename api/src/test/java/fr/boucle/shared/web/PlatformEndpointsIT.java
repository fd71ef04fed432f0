package fr.boucle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.ApiSession;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform's own endpoints, against the real PostgreSQL and Elasticsearch. */
@MicronautTest(transactional = false)
class PlatformEndpointsIT {

  @org.junit.jupiter.api.extension.RegisterExtension
  static com.icegreen.greenmail.junit5.GreenMailExtension mail =
      fr.boucle.organisation.TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  @SuppressWarnings("unchecked")
  void thePublicLearnsTheStatusAndTheOperatorTheDetails() {
    Map<String, Object> health = client.toBlocking().retrieve("/health", Map.class);
    assertThat(health.get("status")).isEqualTo("UP");
    assertThat(health).doesNotContainKey("details");

    ApiSession operator = new AccessFixtures(client.toBlocking()).operator();
    Map<String, Object> detailed = operator.get("/api/operator/health", Map.class);
    assertThat(detailed.get("status")).isEqualTo("UP");
    Map<String, Object> details = (Map<String, Object>) detailed.get("details");
    assertThat(details).containsKeys("jdbc", "elasticsearch");
    assertThat(((Map<String, Object>) details.get("jdbc")).get("status")).isEqualTo("UP");
    Map<String, Object> es = (Map<String, Object>) details.get("elasticsearch");
    assertThat(es.get("status")).isEqualTo("UP");
    assertThat(((Map<String, Object>) es.get("details")).get("cluster")).isNotNull();

    assertThat(
            new ApiSession(client.toBlocking())
                .exchange(HttpRequest.GET("/api/operator/health"), Map.class)
                .code())
        .isEqualTo(401);
  }

  @Test
  void metricsAreForTheOperatorOnly() {
    HttpResponse<String> anonymous =
        new ApiSession(client.toBlocking()).exchange(HttpRequest.GET("/prometheus"), String.class);
    assertThat(anonymous.code()).isEqualTo(401);
    ApiSession supplier =
        new AccessFixtures(client.toBlocking()).supplier("Métriques " + System.nanoTime()).admin();
    assertThat(supplier.exchange(HttpRequest.GET("/prometheus"), String.class).code())
        .isEqualTo(403);
    HttpResponse<String> operator =
        new AccessFixtures(client.toBlocking())
            .operator()
            .exchange(HttpRequest.GET("/prometheus"), String.class);
    assertThat(operator.code()).isEqualTo(200);
    assertThat(operator.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
  }

  @Test
  void everyAnswerCarriesTheBrowserProtections() {
    for (String path : new String[] {"/", "/catalogue", "/api/categories", "/health"}) {
      HttpResponse<String> page =
          client
              .toBlocking()
              .exchange(
                  HttpRequest.GET(path)
                      .accept(
                          path.startsWith("/api") || path.startsWith("/health")
                              ? MediaType.APPLICATION_JSON_TYPE
                              : MediaType.TEXT_HTML_TYPE),
                  String.class);
      assertThat(page.getHeaders().get("Content-Security-Policy"))
          .as(path)
          .contains("script-src 'self';")
          .contains("frame-ancestors 'none'")
          .contains("object-src 'none'");
      assertThat(page.getHeaders().get("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(page.getHeaders().get("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(page.getHeaders().get("Referrer-Policy"))
          .as(path)
          .isEqualTo("strict-origin-when-cross-origin");
      assertThat(page.getHeaders().get("Permissions-Policy")).as(path).contains("camera=()");
      assertThat(page.getHeaders().get("Strict-Transport-Security")).as(path).isNull();
    }
    HttpResponse<String> behindTls =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/")
                    .accept(MediaType.TEXT_HTML_TYPE)
                    .header("X-Forwarded-Proto", "https"),
                String.class);
    assertThat(behindTls.getHeaders().get("Strict-Transport-Security"))
        .startsWith("max-age=31536000");
  }

  @Test
  void deepLinkLoadsTheSinglePageApp() {
    HttpResponse<String> page =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/catalogue?q=frigo").accept(MediaType.TEXT_HTML_TYPE),
                String.class);
    assertThat(page.code()).isEqualTo(200);
    assertThat(page.body()).contains("<div id=\"root\"");
    assertThat(page.getHeaders().get("Cache-Control")).isEqualTo("no-cache");
  }

  @Test
  void unknownApiPathIsProblemJson404() {
    HttpClientResponseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.GET("/api/nothing-here").accept(MediaType.TEXT_HTML_TYPE)));
    assertThat(e.getStatus().getCode()).isEqualTo(404);
    assertThat(e.getResponse().getContentType())
        .hasValueSatisfying(t -> assertThat(t.toString()).startsWith("application/problem+json"));
  }

  @Test
  void missingStaticFileIsNotAnswersWithTheApp() {
    HttpClientResponseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.GET("/assets/missing.js").accept(MediaType.TEXT_HTML_TYPE)));
    assertThat(e.getStatus().getCode()).isEqualTo(404);
  }

  @Test
  void servesTheOpenApiDocumentAndItsBrowsableUi() {
    String spec = client.toBlocking().retrieve("/api/openapi.yml");
    assertThat(spec).contains("openapi: 3").contains("title: Boucle API");
    HttpResponse<?> docs = client.toBlocking().exchange(HttpRequest.GET("/api/docs"));
    assertThat(docs.code()).isEqualTo(200); // the client follows the redirect
    String ui = client.toBlocking().retrieve("/api/swagger/views/swagger-ui/index.html");
    assertThat(ui).containsIgnoringCase("swagger");
  }
}
