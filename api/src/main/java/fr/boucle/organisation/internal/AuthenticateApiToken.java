package fr.boucle.organisation.internal;

import fr.boucle.organisation.OrganisationStatus;
import fr.boucle.organisation.SecretToken;
import fr.boucle.shared.security.CurrentUser;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/** Resolves a presented API token to its organisation, when the token and organisation are live. */
@Singleton
class AuthenticateApiToken {

  private final ApiTokens tokens;
  private final Organisations organisations;

  AuthenticateApiToken(ApiTokens tokens, Organisations organisations) {
    this.tokens = tokens;
    this.organisations = organisations;
  }

  @Transactional
  Optional<CurrentUser> authenticate(String secret) {
    Optional<ApiTokens.Row> token =
        tokens.findByTokenHashAndRevokedAtIsNull(SecretToken.hashOf(secret));
    if (token.isEmpty()) {
      return Optional.empty();
    }
    Optional<Organisations.Row> organisation =
        organisations
            .findById(token.get().organisationId())
            .filter(o -> o.status() == OrganisationStatus.ACTIVE);
    if (organisation.isEmpty()) {
      return Optional.empty();
    }
    ApiTokens.Row t = token.get();
    tokens.touch(t.id());
    return Optional.of(
        new CurrentUser(
            null,
            t.organisationId(),
            organisation.get().kind(),
            Set.of("API_TOKEN"),
            Set.of(),
            "API token " + t.name(),
            t.id(),
            Set.of(t.scopes()),
            0));
  }
}
