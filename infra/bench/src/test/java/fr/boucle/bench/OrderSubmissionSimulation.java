package fr.boucle.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

/**
 * Order submissions (POST /api/orders, a new Idempotency-Key each) by signed-in requesters of the
 * demo data set, one line each from a feeder of in-stock listings. Two models: closed (mode=closed,
 * `users` concurrent clients back to back: the sustained rate) or open (mode=open, `rate`
 * submissions per second after `warmup` seconds at that rate left out of the statistics: the
 * latency at that rate). System properties: mode, users, rate, seconds, warmup,
 * api, feed (CSV: listingId,quantity,serviceId,email), password.
 */
public class OrderSubmissionSimulation extends Simulation {

  private final String mode = System.getProperty("mode", "closed");
  private final int users = Integer.getInteger("users", 32);
  private final double rate = Double.parseDouble(System.getProperty("rate", "50"));
  private final int seconds = Integer.getInteger("seconds", 30);
  private final int warmup = Integer.getInteger("warmup", 10);
  private final String api = System.getProperty("api", "http://127.0.0.1:8080");
  private final String feed = System.getProperty("feed", "orders-feed.csv");
  private final String email = System.getProperty("email", "demandeur@boucle.demo");
  private final String password = System.getProperty("password", "boucle-demo-2026");

  public OrderSubmissionSimulation() throws Exception {
    String[] cookies = signIn();
    String delivery = LocalDate.now().plusDays(14).toString();
    ScenarioBuilder scenario =
        scenario("submit order").feed(csv(feed).circular()).exec(submit(cookies, delivery, false));
    if (mode.equals("open")) {
      // The first seconds of a new Gatling JVM and its connections are slow on the client side:
      // the same rate runs `warmup` seconds first with its requests left out of the statistics.
      ScenarioBuilder warm =
          scenario("warm-up").feed(csv(feed).circular()).exec(submit(cookies, delivery, true));
      setUp(
              warm.injectOpen(constantUsersPerSec(rate).during(warmup))
                  .andThen(scenario.injectOpen(constantUsersPerSec(rate).during(seconds))))
          .protocols(http.shareConnections().disableCaching().acceptHeader("application/json"));
    } else {
      setUp(scenario.injectClosed(constantConcurrentUsers(users).during(seconds)))
          .protocols(http.shareConnections().disableCaching().acceptHeader("application/json"));
    }
  }

  private HttpRequestActionBuilder submit(String[] cookies, String delivery, boolean silent) {
    HttpRequestActionBuilder request =
        http("submit order")
            .post(api + "/api/orders")
            .header("Cookie", "BOUCLE_SESSION=" + cookies[0] + "; BOUCLE_CSRF=" + cookies[1])
            .header("X-CSRF-Token", cookies[1])
            .header("Idempotency-Key", "#{randomUuid()}")
            .body(
                StringBody(
                    "{\"serviceId\":\"#{serviceId}\",\"deliveryDate\":\""
                        + delivery
                        + "\",\"lines\":[{\"listingId\":\"#{listingId}\",\"quantity\":#{quantity}}]}"))
            .asJson()
            .check(status().is(201));
    return silent ? request.silent() : request;
  }

  private String[] signIn() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api + "/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    String session = null;
    String csrf = null;
    List<String> setCookies = r.headers().allValues("set-cookie");
    for (String c : setCookies) {
      String pair = c.split(";", 2)[0];
      if (pair.startsWith("BOUCLE_SESSION=")) {
        session = pair.substring("BOUCLE_SESSION=".length());
      } else if (pair.startsWith("BOUCLE_CSRF=")) {
        csrf = pair.substring("BOUCLE_CSRF=".length());
      }
    }
    if (session == null || csrf == null) {
      throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
    }
    return new String[] {session, csrf};
  }
}
