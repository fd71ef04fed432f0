package fr.boucle.organisation.web;

import fr.boucle.organisation.Commands;
import fr.boucle.organisation.SiteKind;
import fr.boucle.organisation.Views;
import fr.boucle.organisation.internal.ManageProfile;
import fr.boucle.organisation.internal.ManageSites;
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
import java.util.UUID;

@Controller("/api/organisation")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Organisation")
class OrganisationController {

  private static final SiteKind DEPOT = SiteKind.DEPOT;
  private static final SiteKind SERVICE = SiteKind.SERVICE;
  private final ManageProfile profiles;
  private final ManageSites sites;

  OrganisationController(ManageProfile profiles, ManageSites sites) {
    this.profiles = profiles;
    this.sites = sites;
  }

  @Get
  @Operation(summary = "My organisation's profile", description = "Authenticated.")
  Views.OrganisationView profile(Authentication auth) {
    return profiles.profile(CurrentUser.from(auth).organisationId());
  }

  @Put
  @Operation(
      summary = "Update my organisation's profile",
      description = "Authenticated; administrators only.")
  Views.OrganisationView update(
      Authentication auth, @Body @Valid Commands.UpdateOrganisation command) {
    return profiles.update(CurrentUser.from(auth), command);
  }

  @Get("/depots")
  @Operation(summary = "A supplier's pickup depots", description = "Authenticated; suppliers.")
  List<Views.SiteView> depots(Authentication auth) {
    return sites.sites(CurrentUser.from(auth), DEPOT);
  }

  @Get("/depots/{id}")
  @Operation(
      summary = "One depot",
      description = "Authenticated; 404 for another organisation's depot.")
  Views.SiteView depot(Authentication auth, UUID id) {
    return sites.site(CurrentUser.from(auth), DEPOT, id);
  }

  @Post("/depots")
  @Operation(summary = "Add a depot", description = "Authenticated; supplier administrators.")
  HttpResponse<Views.SiteView> addDepot(
      Authentication auth, @Body @Valid Commands.SaveSite command) {
    Views.SiteView site = sites.create(CurrentUser.from(auth), DEPOT, command);
    return HttpResponse.created(site, URI.create("/api/organisation/depots/" + site.id()));
  }

  @Put("/depots/{id}")
  @Operation(
      summary = "Change a depot",
      description = "Authenticated; supplier administrators; 404 for another organisation's depot.")
  Views.SiteView updateDepot(Authentication auth, UUID id, @Body @Valid Commands.SaveSite command) {
    return sites.update(CurrentUser.from(auth), DEPOT, id, command);
  }

  @Delete("/depots/{id}")
  @Operation(
      summary = "Remove a depot that holds no listing",
      description = "Authenticated; supplier administrators.")
  HttpResponse<Void> deleteDepot(Authentication auth, UUID id) {
    sites.delete(CurrentUser.from(auth), DEPOT, id);
    return HttpResponse.noContent();
  }

  @Get("/services")
  @Operation(summary = "A buyer's ordering services", description = "Authenticated; buyers.")
  List<Views.SiteView> services(Authentication auth) {
    return sites.sites(CurrentUser.from(auth), SERVICE);
  }

  @Get("/services/{id}")
  @Operation(
      summary = "One service",
      description = "Authenticated; 404 for another organisation's service.")
  Views.SiteView service(Authentication auth, UUID id) {
    return sites.site(CurrentUser.from(auth), SERVICE, id);
  }

  @Post("/services")
  @Operation(
      summary = "Add a service (delivery address, Chorus Pro code, approval threshold)",
      description = "Authenticated; buyer administrators.")
  HttpResponse<Views.SiteView> addService(
      Authentication auth, @Body @Valid Commands.SaveSite command) {
    Views.SiteView site = sites.create(CurrentUser.from(auth), SERVICE, command);
    return HttpResponse.created(site, URI.create("/api/organisation/services/" + site.id()));
  }

  @Put("/services/{id}")
  @Operation(
      summary = "Change a service",
      description = "Authenticated; buyer administrators; 404 for another organisation's service.")
  Views.SiteView updateService(
      Authentication auth, UUID id, @Body @Valid Commands.SaveSite command) {
    return sites.update(CurrentUser.from(auth), SERVICE, id, command);
  }

  @Delete("/services/{id}")
  @Operation(
      summary = "Remove a service nobody belongs to",
      description = "Authenticated; buyer administrators.")
  HttpResponse<Void> deleteService(Authentication auth, UUID id) {
    sites.delete(CurrentUser.from(auth), SERVICE, id);
    return HttpResponse.noContent();
  }
}
