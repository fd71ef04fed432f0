package fr.boucle.catalogue.web;

import fr.boucle.catalogue.BuyerAwards;
import fr.boucle.catalogue.ListingDetails;
import fr.boucle.catalogue.SearchRequest;
import fr.boucle.catalogue.SearchResult;
import fr.boucle.catalogue.internal.CatalogueListings;
import fr.boucle.catalogue.internal.CatalogueSearch;
import fr.boucle.catalogue.internal.CatalogueSuggestions;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

@Controller("/api/catalogue")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Catalogue")
class CatalogueController {

  static final int MAX_QUERY_LENGTH = 200;
  static final int MAX_SIZE = 50;
  static final int MAX_DEPTH = 5_000;
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Set<String> CONDITIONS = fr.boucle.listing.Condition.codes();
  private static final Set<String> ORIGINS = fr.boucle.listing.Origin.codes();
  private static final Set<String> FAMILIES = Set.of("SIAE", "EA", "ESAT", "OTHER");
  private static final Pattern ENERGY = Pattern.compile("^[A-G]$");
  private static final Pattern DEPARTMENT = Pattern.compile("^(2A|2B|[0-9]{2,3})$");
  private static final Pattern IDENTIFIER = Pattern.compile("^[a-z0-9-]{1,60}$");
  private static final Pattern UUID_SHAPE = Pattern.compile("^[0-9a-f-]{36}$");

  private final CatalogueSearch search;
  private final CatalogueSuggestions suggestions;
  private final CatalogueListings listings;
  private final BuyerAwards awards;
  private final ExecutorService blocking;

