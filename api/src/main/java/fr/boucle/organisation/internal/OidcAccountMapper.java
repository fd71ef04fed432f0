package fr.boucle.organisation.internal;

import fr.boucle.organisation.OrganisationStatus;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Signs in with a public-sector identity provider (ProConnect or any OpenID Connect provider): the
 * provider vouches for the e-mail, Boucle decides the organisation and roles. Only people who
 * already have a Boucle account (by sign-up or invitation) get in; their provider subject is linked
 * at first sign-in.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
public class OidcAccountMapper implements OpenIdAuthenticationMapper {

  private final Accounts accounts;
  private final Sql sql;

  OidcAccountMapper(Accounts accounts, Sql sql) {
    this.accounts = accounts;
    this.sql = sql;
  }

  @Override
  public Publisher<AuthenticationResponse> createAuthenticationResponse(
      String providerName,
      OpenIdTokenResponse tokenResponse,
      OpenIdClaims claims,
      @Nullable State state) {
    return Mono.fromCallable(() -> map(providerName, claims))
        .subscribeOn(Schedulers.boundedElastic());
  }

  @Transactional
  AuthenticationResponse map(String providerName, OpenIdClaims claims) {
    String subject = providerName + ":" + claims.getSubject();
    Optional<Accounts.Account> account = accounts.byOidcSubject(subject);
    if (account.isEmpty()
        && claims.getEmail() != null
        && !Boolean.FALSE.equals(claims.isEmailVerified())) {
      account = accounts.byEmail(claims.getEmail().trim().toLowerCase(Locale.ROOT));
      account.ifPresent(a ->
          sql.update(
              "UPDATE person SET oidc_subject = ? WHERE id = ? AND oidc_subject IS NULL",
              subject,
              a.personId()));
    }
    if (account.isEmpty()) {
      return AuthenticationResponse.failure(
          "No Boucle account for this identity: ask your organisation's administrator for an invitation.");
    }
    Accounts.Account a = account.get();
    if (!a.active() || a.organisationStatus() == OrganisationStatus.SUSPENDED) {
      return AuthenticationResponse.failure("This account is disabled.");
    }
    var authentication = Sessions.authenticationOf(a);
    return AuthenticationResponse.success(
        authentication.getName(), authentication.getRoles(), authentication.getAttributes());
  }
}
