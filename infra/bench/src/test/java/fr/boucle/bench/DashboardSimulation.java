package fr.boucle.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Dashboard reads at a fixed arrival rate (open model): each new virtual user sends the next
 * request of the feed (CSV name,path,cookie: the dashboard's endpoints in turn, each with the
 * session cookies of the account that reads it), after `warmup` seconds at the same rate left out
 * of the statistics. Each request is named in the statistics by its feed name, so Gatling reports
 * every endpoint apart and all of them together. System properties: rate (requests/s), seconds,
 * warmup, api, feed.
 */
public class DashboardSimulation extends Simulation {

  private final double rate = Double.parseDouble(System.getProperty("rate", "20"));
  private final int seconds = Integer.getInteger("seconds", 60);
  private final int warmup = Integer.getInteger("warmup", 20);
  private final String api = System.getProperty("api", "http://127.0.0.1:8080");
  private final String feed = System.getProperty("feed", "dashboard-feed.csv");

  public DashboardSimulation() {
    ScenarioBuilder warm = scenario("warm-up").feed(csv(feed).circular()).exec(read(true));
    ScenarioBuilder measured = scenario("dashboard").feed(csv(feed).circular()).exec(read(false));
    setUp(
            warm.injectOpen(constantUsersPerSec(rate).during(warmup))
                .andThen(measured.injectOpen(constantUsersPerSec(rate).during(seconds))))
        .protocols(http.shareConnections().disableCaching().acceptHeader("application/json"));
  }

  private HttpRequestActionBuilder read(boolean silent) {
    HttpRequestActionBuilder request =
        http("#{name}")
            .get(api + "#{path}")
            .header("Cookie", "#{cookie}")
            .header("Accept-Language", "fr")
            .check(status().is(200));
    return silent ? request.silent() : request;
  }
}