  CatalogueController(
      CatalogueSearch search,
      CatalogueSuggestions suggestions,
      CatalogueListings listings,
      BuyerAwards awards,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.search = search;
    this.suggestions = suggestions;
    this.listings = listings;
    this.awards = awards;
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
      return search.searchAsync(parse(p, null));
    }
    // A buyer's awards and services come from the database: off the event loop.
    CompletableFuture<SearchResult> result = new CompletableFuture<>();
    blocking.execute(() -> {
      try {
        search
            .searchAsync(parse(p, buyer))
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
    if (!UUID_SHAPE.matcher(id).matches()) {
      throw new NotFound("Listing");
    }
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    Origin origin = origin(errors, lat, lon, service, buyer(auth));
    errors.throwIfAny();
    CatalogueListings.Point from =
        origin.lat() == null ? null : new CatalogueListings.Point(origin.lat(), origin.lon());
    return listings.find(UUID.fromString(id), from).orElseThrow(() -> new NotFound("Listing"));
  }

  /** The caller when they are a person of a buyer organisation, else null. */
  private static @Nullable CurrentUser buyer(@Nullable Authentication auth) {
    if (auth == null) {
      return null;
    }
    CurrentUser user = CurrentUser.from(auth);
    return user.isBuyer() && !user.isApiToken() ? user : null;
  }

  private record Origin(@Nullable Double lat, @Nullable Double lon) {}

  /** Where distances start: a buyer's service, else the given point, else nowhere. */
  private Origin origin(
      ValidationFailed.Collector errors,
      @Nullable Double lat,
      @Nullable Double lon,
      @Nullable String service,
      @Nullable CurrentUser buyer) {
    if (service != null && !service.isBlank()) {
      if (lat != null || lon != null) {
        errors.add("service", "give either a service or lat and lon, not both");
        return new Origin(null, null);
      }
      if (buyer == null) {
        errors.add("service", "only a signed-in buyer can search from one of their services");
        return new Origin(null, null);
      }
      var point =
          UUID_SHAPE.matcher(service).matches()
              ? listings.serviceLocation(buyer.organisationId(), UUID.fromString(service))
              : java.util.Optional.<CatalogueListings.Point>empty();
      if (point.isEmpty()) {
        errors.add("service", "is not one of your organisation's services");
        return new Origin(null, null);
      }
      return new Origin(point.get().latitude(), point.get().longitude());
    }
    if ((lat == null) != (lon == null)) {
      errors.add(lat == null ? "lat" : "lon", "lat and lon go together");
    }
    if (lat != null && (lat < -90 || lat > 90)) {
      errors.add("lat", "must be between -90 and 90");
    }
    if (lon != null && (lon < -180 || lon > 180)) {
      errors.add("lon", "must be between -180 and 180");
    }
    return lat == null || lon == null ? new Origin(null, null) : new Origin(lat, lon);
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
    return search.explain(parse(p, null));
  }

  private SearchRequest parse(SearchParams p, @Nullable CurrentUser buyer) {
    String q = p.q();
    String category = p.category();
    List<String> condition = p.condition();
    List<String> originValues = p.origin();
    Integer warrantyMin = p.warrantyMin();
    List<String> energyClass = p.energyClass();
    String priceMin = p.priceMin();
    String priceMax = p.priceMax();
    List<String> supplier = p.supplier();
    List<String> insertion = p.insertion();
    List<String> department = p.department();
    Boolean inStock = p.inStock();
    Double radiusKm = p.radiusKm();
    String sort = p.sort();
    Integer page = p.page();
    Integer size = p.size();
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    Origin from = origin(errors, p.lat(), p.lon(), p.service(), buyer);
    Double lat = from.lat();
    Double lon = from.lon();
    // An origin was asked for but is invalid: its own error says why, not "needs lat and lon".
    boolean locationAsked =
        p.lat() != null || p.lon() != null || (p.service() != null && !p.service().isBlank());
    String query = q == null ? null : q.strip();
    if (query != null && query.length() > MAX_QUERY_LENGTH) {
      errors.add("q", "must have at most " + MAX_QUERY_LENGTH + " characters");
    }
    if (category != null && !IDENTIFIER.matcher(category).matches()) {
      errors.add("category", "is not a category id");
    }
    List<String> conditions =
        checked(
            errors,
            "condition",
            condition,
            v -> CONDITIONS.contains(v.toUpperCase(Locale.ROOT)),
            true);
    List<String> origins =
        checked(
            errors,
            "origin",
            originValues,
            v -> ORIGINS.contains(v.toUpperCase(Locale.ROOT)),
            true);
    List<String> families =
        checked(
            errors,
            "insertion",
            insertion,
            v -> FAMILIES.contains(v.toUpperCase(Locale.ROOT)),
            true);
    List<String> energy =
        checked(
            errors,
            "energyClass",
            energyClass,
            v -> ENERGY.matcher(v.toUpperCase(Locale.ROOT)).matches(),
            true);
    List<String> departments =
        checked(
            errors,
            "department",
            department,
            v -> DEPARTMENT.matcher(v.toUpperCase(Locale.ROOT)).matches(),
            true);
    List<String> suppliers =
        checked(errors, "supplier", supplier, v -> UUID_SHAPE.matcher(v).matches(), false);
    if (warrantyMin != null && (warrantyMin < 0 || warrantyMin > 120)) {
      errors.add("warrantyMin", "must be between 0 and 120 months");
    }
    Long min = cents(errors, "priceMin", priceMin);
    Long max = cents(errors, "priceMax", priceMax);
    if (min != null && max != null && min > max) {
      errors.add("priceMax", "must not be below priceMin");
    }
    if (radiusKm != null && (radiusKm < 1 || radiusKm > 1000)) {
      errors.add("radiusKm", "must be between 1 and 1000");
    }
    if (radiusKm != null && lat == null && !locationAsked) {
      errors.add("radiusKm", "needs lat and lon, or a service");
    }
    SearchRequest.Sort order = SearchRequest.Sort.RELEVANCE;
    if (sort != null) {
      try {
        order = SearchRequest.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add("sort", "must be one of relevance, price_asc, price_desc, distance, newest");
      }
    }
    if (order == SearchRequest.Sort.DISTANCE && lat == null && !locationAsked) {
      errors.add("sort", "distance needs lat and lon, or a service");
    }
    int pageSize = size == null ? 20 : size;
    if (pageSize < 1 || pageSize > MAX_SIZE) {
      errors.add("size", "must be between 1 and " + MAX_SIZE);
    }
    int pageNumber = page == null ? 0 : page;
    if (pageNumber < 0) {
      errors.add("page", "must not be negative");
    } else if ((long) (pageNumber + 1) * Math.max(1, Math.min(pageSize, MAX_SIZE)) > MAX_DEPTH) {
      errors.add(
          "page", "goes deeper than " + MAX_DEPTH + " results: narrow the search with filters");
    }
    errors.throwIfAny();
    return new SearchRequest(
        query == null || query.isEmpty() ? null : query,
        category,
        conditions,
        origins,
        warrantyMin,
        energy,
        min,
        max,
        suppliers,
        families,
        departments,
        inStock == null || inStock,
        lat,
        lon,
        radiusKm,
        order,
        pageNumber,
        pageSize,
        orderableAwards(p.orderable(), buyer));
  }

  /**
   * The awards to filter by: a buyer person sees what they may order unless they ask for the whole
   * market; anyone else always sees the whole market (null).
   */
  private @Nullable List<BuyerAwards.Award> orderableAwards(
      @Nullable Boolean orderable, @Nullable CurrentUser buyer) {
    if (buyer == null || Boolean.FALSE.equals(orderable)) {
      return null;
    }
    return awards.activeAwards(buyer.organisationId(), LocalDate.now(PARIS));
  }

  /** The query parameters of a catalogue search, as sent. */
  @io.micronaut.core.annotation.Introspected
  record SearchParams(
      @Parameter(description = "words to search, at most 200 characters") @Nullable @QueryValue
          String q,
      @Parameter(description = "category id (a node of GET /api/categories; includes its children)")
          @QueryValue
          @Nullable
          String category,
      @Nullable @QueryValue List<String> condition,
      @Nullable @QueryValue List<String> origin,
      @Parameter(description = "minimum warranty in months") @Nullable @QueryValue
          Integer warrantyMin,
      @Nullable @QueryValue List<String> energyClass,
      @Parameter(description = "minimum price excl. VAT in euros, e.g. 12.50") @Nullable @QueryValue
          String priceMin,
      @Parameter(description = "maximum price excl. VAT in euros") @Nullable @QueryValue
          String priceMax,
      @Parameter(description = "supplier organisation id") @Nullable @QueryValue
          List<String> supplier,
      @Parameter(description = "insertion family: SIAE, EA, ESAT, OTHER") @Nullable @QueryValue
          List<String> insertion,
      @Parameter(description = "département of the pickup depot") @Nullable @QueryValue
          List<String> department,
      @Parameter(description = "only items in stock (default true)") @Nullable @QueryValue
          Boolean inStock,
      @Parameter(description = "latitude distances start from (with lon)") @Nullable @QueryValue
          Double lat,
      @Parameter(description = "longitude distances start from (with lat)") @Nullable @QueryValue
          Double lon,
      @Parameter(
              description =
                  "signed-in buyers: one of their organisation's services, the origin of"
                      + " distances (instead of lat/lon)")
          @Nullable
          @QueryValue
          String service,
      @Parameter(
              description =
                  "signed-in buyer persons: only what their framework agreements let them order"
                      + " (default true); ignored for everyone else")
          @Nullable
          @QueryValue
          Boolean orderable,
      @Parameter(description = "radius around lat/lon in km (1–1000)") @Nullable @QueryValue
          Double radiusKm,
      @Parameter(description = "relevance (default), price_asc, price_desc, distance, newest")
          @QueryValue
          @Nullable
          String sort,
      @Parameter(description = "zero-based page") @Nullable @QueryValue Integer page,
      @Parameter(description = "results per page, 1–50 (default 20)") @Nullable @QueryValue
          Integer size) {}

  @Get("/suggest")
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(
      summary = "Type-ahead suggestions",
      description = "Public. Up to 8 titles matching what has been typed so far.")
  List<String> suggest(@QueryValue @Nullable String q) {
    if (q == null || q.isBlank()) {
      return List.of();
    }
    if (q.length() > MAX_QUERY_LENGTH) {
      new ValidationFailed.Collector()
          .add("q", "must have at most " + MAX_QUERY_LENGTH + " characters")
          .throwIfAny();
    }
    return suggestions.suggest(q.strip());
  }

  private static List<String> checked(
      ValidationFailed.Collector errors,
      String field,
      @Nullable List<String> values,
      java.util.function.Predicate<String> valid,
      boolean upper) {
    if (values == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (String raw : values) {
      for (String value : raw.split(",")) {
        String v = value.strip();
        if (v.isEmpty()) {
          continue;
        }
        if (values.size() > 50 || !valid.test(v)) {
          errors.add(
              field,
              "'" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "' is not a valid value");
        } else {
          result.add(upper ? v.toUpperCase(Locale.ROOT) : v);
        }
      }
    }
    return List.copyOf(result);
  }

  private static Long cents(
      ValidationFailed.Collector errors, String field, @Nullable String euros) {
    if (euros == null || euros.isBlank()) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(euros.strip().replace(',', '.'));
      if (value.signum() < 0
          || value.scale() > 2
          || value.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
        errors.add(
            field, "must be an amount in euros between 0 and 10,000,000 with at most 2 decimals");
        return null;
      }
      return value.movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      errors.add(field, "must be an amount in euros such as 12.50");
      return null;
    }
  }
}
