package fr.boucle.catalogue.web;

import fr.boucle.catalogue.BuyerAwards;
import fr.boucle.catalogue.SearchRequest;
import fr.boucle.catalogue.internal.CatalogueListings;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Checks a catalogue search's parameters, naming every bad one, and makes the search request. */
@jakarta.inject.Singleton
class SearchRequests {

  static final int MAX_QUERY_LENGTH = 200;
  static final int MAX_SIZE = 50;
  static final int MAX_DEPTH = 5_000;
  static final Pattern UUID_SHAPE = Pattern.compile("^[0-9a-f-]{36}$");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Set<String> CONDITIONS = fr.boucle.listing.Condition.codes();
  private static final Set<String> ORIGINS = fr.boucle.listing.Origin.codes();
  private static final Set<String> FAMILIES = Set.of("SIAE", "EA", "ESAT", "OTHER");
  private static final Pattern ENERGY = Pattern.compile("^[A-G]$");
  private static final Pattern DEPARTMENT = Pattern.compile("^(2A|2B|[0-9]{2,3})$");
  private static final Pattern IDENTIFIER = Pattern.compile("^[a-z0-9-]{1,60}$");

  private final CatalogueListings listings;
  private final BuyerAwards awards;

  SearchRequests(CatalogueListings listings, BuyerAwards awards) {
    this.listings = listings;
    this.awards = awards;
  }

  record Origin(@Nullable Double lat, @Nullable Double lon) {}

  /** Where distances start: a buyer's service, else the given point, else nowhere. */
  Origin origin(
      ValidationFailed.Collector errors,
      @Nullable Double lat,
      @Nullable Double lon,
      @Nullable String service,
      @Nullable CurrentUser buyer) {
    if (service != null && !service.isBlank()) {
      if (lat != null || lon != null) {
        errors.add("service", ProblemCode.SERVICE_OR_POINT);
        return new Origin(null, null);
      }
      if (buyer == null) {
        errors.add("service", ProblemCode.SERVICE_SEARCH_BUYERS_ONLY);
        return new Origin(null, null);
      }
      var point =
          UUID_SHAPE.matcher(service).matches()
              ? listings.serviceLocation(buyer.organisationId(), UUID.fromString(service))
              : java.util.Optional.<CatalogueListings.Point>empty();
      if (point.isEmpty()) {
        errors.add("service", ProblemCode.NOT_YOUR_SERVICE);
        return new Origin(null, null);
      }
      return new Origin(point.get().latitude(), point.get().longitude());
    }
    if ((lat == null) != (lon == null)) {
      errors.add(lat == null ? "lat" : "lon", ProblemCode.LAT_LON_TOGETHER);
    }
    if (lat != null && (lat < -90 || lat > 90)) {
      errors.add("lat", ProblemCode.FIELD_BETWEEN, "min", -90, "max", 90);
    }
    if (lon != null && (lon < -180 || lon > 180)) {
      errors.add("lon", ProblemCode.FIELD_BETWEEN, "min", -180, "max", 180);
    }
    return lat == null || lon == null ? new Origin(null, null) : new Origin(lat, lon);
  }

  SearchRequest parse(SearchParams p, @Nullable CurrentUser buyer) {
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
      errors.add("q", ProblemCode.FIELD_AT_MOST_CHARS, "max", MAX_QUERY_LENGTH);
    }
    if (category != null && !IDENTIFIER.matcher(category).matches()) {
      errors.add("category", ProblemCode.NOT_A_CATEGORY);
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
      errors.add("warrantyMin", ProblemCode.WARRANTY_MONTHS);
    }
    Long min = cents(errors, "priceMin", priceMin);
    Long max = cents(errors, "priceMax", priceMax);
    if (min != null && max != null && min > max) {
      errors.add("priceMax", ProblemCode.PRICE_MAX_BELOW_MIN);
    }
    if (radiusKm != null && (radiusKm < 1 || radiusKm > 1000)) {
      errors.add("radiusKm", ProblemCode.FIELD_BETWEEN, "min", 1, "max", 1000);
    }
    if (radiusKm != null && lat == null && !locationAsked) {
      errors.add("radiusKm", ProblemCode.RADIUS_NEEDS_POINT);
    }
    SearchRequest.Sort order = SearchRequest.Sort.RELEVANCE;
    if (sort != null) {
      try {
        order = SearchRequest.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            "sort",
            ProblemCode.FIELD_ONE_OF,
            "values",
            "relevance, price_asc, price_desc, distance, newest");
      }
    }
    if (order == SearchRequest.Sort.DISTANCE && lat == null && !locationAsked) {
      errors.add("sort", ProblemCode.DISTANCE_NEEDS_POINT);
    }
    int pageSize = size == null ? 20 : size;
    if (pageSize < 1 || pageSize > MAX_SIZE) {
      errors.add("size", ProblemCode.FIELD_BETWEEN, "min", 1, "max", MAX_SIZE);
    }
    int pageNumber = page == null ? 0 : page;
    if (pageNumber < 0) {
      errors.add("page", ProblemCode.FIELD_NOT_NEGATIVE);
    } else if ((long) (pageNumber + 1) * Math.max(1, Math.min(pageSize, MAX_SIZE)) > MAX_DEPTH) {
      errors.add("page", ProblemCode.SEARCH_TOO_DEEP, "max", MAX_DEPTH);
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
              ProblemCode.NOT_A_VALID_VALUE,
              "value",
              v.length() > 40 ? v.substring(0, 40) + "…" : v);
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
        errors.add(field, ProblemCode.PRICE_FILTER_RANGE);
        return null;
      }
      return value.movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      errors.add(field, ProblemCode.PRICE_FILTER_FORMAT);
      return null;
    }
  }
}
