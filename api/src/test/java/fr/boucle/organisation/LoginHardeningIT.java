package fr.boucle.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 13, point 12: sign-in under abuse. */
@MicronautTest(transactional = false)
@SuppressWarnings({"unchecked", "rawtypes"})
class LoginHardeningIT {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Sql sql;

  /** These tests fail sign-ins on purpose: the loopback address must not stay throttled. */
  @AfterEach
  void forgetTheFailures() {
    sql.update("DELETE FROM login_failure");
  }

  private HttpResponse<Map> login(String email, String password, String forwardedFor) {
    var request = HttpRequest.POST("/api/auth/login", Map.of("email", email, "password", password));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return new ApiSession(client.toBlocking()).exchange(request, Map.class);
  }

  @Test
  void oversizedFieldsAreRefusedBeforeAnyHashing() {
    HttpResponse<Map> r = login("a".repeat(300) + "@boucle.test", "p".repeat(129), null);
    assertThat(r.code()).isEqualTo(400);
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) ApiSession.problem(r).get("errors");
    assertThat(errors).extracting(e -> e.get("field")).contains("email", "password");
    assertThat(sql.count("SELECT count(*) FROM login_failure")).isZero();
  }

  @Test
  void aForgedForwardedForDoesNotEscapeTheThrottleOfTheRealAddress() {
    List<Integer> codes = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      codes.add(
          login("inconnu-" + i + "@boucle.test", "mauvais-mot-de-passe", "203.0.113." + i).code());
    }
    // 30 failures from the socket's address (max-failures-per-address), whatever the header says.
    assertThat(codes.subList(0, 30)).containsOnly(401);
    assertThat(codes.subList(30, 32)).containsOnly(429);
    assertThat(
            sql.count(
                "SELECT count(DISTINCT client_ip) FROM login_failure WHERE email LIKE"
                    + " 'inconnu-%'"))
        .isEqualTo(1);
  }

  @Test
  void aBurstOf200ParallelWrongSignInsGetsNoServerError() throws Exception {
    Callable<Integer> attempt =
        () ->
            login("rafale-" + System.nanoTime() + "@boucle.test", "mauvais-mot-de-passe", null)
                .code();
    List<Callable<Integer>> burst = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      burst.add(attempt);
    }
    List<Integer> codes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(200)) {
      for (Future<Integer> f : pool.invokeAll(burst)) {
        codes.add(f.get());
      }
    }
    assertThat(codes).hasSize(200).allMatch(c -> c == 401 || c == 429);
  }
}
