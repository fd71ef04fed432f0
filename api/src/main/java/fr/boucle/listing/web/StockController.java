package fr.boucle.listing.web;

import fr.boucle.listing.ListingDraft;
import fr.boucle.listing.ListingViews;
import fr.boucle.listing.StockChange;
import fr.boucle.listing.internal.ChangeStock;
import fr.boucle.listing.internal.CreateListing;
import fr.boucle.listing.internal.EditListing;
import fr.boucle.listing.internal.FollowChanges;
import fr.boucle.listing.internal.ListStock;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;

@Controller("/api/stock")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Stock")
class StockController {

  private static final String ACCESS =
      " Supplier staff, or an API token with stock:read (reads) / stock:write (writes).";
  private final ListStock stock;
  private final CreateListing creating;
  private final EditListing editing;
  private final ChangeStock changing;
  private final FollowChanges feed;

  StockController(
      ListStock stock,
      CreateListing creating,
      EditListing editing,
      ChangeStock changing,
      FollowChanges feed) {
    this.stock = stock;
    this.creating = creating;
    this.editing = editing;
    this.changing = changing;
    this.feed = feed;
  }

  @Get("/listings")
  @Operation(
      summary = "The supplier's listings: filter, sort, page",
      description =
          "q searches title, SKU, brand and model; status DRAFT|PUBLISHED|SOLD_OUT|ARCHIVED;"
              + " categoryId includes its subtree; sort title|sku|price|available|updated|status,"
              + " '-' first for descending (default -updated)."
              + ACCESS)
  Page<ListingViews.ListingRow> list(
      Authentication auth,
      @QueryValue @Nullable String q,
      @QueryValue @Nullable String status,
      @QueryValue @Nullable String categoryId,
      @QueryValue @Nullable String sort,
      @QueryValue @Nullable Integer page,
      @QueryValue @Nullable Integer size) {
    return stock.list(
        CurrentUser.from(auth),
        new ListStock.Filter(
            q, status, categoryId, sort, Page.clampPage(page), Page.clampSize(size)));
  }

  @Post("/listings")
  @Operation(
      summary = "Create a listing",
      description =
          "Every bad field is named in one problem. quantity becomes a RECEIVED ledger row;"
              + " status PUBLISHED with nothing available is SOLD_OUT."
              + ACCESS)
  HttpResponse<ListingViews.ListingView> create(Authentication auth, @Body ListingDraft draft) {
    ListingViews.ListingView view = creating.create(CurrentUser.from(auth), draft);
    return HttpResponse.created(view, URI.create("/api/stock/listings/" + view.id()));
  }

  @Get("/listings/{id}")
  @Operation(summary = "One listing", description = "404 for another organisation's." + ACCESS)
  ListingViews.ListingView get(Authentication auth, UUID id) {
    return stock.get(CurrentUser.from(auth), id);
  }

  @Put("/listings/{id}")
  @Operation(
      summary = "Replace a listing",
      description =
          "Send the listing's version in If-Match: a listing changed meanwhile answers 409 instead"
              + " of losing that change. quantity, when given, is the wanted available quantity."
              + ACCESS)
  ListingViews.ListingView update(
      Authentication auth,
      UUID id,
      @Header("If-Match") @Nullable String ifMatch,
      @Body ListingDraft draft) {
    return editing.update(CurrentUser.from(auth), id, draft, version(ifMatch));
  }

  private static @Nullable Long version(@Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String v = ifMatch.strip().replace("W/", "").replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      new ValidationFailed.Collector().add("If-Match", ProblemCode.IF_MATCH_VERSION).throwIfAny();
      return null;
    }
  }

  /** The wanted status. */
  @Serdeable
  record StatusChange(@Nullable String status) {}

  @Post("/listings/{id}/status")
  @Operation(
      summary = "Publish, unpublish (DRAFT) or archive a listing",
      description = "Publishing with nothing available makes it SOLD_OUT." + ACCESS)
  ListingViews.ListingView status(Authentication auth, UUID id, @Body StatusChange change) {
    return changing.changeStatus(CurrentUser.from(auth), id, change.status());
  }

  @Post("/listings/{id}/stock")
  @Operation(
      summary = "Record a stock movement",
      description =
          "{kind: RECEIVED|SOLD, quantity > 0}, {kind: ADJUSTED, quantity ≠ 0, reason} or"
              + " {available: n, reason}: each is a ledger row with who, when and why."
              + ACCESS)
  ListingViews.ListingView stock(Authentication auth, UUID id, @Body StockChange change) {
    return changing.moveStock(CurrentUser.from(auth), id, change);
  }

  @Get("/listings/{id}/movements")
  @Operation(summary = "A listing's stock ledger, newest first", description = ACCESS)
  Page<ListingViews.Movement> movements(
      Authentication auth,
      UUID id,
      @QueryValue @Nullable Integer page,
      @QueryValue @Nullable Integer size) {
    return stock.ledger(CurrentUser.from(auth), id, Page.clampPage(page), Page.clampSize(size));
  }

  @Put("/skus/{sku}")
  @Operation(
      summary = "Upsert a listing by the supplier's SKU (stock systems)",
      description =
          "Creates, updates or leaves unchanged (same data twice changes nothing); quantity sets"
              + " the available quantity through an ADJUSTED ledger row."
              + ACCESS)
  ListingViews.Upserted upsert(Authentication auth, String sku, @Body ListingDraft draft) {
    return editing.upsertBySku(CurrentUser.from(auth), sku, draft);
  }

  @Get("/changes")
  @Operation(
      summary = "Changes to the supplier's listings since a cursor",
      description =
          "Start without cursor; then pass the 'next' answered. In commit order; a change is never"
              + " skipped. limit 1..500 (default 100)."
              + ACCESS)
  ListingViews.Changes changes(
      Authentication auth,
      @QueryValue @Nullable String cursor,
      @QueryValue @Nullable Integer limit) {
    int l = limit == null ? 100 : Math.max(1, Math.min(500, limit));
    return feed.changes(CurrentUser.from(auth), cursor, l);
  }
}
