package fr.boucle.catalogue.web;

import fr.boucle.catalogue.SearchRequest;
import fr.boucle.catalogue.SearchResult;
import fr.boucle.catalogue.internal.CatalogueSearch;
import fr.boucle.catalogue.internal.CatalogueSuggestions;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

@Controller("/api/catalogue")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Catalogue")
class CatalogueController {

  static final int MAX_QUERY_LENGTH = 200;
  static final int MAX_SIZE = 50;
  static final int MAX_DEPTH = 5_000;
  private static final Set<String> CONDITIONS =
      Set.of("COMME_NEUF", "TRES_BON_ETAT", "BON_ETAT", "ETAT_USAGE");
  private static final Set<String> ORIGINS = Set.of("REEMPLOI", "REUTILISATION", "RECONDITIONNE");
  private static final Set<String> FAMILIES = Set.of("SIAE", "EA", "ESAT", "OTHER");
  private static final Pattern ENERGY = Pattern.compile("^[A-G]$");
  private static final Pattern DEPARTMENT = Pattern.compile("^(2A|2B|[0-9]{2,3})$");
  private static final Pattern IDENTIFIER = Pattern.compile("^[a-z0-9-]{1,60}$");
  private static final Pattern UUID_SHAPE = Pattern.compile("^[0-9a-f-]{36}$");

  private final CatalogueSearch search;
  private final CatalogueSuggestions suggestions;

  CatalogueController(CatalogueSearch search, CatalogueSuggestions suggestions) {
    this.search = search;
    this.suggestions = suggestions;
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
              + " each one.")
  SearchResult search(@RequestBean SearchParams p) {
    return search.search(parse(p));
  }

  @Get("/explain")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(
      summary = "The Elasticsearch request a search sends",
      description =
          "Authenticated; operator only (404 for others). Same parameters as /search; for benchmarks comparing the API with raw Elasticsearch.")
  @io.micronaut.http.annotation.Produces(io.micronaut.http.MediaType.APPLICATION_JSON)
  String explain(
      @RequestBean SearchParams p, io.micronaut.security.authentication.Authentication auth) {
    if (!fr.boucle.shared.security.CurrentUser.from(auth).hasRole("OPERATOR")) {
      throw new fr.boucle.shared.web.NotFound("Resource");
    }
    return search.explain(parse(p));
  }

  private static SearchRequest parse(SearchParams p) {
    String q = p.q();
    String category = p.category();
    List<String> condition = p.condition();
    List<String> origin = p.origin();
    Integer warrantyMin = p.warrantyMin();
    List<String> energyClass = p.energyClass();
    String priceMin = p.priceMin();
    String priceMax = p.priceMax();
    List<String> supplier = p.supplier();
    List<String> insertion = p.insertion();
    List<String> department = p.department();
    Boolean inStock = p.inStock();
    Double lat = p.lat();
    Double lon = p.lon();
    Double radiusKm = p.radiusKm();
    String sort = p.sort();
    Integer page = p.page();
    Integer size = p.size();
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
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
        checked(errors, "origin", origin, v -> ORIGINS.contains(v.toUpperCase(Locale.ROOT)), true);
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
    if ((lat == null) != (lon == null)) {
      errors.add(lat == null ? "lat" : "lon", "lat and lon go together");
    }
    if (lat != null && (lat < -90 || lat > 90)) {
      errors.add("lat", "must be between -90 and 90");
    }
    if (lon != null && (lon < -180 || lon > 180)) {
      errors.add("lon", "must be between -180 and 180");
    }
    if (radiusKm != null && (radiusKm < 1 || radiusKm > 1000)) {
      errors.add("radiusKm", "must be between 1 and 1000");
    }
    if (radiusKm != null && lat == null) {
      errors.add("radiusKm", "needs lat and lon");
    }
    SearchRequest.Sort order = SearchRequest.Sort.RELEVANCE;
    if (sort != null) {
      try {
        order = SearchRequest.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add("sort", "must be one of relevance, price_asc, price_desc, distance, newest");
      }
    }
    if (order == SearchRequest.Sort.DISTANCE && lat == null) {
      errors.add("sort", "distance needs lat and lon");
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
        pageSize);
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
      @Nullable @QueryValue Double lat,
      @Nullable @QueryValue Double lon,
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
