package fr.boucle.organisation.web;

import fr.boucle.organisation.OrganisationStatus;
import fr.boucle.organisation.Views;
import fr.boucle.organisation.internal.ManageProfile;
import fr.boucle.organisation.internal.ReviewOrganisations;
import fr.boucle.organisation.internal.SetOrganisationStatus;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.NotFound;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

@Controller("/api/operator/organisations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Operator")
class OperatorController {

  private final ReviewOrganisations reviews;
  private final ManageProfile profiles;
  private final SetOrganisationStatus statuses;

  OperatorController(
      ReviewOrganisations reviews, ManageProfile profiles, SetOrganisationStatus statuses) {
    this.reviews = reviews;
    this.profiles = profiles;
    this.statuses = statuses;
  }

  @Get
  @Operation(
      summary = "Organisations by status (the validation queue by default)",
      description = "Authenticated; operator only (404 for others).")
  List<Views.OrganisationView> list(
      Authentication auth, @QueryValue @Nullable OrganisationStatus status) {
    operator(auth);
    return reviews.byStatus(status == null ? OrganisationStatus.PENDING : status);
  }

  @Get("/insertion-reviews")
  @Operation(
      summary = "Suppliers whose insertion proof changed since it was checked",
      description =
          "Authenticated; operator only. Until reviewed, reserved lots do not admit the supplier.")
  List<Views.OrganisationView> proofsToReview(Authentication auth) {
    return reviews.proofsToReview(operator(auth));
  }

  @Post("/{id}/insertion-review")
  @Operation(
      summary = "Mark a supplier's changed insertion proof as checked",
      description = "Authenticated; operator only. Audited with the proof reviewed.")
  Views.OrganisationView approveProof(Authentication auth, UUID id) {
    return reviews.approveProof(operator(auth), id);
  }

  @Get("/{id}")
  @Operation(summary = "One organisation", description = "Authenticated; operator only.")
  Views.OrganisationView one(Authentication auth, UUID id) {
    operator(auth);
    return profiles.profile(id);
  }

  @Post("/{id}/validate")
  @Operation(
      summary = "Validate an organisation so it can trade",
      description = "Authenticated; operator only. E-mails the organisation.")
  Views.OrganisationView validate(Authentication auth, UUID id) {
    return statuses.set(operator(auth), id, OrganisationStatus.ACTIVE);
  }

  @Post("/{id}/suspend")
  @Operation(
      summary = "Suspend an organisation",
      description = "Authenticated; operator only. Ends its sessions and API tokens.")
  Views.OrganisationView suspend(Authentication auth, UUID id) {
    return statuses.set(operator(auth), id, OrganisationStatus.SUSPENDED);
  }

  private static CurrentUser operator(Authentication auth) {
    CurrentUser user = CurrentUser.from(auth);
    if (!user.hasRole(Role.OPERATOR)) {
      throw new NotFound("Resource");
    }
    return user;
  }
}
