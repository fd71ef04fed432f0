package fr.boucle.catalogue.web;

import fr.boucle.catalogue.ListingDetails;
import fr.boucle.catalogue.SearchResult;
import fr.boucle.catalogue.internal.CatalogueListings;
import fr.boucle.catalogue.internal.CatalogueSearch;
import fr.boucle.catalogue.internal.CatalogueSuggestions;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

@Controller("/api/catalogue")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Catalogue")
class CatalogueController {

  private final CatalogueSearch search;
  private final CatalogueSuggestions suggestions;
  private final CatalogueListings listings;
  private final SearchRequests requests;
  private final ExecutorService blocking;

  CatalogueController(
      CatalogueSearch search,
      CatalogueSuggestions suggestions,
      CatalogueListings listings,
      SearchRequests requests,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.search = search;
    this.suggestions = suggestions;
    this.listings = listings;
    this.requests = requests;
    this.blocking = blocking;
  }

  @Get("/search")
  @Operation(
      summary = "Search the catalogue",
      description =
          "Public: no account needed. French full text (accents, plurals, elisions, typos and"
              + " synonyms such as frigo or PC portable don't matter), filters with facet counts,"
              + " distance from a point, sorts, pages. Multi-valued filters repeat the parameter"
              + " (condition=BON_ETAT&condition=COMME_NEUF). Prices are exact: euros as a decimal"
              + " string and integer cents. Invalid parameters answer 400 problem+json naming"
              + " each one. A signed-in buyer person may give one of their organisation's"
              + " services as the origin of distances, and by default sees only what their"
              + " framework agreements let them order (orderable=false shows the whole market).")
  CompletableFuture<SearchResult> search(
      @RequestBean SearchParams p, @Nullable Authentication auth) {
    CurrentUser buyer = buyer(auth);
    if (buyer == null) {
      // Nothing to read from the database: validate on the event loop and let Elasticsearch
      // answer without a thread waiting for it (most searches are anonymous).
      return search.searchAsync(requests.parse(p, null));
    }
    // A buyer's awards and services come from the database: off the event loop.
    CompletableFuture<SearchResult> result = new CompletableFuture<>();
    blocking.execute(() -> {
      try {
        search
            .searchAsync(requests.parse(p, buyer))
            .whenComplete((found, error) -> {
              if (error != null) {
                result.completeExceptionally(error);
              } else {
                result.complete(found);
              }
            });
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  @Get("/listings/{id}")
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(
      summary = "A listing's page",
      description =
          "Public. A published or sold-out listing with its category path, prices excl. and incl."
              + " VAT, stock, supplier and pickup depot; distance from lat/lon or, for a signed-in"
              + " buyer, from one of their services. 404 problem for anything else.")
  ListingDetails listing(
      String id,
      @Nullable @QueryValue Double lat,
      @Nullable @QueryValue Double lon,
      @Nullable @QueryValue String service,
      @Nullable Authentication auth) {
    if (!SearchRequests.UUID_SHAPE.matcher(id).matches()) {
      throw new NotFound("Listing");
    }
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    SearchRequests.Origin origin = requests.origin(errors, lat, lon, service, buyer(auth));
    errors.throwIfAny();
    CatalogueListings.Point from =
        origin.lat() == null ? null : new CatalogueListings.Point(origin.lat(), origin.lon());
    return listings.find(UUID.fromString(id), from).orElseThrow(() -> new NotFound("Listing"));
  }

  /** The caller when they are a person of a buyer organisation, else null. */
  static @Nullable CurrentUser buyer(@Nullable Authentication auth) {
    if (auth == null) {
      return null;
    }
    CurrentUser user = CurrentUser.from(auth);
    return user.isBuyer() && !user.isApiToken() ? user : null;
  }

  @Get("/explain")
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(
      summary = "The Elasticsearch request a search sends",
      description =
          "Authenticated; operator only (404 for others). Same parameters as /search; for benchmarks comparing the API with raw Elasticsearch.")
  @io.micronaut.http.annotation.Produces(io.micronaut.http.MediaType.APPLICATION_JSON)
  String explain(
      @RequestBean SearchParams p, io.micronaut.security.authentication.Authentication auth) {
    if (!fr.boucle.shared.security.CurrentUser.from(auth)
        .hasRole(fr.boucle.shared.security.Role.OPERATOR)) {
      throw new fr.boucle.shared.web.NotFound("Resource");
    }
    return search.explain(requests.parse(p, null));
  }

  @Get("/suggest")
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(
      summary = "Type-ahead suggestions",
      description = "Public. Up to 8 titles matching what has been typed so far.")
  List<String> suggest(@QueryValue @Nullable String q) {
    if (q == null || q.isBlank()) {
      return List.of();
    }
    if (q.length() > SearchRequests.MAX_QUERY_LENGTH) {
      new ValidationFailed.Collector()
          .add("q", ProblemCode.FIELD_AT_MOST_CHARS, "max", SearchRequests.MAX_QUERY_LENGTH)
          .throwIfAny();
    }
    return suggestions.suggest(q.strip());
  }
}
