package fr.boucle.organisation.web;

import fr.boucle.organisation.Commands;
import fr.boucle.organisation.Views;
import fr.boucle.organisation.internal.IssueApiToken;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/organisation/api-tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Organisation")
class ApiTokenController {

  private final IssueApiToken tokens;

  ApiTokenController(IssueApiToken tokens) {
    this.tokens = tokens;
  }

  @Get
  @Operation(
      summary = "My organisation's API tokens (never their secrets)",
      description = "Authenticated; administrators.")
  List<Views.ApiTokenView> list(Authentication auth) {
    return tokens.tokens(CurrentUser.from(auth));
  }

  @Post
  @Operation(
      summary = "Create a scoped API token",
      description =
          "Authenticated (session); administrators. The secret is in this answer only; Boucle keeps its hash.")
  HttpResponse<Views.NewApiToken> create(
      Authentication auth, @Body @Valid Commands.CreateApiToken command) {
    Views.NewApiToken created = tokens.create(CurrentUser.from(auth), command);
    return HttpResponse.created(
        created, URI.create("/api/organisation/api-tokens/" + created.token().id()));
  }

  @Delete("/{id}")
  @Operation(
      summary = "Revoke an API token",
      description = "Authenticated; administrators; 404 for another organisation's token.")
  HttpResponse<Void> revoke(Authentication auth, UUID id) {
    tokens.revoke(CurrentUser.from(auth), id);
    return HttpResponse.noContent();
  }
}
