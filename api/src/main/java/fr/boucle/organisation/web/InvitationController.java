package fr.boucle.organisation.web;

import fr.boucle.organisation.Commands;
import fr.boucle.organisation.Views;
import fr.boucle.organisation.internal.AcceptInvitation;
import fr.boucle.organisation.internal.PersonLanguages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

@Controller("/api/invitations/{token}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Access")
class InvitationController {

  private final AcceptInvitation invitations;

  InvitationController(AcceptInvitation invitations) {
    this.invitations = invitations;
  }

  @Get
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary = "What an invitation link offers",
      description = "Public (the token is the secret). 410 once expired or used.")
  Views.InvitationPreview preview(String token) {
    return invitations.preview(token);
  }

  @Post("/accept")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary = "Accept an invitation and create one's account",
      description = "Public (the token is the secret).")
  HttpResponse<Map<String, UUID>> accept(
      String token,
      @Body @Valid Commands.AcceptInvitation command,
      @Header("Accept-Language") @Nullable String acceptLanguage) {
    UUID personId =
        invitations.accept(
            token,
            command.fullName(),
            command.password(),
            PersonLanguages.fromHeader(acceptLanguage));
    return HttpResponse.created(Map.of("personId", personId), URI.create("/api/auth/me"));
  }
}
