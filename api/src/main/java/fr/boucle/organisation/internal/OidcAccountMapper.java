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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Signs in with a public-sector identity provider (ProConnect or any OpenID Connect provider): the
 * provider vouches for the e-mail, Boucle decides the organisation and roles. Only people who
 * already have a Boucle account (by sign-up or invitation) get in. At first sign-in the account is
 * found by an e-mail the provider says it verified (a missing {@code email_verified} claim counts
 * as not verified) and the provider's subject is bound to it; from then on the subject alone
 * identifies the person, and an account bound to another subject is refused. Refusals go back to
 * the sign-in page (micronaut.security.redirect.login-failure), which explains them in French.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
public class OidcAccountMapper implements OpenIdAuthenticationMapper {

  private static final Logger LOG = LoggerFactory.getLogger(OidcAccountMapper.class);

  /** Why an identity does not get in. */
  enum Refusal {
    NO_EMAIL("Le fournisseur d'identité n'a pas transmis d'adresse e-mail."),
    EMAIL_NOT_VERIFIED("Le fournisseur d'identité n'a pas vérifié cette adresse e-mail."),
    NO_ACCOUNT(
        "Aucun compte Boucle pour cette identité : demandez une invitation à l'administrateur de"
            + " votre organisation."),
    BOUND_TO_ANOTHER_IDENTITY(
        "Ce compte Boucle est déjà lié à une autre identité de ce fournisseur."),
    DISABLED("Ce compte est désactivé.");

    final String message;

    Refusal(String message) {
      this.message = message;
    }
  }

  /** What the claims and the accounts found lead to. */
  sealed interface Decision {
    /** Signs in; {@code bindSubject} at the first sign-in through the provider. */
    record SignIn(Accounts.Account account, boolean bindSubject) implements Decision {}

    record Refused(Refusal refusal) implements Decision {}
  }

  private final Accounts accounts;
  private final Sql sql;
  private final PersonalRecords records;
  private final java.time.Clock clock;

  OidcAccountMapper(Accounts accounts, Sql sql, PersonalRecords records, java.time.Clock clock) {
    this.accounts = accounts;
    this.sql = sql;
    this.records = records;
    this.clock = clock;
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
    String email =
        claims.getEmail() == null ? null : claims.getEmail().trim().toLowerCase(Locale.ROOT);
    Optional<Accounts.Account> bySubject = accounts.byOidcSubject(subject);
    Optional<Accounts.Account> byEmail =
        bySubject.isEmpty() && email != null && !email.isEmpty()
            ? accounts.byEmail(email)
            : Optional.empty();
    Decision decision = decide(subject, email, claims.isEmailVerified(), bySubject, byEmail);
    if (decision instanceof Decision.SignIn signIn && signIn.bindSubject()) {
      // Another first sign-in may have bound a different subject since the read.
      int bound =
          sql.update(
              "UPDATE person SET oidc_subject = ? WHERE id = ?"
                  + " AND (oidc_subject IS NULL OR oidc_subject = ?)",
              subject,
              signIn.account().personId(),
              subject);
      if (bound == 0) {
        decision = new Decision.Refused(Refusal.BOUND_TO_ANOTHER_IDENTITY);
      }
    }
    return switch (decision) {
      case Decision.Refused refused -> {
        LOG.info("OpenID Connect sign-in refused for {}: {}", subject, refused.refusal());
        yield AuthenticationResponse.failure(refused.refusal().message);
      }
      case Decision.SignIn signIn -> {
        records.signedIn(signIn.account().personId(), clock.instant());
        var authentication = Sessions.authenticationOf(signIn.account());
        yield AuthenticationResponse.success(
            authentication.getName(), authentication.getRoles(), authentication.getAttributes());
      }
    };
  }

  /**
   * The rules, without the database: the subject already bound wins; otherwise a verified e-mail
   * finds an account that no other subject holds.
   */
  static Decision decide(
      String subject,
      @Nullable String email,
      @Nullable Boolean emailVerified,
      Optional<Accounts.Account> bySubject,
      Optional<Accounts.Account> byEmail) {
    Accounts.Account account;
    boolean bind = false;
    if (bySubject.isPresent()) {
      account = bySubject.get();
    } else {
      if (email == null || email.isBlank()) {
        return new Decision.Refused(Refusal.NO_EMAIL);
      }
      if (!Boolean.TRUE.equals(emailVerified)) {
        return new Decision.Refused(Refusal.EMAIL_NOT_VERIFIED);
      }
      if (byEmail.isEmpty()) {
        return new Decision.Refused(Refusal.NO_ACCOUNT);
      }
      account = byEmail.get();
      if (account.oidcSubject() != null && !account.oidcSubject().equals(subject)) {
        return new Decision.Refused(Refusal.BOUND_TO_ANOTHER_IDENTITY);
      }
      bind = account.oidcSubject() == null;
    }
    if (!account.active() || account.organisationStatus() == OrganisationStatus.SUSPENDED) {
      return new Decision.Refused(Refusal.DISABLED);
    }
    return new Decision.SignIn(account, bind);
  }
}
