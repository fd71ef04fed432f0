package fr.boucle.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The same catalogue searches at a fixed arrival rate (open model), sent either to Boucle's search
 * API or, as the equivalent raw Elasticsearch request (obtained from /api/catalogue/explain), to
 * Elasticsearch itself, after `warmup` seconds at the same rate left out of the statistics.
 * System properties: target (api|es), rate (requests/s), seconds, warmup, api, es,
 * alias, operatorEmail, operatorPassword.
 */
public class CatalogueSearchSimulation extends Simulation {

  private final String target = System.getProperty("target", "api");
  private final int rate = Integer.getInteger("rate", 50);
  private final int seconds = Integer.getInteger("seconds", 30);
  private final int warmup = Integer.getInteger("warmup", 10);
  private final String api = System.getProperty("api", "http://127.0.0.1:8080");
  private final String es = System.getProperty("es", "http://127.0.0.1:9200");
  private final String alias = System.getProperty("alias", "catalog");

  public CatalogueSearchSimulation() throws Exception {
    List<Map<String, Object>> records = new ArrayList<>();
    String cookie = target.equals("es") ? signIn() : null;
    for (String params : queries()) {
      String body = target.equals("es") ? explain(params, cookie) : "";
      records.add(Map.of("params", params, "body", body));
    }
    // The first seconds of a new Gatling JVM and its connections are slow on the client side: the
    // same rate runs `warmup` seconds first, its requests left out of the statistics (silent).
    ScenarioBuilder warm =
        scenario("warm-up").feed(listFeeder(records).circular()).exec(request(true));
    ScenarioBuilder scenario =
        scenario(target.equals("es") ? "raw Elasticsearch" : "search API")
            .feed(listFeeder(records).circular())
            .exec(request(false));
    setUp(
            warm.injectOpen(constantUsersPerSec(rate).during(warmup))
                .andThen(scenario.injectOpen(constantUsersPerSec(rate).during(seconds))))
        .protocols(http.shareConnections().acceptHeader("application/json"))
        .assertions(global().failedRequests().count().is(0L));
  }

  private HttpRequestActionBuilder request(boolean silent) {
    HttpRequestActionBuilder request =
        target.equals("es")
            ? http("raw Elasticsearch")
                .post(es + "/" + alias + "/_search")
                .body(StringBody("#{body}"))
                .asJson()
                .check(status().is(200))
            : http("search API")
                .get(api + "/api/catalogue/search?#{params}")
                .check(status().is(200));
    return silent ? request.silent() : request;
  }

  private static List<String> queries() throws Exception {
    List<String> queries = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                CatalogueSearchSimulation.class.getResourceAsStream("/search-queries.txt"),
                StandardCharsets.UTF_8))) {
      in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(queries::add);
    }
    return queries;
  }

  private String signIn() throws Exception {
    String body =
        "{\"email\":\""
            + System.getProperty("operatorEmail", "operateur@boucle.demo")
            + "\",\"password\":\""
            + System.getProperty("operatorPassword", "boucle-demo-2026")
            + "\"}";
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api + "/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("operator sign-in failed: " + response.body());
    }
    return response.headers().allValues("Set-Cookie").stream()
        .map(c -> c.split(";", 2)[0])
        .reduce((a, b) -> a + "; " + b)
        .orElseThrow();
  }

  private String explain(String params, String cookie) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api + "/api/catalogue/explain?" + params))
                    .header("Cookie", cookie)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("explain failed for " + params + ": " + response.body());
    }
    return response.body();
  }
}
