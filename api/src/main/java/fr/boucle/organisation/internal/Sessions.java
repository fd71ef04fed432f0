package fr.boucle.organisation.internal;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.SecurityCookies;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Opens browser sessions: a signed JWT in an HttpOnly cookie (any instance can verify it, none
 * keeps session state) plus the double-submit CSRF cookie.
 */
@Singleton
public class Sessions {

  private final TokenGenerator tokens;
  private final SecurityCookies cookies;
  private final int lifetimeSeconds;
  private final Clock clock;

  Sessions(
      TokenGenerator tokens,
      SecurityCookies cookies,
      @Value("${micronaut.security.token.generator.access-token.expiration:28800}")
          int lifetimeSeconds,
      Clock clock) {
    this.tokens = tokens;
    this.cookies = cookies;
    this.lifetimeSeconds = lifetimeSeconds;
    this.clock = clock;
  }

  /** The authentication a session carries for this account. */
  public static Authentication authenticationOf(Accounts.Account account) {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(CurrentUser.ORGANISATION, account.organisationId().toString());
    attributes.put(CurrentUser.KIND, account.kind().name());
    attributes.put(
        CurrentUser.SERVICES, account.serviceIds().stream().map(Object::toString).toList());
    attributes.put(CurrentUser.LABEL, account.email());
    attributes.put(CurrentUser.STAMP, account.securityStamp());
    List<String> roles = account.roles().stream().map(Enum::name).sorted().toList();
    return Authentication.build(account.personId().toString(), roles, attributes);
  }

  /**
   * Opens a session for the account (session cookie and a new CSRF cookie); the answer's body is
   * made from when the session ends.
   */
  public <T> MutableHttpResponse<T> open(Accounts.Account account, Function<Instant, T> body) {
    Instant until = endOfNewSession();
    MutableHttpResponse<T> response = io.micronaut.http.HttpResponse.ok(body.apply(until));
    cookies.openSession(response, sign(account), lifetimeSeconds);
    return response;
  }

  /**
   * Re-issues the session cookie of a session still under way, for a full lifetime from now; the
   * CSRF cookie stays the same, so requests other tabs have under way are not refused.
   */
  public <T> MutableHttpResponse<T> renew(Accounts.Account account, Function<Instant, T> body) {
    Instant until = endOfNewSession();
    MutableHttpResponse<T> response = io.micronaut.http.HttpResponse.ok(body.apply(until));
    cookies.renewSession(response, sign(account), lifetimeSeconds);
    return response;
  }

  /** When a session signed now ends (the token's exp is the same second or a later one). */
  private Instant endOfNewSession() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(lifetimeSeconds);
  }

  private String sign(Accounts.Account account) {
    return tokens
        .generateToken(authenticationOf(account), lifetimeSeconds)
        .orElseThrow(() -> new IllegalStateException("could not sign the session token"));
  }

  /** When the session behind this authentication ends: its token's exp claim. */
  public static Optional<Instant> endOf(Authentication authentication) {
    Object exp = authentication.getAttributes().get("exp");
    if (exp instanceof Date date) {
      return Optional.of(date.toInstant());
    }
    if (exp instanceof Instant instant) {
      return Optional.of(instant);
    }
    if (exp instanceof Number seconds) {
      return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
    }
    return Optional.empty();
  }
}
