package fr.boucle.organisation.internal;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.SecurityCookies;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens browser sessions: a signed JWT in an HttpOnly cookie (any instance can verify it, none
 * keeps session state) plus the double-submit CSRF cookie.
 */
@Singleton
public class Sessions {

  private final TokenGenerator tokens;
  private final SecurityCookies cookies;
  private final int lifetimeSeconds;

  Sessions(
      TokenGenerator tokens,
      SecurityCookies cookies,
      @Value("${micronaut.security.token.generator.access-token.expiration:28800}")
          int lifetimeSeconds) {
    this.tokens = tokens;
    this.cookies = cookies;
    this.lifetimeSeconds = lifetimeSeconds;
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

  public <T> MutableHttpResponse<T> open(
      MutableHttpResponse<T> response, Accounts.Account account) {
    String jwt =
        tokens
            .generateToken(authenticationOf(account), lifetimeSeconds)
            .orElseThrow(() -> new IllegalStateException("could not sign the session token"));
    cookies.openSession(response, jwt, lifetimeSeconds);
    return response;
  }
}
