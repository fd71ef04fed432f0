package fr.boucle.organisation.web;

import fr.boucle.organisation.Commands;
import fr.boucle.organisation.Views;
import fr.boucle.organisation.internal.IssueInvitation;
import fr.boucle.organisation.internal.ManageMembers;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@Controller("/api/organisation")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Organisation")
class MemberController {

  private final ManageMembers members;
  private final IssueInvitation invitations;

  MemberController(ManageMembers members, IssueInvitation invitations) {
    this.members = members;
    this.invitations = invitations;
  }

  @Get("/members")
  @Operation(summary = "My organisation's members", description = "Authenticated.")
  List<Views.MemberView> members(Authentication auth) {
    return members.members(CurrentUser.from(auth));
  }

  @Get("/members/{id}")
  @Operation(
      summary = "One member",
      description = "Authenticated; 404 for another organisation's member.")
  Views.MemberView member(Authentication auth, UUID id) {
    return members.member(CurrentUser.from(auth), id);
  }

  @Put("/members/{id}/roles")
  @Operation(
      summary = "Change a member's roles and services",
      description = "Authenticated; administrators. Ends the member's sessions.")
  Views.MemberView changeRoles(
      Authentication auth, UUID id, @Body @Valid Commands.ChangeRoles command) {
    return members.changeRoles(CurrentUser.from(auth), id, command);
  }

  @Post("/members/{id}/deactivate")
  @Operation(
      summary = "Deactivate a member",
      description = "Authenticated; administrators. Ends the member's sessions.")
  Views.MemberView deactivate(Authentication auth, UUID id) {
    return members.setActive(CurrentUser.from(auth), id, false);
  }

  @Post("/members/{id}/reactivate")
  @Operation(summary = "Reactivate a member", description = "Authenticated; administrators.")
  Views.MemberView reactivate(Authentication auth, UUID id) {
    return members.setActive(CurrentUser.from(auth), id, true);
  }

  @Get("/invitations")
  @Operation(
      summary = "Invitations sent by my organisation",
      description = "Authenticated; administrators.")
  List<Views.InvitationView> invitations(Authentication auth) {
    return invitations.invitations(CurrentUser.from(auth));
  }

  @Post("/invitations")
  @Operation(
      summary = "Invite a colleague by e-mail",
      description = "Authenticated; administrators. The link is valid 7 days.")
  HttpResponse<Map<String, UUID>> invite(
      Authentication auth, @Body @Valid Commands.Invite command) {
    CurrentUser admin = CurrentUser.from(auth);
    UUID id =
        invitations.invite(
            admin,
            command.email(),
            command.roles(),
            command.serviceIds() == null ? Set.of() : command.serviceIds());
    return HttpResponse.created(
        Map.of("invitationId", id), URI.create("/api/organisation/invitations"));
  }

  @Delete("/invitations/{id}")
  @Operation(
      summary = "Revoke an invitation",
      description = "Authenticated; administrators; 404 for another organisation's invitation.")
  HttpResponse<Void> revoke(Authentication auth, UUID id) {
    invitations.revoke(CurrentUser.from(auth), id);
    return HttpResponse.noContent();
  }
}
