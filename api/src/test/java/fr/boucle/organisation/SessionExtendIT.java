package fr.boucle.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.internal.Sessions;
import fr.boucle.organisation.internal.SignIn;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * RGAA 13.1: a person extends their session before it ends. A session that ends in a minute (a
 * token signed here with a one-minute lifetime) is extended to a full one.
 */
@MicronautTest(transactional = false)
class SessionExtendIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  private static final String CSRF = "csrf-of-this-test";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject TokenGenerator tokens;
  @Inject SignIn accounts;
  @Inject Sql sql;

  UUID personId;
  String endingSoon;

  @BeforeEach
  void aSessionEndingInOneMinute() {
    AccessFixtures.Org org =
        new AccessFixtures(client.toBlocking()).supplier("Prolonge " + UUID.randomUUID());
    personId = org.admin().get("/api/auth/me", Views.Me.class).personId();
    endingSoon =
        tokens
            .generateToken(Sessions.authenticationOf(accounts.account(personId).orElseThrow()), 60)
            .orElseThrow();
  }

  @Test
  void extendsASessionStillUnderWayToAFullOneKeepingItsCsrfCookie() {
    HttpResponse<Views.Me> before = call(HttpRequest.GET("/api/auth/me"), endingSoon, false);
    assertThat(before.code()).isEqualTo(200);
    Instant oldEnd = before.body().sessionExpiresAt();
    assertThat(oldEnd).isBetween(Instant.now().plusSeconds(50), Instant.now().plusSeconds(61));
    assertThat(before.body().sessionSecondsLeft()).isBetween(50L, 60L);

    HttpResponse<Views.Me> extended =
        call(HttpRequest.POST("/api/auth/session/extend", Map.of()), endingSoon, true);
    assertThat(extended.code()).isEqualTo(200);
    Instant newEnd = extended.body().sessionExpiresAt();
    assertThat(newEnd).isAfter(oldEnd.plus(Duration.ofHours(7)));
    assertThat(extended.body().sessionSecondsLeft()).isBetween(28_790L, 28_800L);
    assertThat(extended.body().personId()).isEqualTo(personId);
    Cookie renewed = extended.getCookie("BOUCLE_SESSION").orElseThrow();
    assertThat(renewed.getValue()).isNotEqualTo(endingSoon);
    assertThat(renewed.getMaxAge()).isEqualTo(28_800L);
    assertThat(renewed.isHttpOnly()).isTrue();
    assertThat(extended.getCookie("BOUCLE_CSRF")).as("the CSRF cookie is kept").isEmpty();

    // The new cookie's token ends when the answer said.
    HttpResponse<Views.Me> after = call(HttpRequest.GET("/api/auth/me"), renewed.getValue(), false);
    assertThat(after.body().sessionExpiresAt()).isBetween(newEnd, newEnd.plusSeconds(1));
  }

  @Test
  void refusesToExtendWithoutTheCsrfHeader() {
    HttpResponse<Map> refused =
        call(HttpRequest.POST("/api/auth/session/extend", Map.of()), endingSoon, false, Map.class);
    assertThat(refused.code()).isEqualTo(403);
    assertThat((String) ApiSession.problem(refused).get("code")).isEqualTo("csrf-token-missing");
    assertThat(refused.getCookie("BOUCLE_SESSION")).isEmpty();
  }

  @Test
  void refusesToExtendTheSessionOfAPersonDeactivatedSinceAndClosesIt() {
    sql.update("UPDATE person SET active = false WHERE id = ?", personId);
    HttpResponse<Map> refused =
        call(HttpRequest.POST("/api/auth/session/extend", Map.of()), endingSoon, true, Map.class);
    assertThat(refused.code()).isEqualTo(401);
    assertThat((String) ApiSession.problem(refused).get("code")).isEqualTo("session-ended");
    assertThat(refused.getCookie("BOUCLE_SESSION").map(Cookie::getValue)).hasValue("");
  }

  @Test
  void anApiTokenHasNoSessionToExtend() {
    // A bearer token is no session: refused (its scopes reach no person endpoint), no cookie set.
    String token =
        (String)
            new AccessFixtures(client.toBlocking())
                .supplier("Jeton " + UUID.randomUUID())
                .admin()
                .exchange(
                    HttpRequest.POST(
                        "/api/organisation/api-tokens",
                        Map.of("name", "robot", "scopes", List.of("stock:read"))),
                    Map.class)
                .body()
                .get("secret");
    HttpResponse<Map> r =
        ApiSession.bearer(client.toBlocking(), token)
            .exchange(HttpRequest.POST("/api/auth/session/extend", Map.of()), Map.class);
    assertThat(r.code()).isEqualTo(403);
    assertThat(r.getCookie("BOUCLE_SESSION")).isEmpty();
  }

  private HttpResponse<Views.Me> call(MutableHttpRequest<?> request, String jwt, boolean csrf) {
    return call(request, jwt, csrf, Views.Me.class);
  }

  private <T> HttpResponse<T> call(
      MutableHttpRequest<?> request, String jwt, boolean csrf, Class<T> type) {
    request.cookie(Cookie.of("BOUCLE_SESSION", jwt));
    request.cookie(Cookie.of("BOUCLE_CSRF", CSRF));
    if (csrf) {
      request.header("X-CSRF-Token", CSRF);
    }
    try {
      return client.toBlocking().exchange(request, Argument.of(type), Argument.of(Map.class));
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<T> failed = (HttpResponse<T>) e.getResponse();
      return failed;
    }
  }
}
