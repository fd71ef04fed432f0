package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.Commands;
import fr.boucle.organisation.SecretToken;
import fr.boucle.organisation.TokenScopes;
import fr.boucle.organisation.Views;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An administrator creates scoped API tokens for the organisation's systems (the secret shown once,
 * its hash kept), lists and revokes them.
 */
@Singleton
public class IssueApiToken {

  private final ApiTokens tokens;
  private final AuditLog audit;

  IssueApiToken(ApiTokens tokens, AuditLog audit) {
    this.tokens = tokens;
    this.audit = audit;
  }

  public List<Views.ApiTokenView> tokens(CurrentUser admin) {
    Admins.require(admin);
    return tokens.findByOrganisationIdOrderByCreatedAtDesc(admin.organisationId()).stream()
        .map(ApiTokens.Row::view)
        .toList();
  }

  @Transactional
  public Views.NewApiToken create(CurrentUser admin, Commands.CreateApiToken c) {
    Admins.require(admin);
    if (admin.isApiToken()) {
      throw new Forbidden(ProblemCode.API_TOKENS_NO_TOKENS);
    }
    FieldProblems.throwIfAny(TokenScopes.problems(admin.organisationKind(), c.scopes()));
    SecretToken secret = SecretToken.generate("bcl_");
    List<String> scopes = c.scopes().stream().sorted().toList();
    ApiTokens.Row saved =
        tokens.save(
            new ApiTokens.Row(
                UUID.randomUUID(),
                admin.organisationId(),
                c.name().trim(),
                scopes.toArray(String[]::new),
                secret.value().substring(0, 12),
                secret.hash(),
                admin.personId(),
                null,
                null,
                null));
    audit.record(
        admin,
        admin.organisationId(),
        "api-token.created",
        "api_token",
        saved.id(),
        Map.of("name", c.name(), "scopes", scopes));
    return new Views.NewApiToken(saved.view(), secret.value());
  }

  @Transactional
  public void revoke(CurrentUser admin, UUID id) {
    if (tokens.findByIdAndOrganisationId(id, admin.organisationId()).isEmpty()) {
      throw new NotFound("API token");
    }
    Admins.require(admin);
    tokens.revoke(id);
    audit.record(admin, admin.organisationId(), "api-token.revoked", "api_token", id, Map.of());
  }
}
