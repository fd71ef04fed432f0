package fr.boucle.agreement.web;

import fr.boucle.agreement.AgreementCommands;
import fr.boucle.agreement.AgreementStatus;
import fr.boucle.agreement.AgreementViews;
import fr.boucle.agreement.Reservation;
import fr.boucle.agreement.internal.AgreementLifecycle;
import fr.boucle.agreement.internal.EditAgreement;
import fr.boucle.agreement.internal.ListAgreements;
import fr.boucle.agreement.internal.ListEligibleSuppliers;
import fr.boucle.agreement.internal.ViewAgreement;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;

@Controller("/api/agreements")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Framework agreements")
class AgreementController {

  private final ListAgreements list;
  private final ListEligibleSuppliers eligible;
  private final ViewAgreement view;
  private final EditAgreement edit;
  private final AgreementLifecycle lifecycle;

  AgreementController(
      ListAgreements list,
      ListEligibleSuppliers eligible,
      ViewAgreement view,
      EditAgreement edit,
      AgreementLifecycle lifecycle) {
    this.list = list;
    this.eligible = eligible;
    this.view = view;
    this.edit = edit;
    this.lifecycle = lifecycle;
  }

  @Get
  @Operation(
      operationId = "listAgreements",
      summary = "Framework agreements I may see",
      description =
          "Buyer admin: all of the buyer's, drafts included; requesters and approvers: the buyer's"
              + " non-draft ones; suppliers: the non-draft ones where they are awarded a lot."
              + " Sort: reference, title, startDate, endDate, status, each optionally ',desc'.")
  Page<AgreementViews.AgreementSummary> list(
      Authentication auth,
      @Nullable @QueryValue AgreementStatus status,
      @Nullable @QueryValue String q,
      @Nullable @QueryValue Integer page,
      @Nullable @QueryValue Integer size,
      @Nullable @QueryValue String sort) {
    return list.list(CurrentUser.from(auth), status, q, page, size, sort);
  }

  @Get("/eligible-suppliers")
  @Operation(
      operationId = "listEligibleSuppliers",
      summary = "Active suppliers a lot may be awarded to",
      description = "Buyer admin. Filter by the lot's reservation and by name or SIRET.")
  Page<AgreementViews.Party> eligibleSuppliers(
      Authentication auth,
      @Nullable @QueryValue Reservation reservation,
      @Nullable @QueryValue String q,
      @Nullable @QueryValue Integer page,
      @Nullable @QueryValue Integer size) {
    return eligible.list(CurrentUser.from(auth), reservation, q, page, size);
  }

  @Get("/{id}")
  @Operation(
      operationId = "getAgreement",
      summary = "One framework agreement with its lots and each lot period's consumption",
      description = "404 when not visible. Suppliers see only the lots they are awarded.")
  AgreementViews.AgreementView get(Authentication auth, UUID id) {
    return view.get(CurrentUser.from(auth), id);
  }

  @Post
  @Operation(
      operationId = "createAgreement",
      summary = "Create a draft framework agreement with its lots",
      description =
          "Buyer admin. At most 4 years renewals included; lots reserved to EA/ESAT (L2113-12) or"
              + " SIAE (L2113-13) admit only such suppliers; an environmental clause is required"
              + " on every lot of a contract launched from 2026.")
  HttpResponse<AgreementViews.AgreementView> create(
      Authentication auth, @Body @Valid AgreementCommands.SaveAgreement command) {
    AgreementViews.AgreementView created = edit.create(CurrentUser.from(auth), command);
    return HttpResponse.created(created, URI.create("/api/agreements/" + created.id()));
  }

  @Put("/{id}")
  @Operation(
      operationId = "replaceAgreement",
      summary = "Replace a draft agreement and its lots",
      description = "Buyer admin; 409 once the agreement is active.")
  AgreementViews.AgreementView replace(
      Authentication auth, UUID id, @Body @Valid AgreementCommands.SaveAgreement command) {
    return edit.replace(CurrentUser.from(auth), id, command);
  }

  @Delete("/{id}")
  @Operation(
      operationId = "deleteAgreement",
      summary = "Delete a draft agreement",
      description = "Buyer admin; 409 once active.")
  HttpResponse<Void> delete(Authentication auth, UUID id) {
    edit.delete(CurrentUser.from(auth), id);
    return HttpResponse.noContent();
  }

  @Post("/{id}/activate")
  @Operation(
      operationId = "activateAgreement",
      summary = "Activate a draft agreement",
      description =
          "Buyer admin. Freezes it, opens each lot's periods with their maximum, and makes it"
              + " visible to its suppliers and orderable while in force.")
  AgreementViews.AgreementView activate(Authentication auth, UUID id) {
    return lifecycle.activate(CurrentUser.from(auth), id);
  }

  @Post("/{id}/terminate")
  @Operation(
      operationId = "terminateAgreement",
      summary = "Terminate an active agreement",
      description = "Buyer admin. No new orders; orders already placed follow their course.")
  AgreementViews.AgreementView terminate(Authentication auth, UUID id) {
    return lifecycle.terminate(CurrentUser.from(auth), id);
  }
}
