package fr.boucle.shared.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** The session cookie (HttpOnly JWT) and the CSRF cookie the app echoes in a header. */
@Singleton
public class SecurityCookies {

  public static final String CSRF_COOKIE = "BOUCLE_CSRF";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String sessionCookie;
  private final boolean secure;

  SecurityCookies(
      @Value("${micronaut.security.token.cookie.cookie-name:BOUCLE_SESSION}") String sessionCookie,
      @Value("${micronaut.security.token.cookie.cookie-secure:false}") boolean secure) {
    this.sessionCookie = sessionCookie;
    this.secure = secure;
  }

  public String sessionCookieName() {
    return sessionCookie;
  }

  public void openSession(MutableHttpResponse<?> response, String jwt, int lifetimeSeconds) {
    renewSession(response, jwt, lifetimeSeconds);
    issueCsrf(response);
  }

  /** A new session cookie, keeping the CSRF cookie the browser has. */
  public void renewSession(MutableHttpResponse<?> response, String jwt, int lifetimeSeconds) {
    response.cookie(
        Cookie.of(sessionCookie, jwt)
            .httpOnly(true)
            .secure(secure)
            .sameSite(SameSite.Lax)
            .path("/")
            .maxAge(Duration.ofSeconds(lifetimeSeconds)));
  }

  public void issueCsrf(MutableHttpResponse<?> response) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    response.cookie(
        Cookie.of(CSRF_COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
            .httpOnly(false)
            .secure(secure)
            .sameSite(SameSite.Strict)
            .path("/"));
  }

  public void close(MutableHttpResponse<?> response) {
    response.cookie(Cookie.of(sessionCookie, "").path("/").maxAge(0).httpOnly(true).secure(secure));
    response.cookie(Cookie.of(CSRF_COOKIE, "").path("/").maxAge(0).secure(secure));
  }

  public Optional<String> csrfCookie(HttpRequest<?> request) {
    return request.getCookies().findCookie(CSRF_COOKIE).map(Cookie::getValue);
  }

  public boolean hasSessionCookie(HttpRequest<?> request) {
    return request.getCookies().findCookie(sessionCookie).isPresent();
  }
}
