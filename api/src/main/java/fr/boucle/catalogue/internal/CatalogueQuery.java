package fr.boucle.catalogue.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import fr.boucle.catalogue.BuyerAwards;
import fr.boucle.catalogue.SearchRequest;
import fr.boucle.search.catalog.CatalogFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the Elasticsearch request of a catalogue search: text, filters, facets, sort. */
final class CatalogueQuery {

  static final List<String> TEXT_FIELDS =
      List.of(
          CatalogFields.TITLE + "^4",
          CatalogFields.TITLE + ".folded^2",
          CatalogFields.CATEGORY_LABELS + "^2",
          CatalogFields.BRAND_TEXT + "^2",
          CatalogFields.MODEL_TEXT,
          CatalogFields.DESCRIPTION);

  /** What a result card shows: descriptions, labels and suggestion fields stay in the index. */
  static final List<String> CARD_FIELDS =
      List.of(
          CatalogFields.ID,
          CatalogFields.TITLE,
          CatalogFields.PRICE_EXCL_VAT_CENTS,
          CatalogFields.VAT_RATE,
          CatalogFields.CONDITION,
          CatalogFields.ORIGIN,
          CatalogFields.WARRANTY_MONTHS,
          CatalogFields.ENERGY_CLASS,
          CatalogFields.CATEGORY_ID,
          CatalogFields.AVAILABLE_QUANTITY,
          CatalogFields.SUPPLIER_ID,
          CatalogFields.SUPPLIER_NAME,
          CatalogFields.INSERTION_STATUS,
          CatalogFields.INSERTION_FAMILY,
          CatalogFields.DEPOT_DEPARTMENT,
          CatalogFields.DEPOT_LOCATION,
          "photoUrl");

  static final Map<String, long[]> PRICE_RANGES = new LinkedHashMap<>();

  static {
    PRICE_RANGES.put("0-50", new long[] {0, 5_000});
    PRICE_RANGES.put("50-200", new long[] {5_000, 20_000});
    PRICE_RANGES.put("200-500", new long[] {20_000, 50_000});
    PRICE_RANGES.put("500+", new long[] {50_000, Long.MAX_VALUE});
  }

  private CatalogueQuery() {}

  static co.elastic.clients.elasticsearch.core.SearchRequest build(SearchRequest r, String alias) {
    Map<String, Query> facetFilters = facetFilters(r);
    Builder request = new Builder().index(alias).trackTotalHits(t -> t.enabled(true));
    request.query(baseQuery(r));
    request.source(src -> src.filter(f -> f.includes(CARD_FIELDS)));
    if (!facetFilters.isEmpty()) {
      request.postFilter(q -> q.bool(b -> b.filter(List.copyOf(facetFilters.values()))));
    }
    aggregations(request, facetFilters);
    if (r.query() != null) {
      // Highlight with the same words but no fuzziness: rewriting the fuzzy query for every hit
      // cost ten times the search itself.
      Query highlightQuery =
          Query.of(q ->
              q.multiMatch(mm ->
                  mm.query(r.query()).fields(CatalogFields.TITLE, CatalogFields.DESCRIPTION)));
      // Html encoder: the text around the <mark> tags is escaped, so a listing's title or
      // description can never inject markup into a client that renders highlights.
      request.highlight(h ->
          h.encoder(HighlighterEncoder.Html)
              .preTags("<mark>")
              .postTags("</mark>")
              .highlightQuery(highlightQuery)
              .fields(
                  NamedValue.of(
                      CatalogFields.TITLE, HighlightField.of(f -> f.numberOfFragments(0))))
              .fields(
                  NamedValue.of(
                      CatalogFields.DESCRIPTION,
                      HighlightField.of(f -> f.numberOfFragments(1).fragmentSize(160)))));
    }
    sort(request, r);
    request.from(r.page() * r.size()).size(r.size());
    return request.build();
  }

  /** Text and the filters that are not facets: status, stock, geography. */
  private static Query baseQuery(SearchRequest r) {
    return Query.of(q ->
        q.bool(b -> {
          if (r.query() != null && !r.query().isBlank()) {
            b.must(m ->
                m.multiMatch(mm ->
                    mm.query(r.query())
                        .fields(TEXT_FIELDS)
                        .type(TextQueryType.BestFields)
                        .tieBreaker(0.3)
                        .operator(Operator.Or)
                        .minimumShouldMatch("2<-25%")
                        .fuzziness("AUTO")
                        .prefixLength(1)));
            b.should(s ->
                s.matchPhrase(
                    p -> p.field(CatalogFields.TITLE).query(r.query()).slop(2).boost(2f)));
          }
          b.filter(f ->
              f.term(t ->
                  t.field(CatalogFields.STATUS)
                      .value(fr.boucle.listing.ListingStatus.PUBLISHED.name())));
          if (r.inStockOnly()) {
            b.filter(f -> f.term(t -> t.field(CatalogFields.IN_STOCK).value(true)));
          }
          if (r.hasLocation() && r.radiusKm() != null) {
            b.filter(f ->
                f.geoDistance(g ->
                    g.field(CatalogFields.DEPOT_LOCATION)
                        .distance(r.radiusKm() + "km")
                        .location(l -> l.latlon(ll -> ll.lat(r.latitude()).lon(r.longitude())))));
          }
          if (r.orderableAwards() != null) {
            b.filter(orderable(r.orderableAwards()));
          }
          return b;
        }));
  }

  /**
   * Listings whose supplier holds an award covering their category: one clause per award, the
   * category matched anywhere on the listing's path so a lot on a parent covers its subtree.
   */
  static Query orderable(List<BuyerAwards.Award> awards) {
    List<Query> clauses = new ArrayList<>();
    for (BuyerAwards.Award award : awards) {
      if (award.categoryIds().isEmpty()) {
        continue;
      }
      List<FieldValue> categories =
          award.categoryIds().stream().sorted().map(FieldValue::of).toList();
      clauses.add(
          Query.of(q ->
              q.bool(b ->
                  b.filter(f ->
                          f.term(t ->
                              t.field(CatalogFields.SUPPLIER_ID)
                                  .value(award.supplierId().toString())))
                      .filter(f ->
                          f.terms(t ->
                              t.field(CatalogFields.CATEGORY_PATH)
                                  .terms(tt -> tt.value(categories)))))));
    }
    if (clauses.isEmpty()) {
      return Query.of(q -> q.matchNone(m -> m));
    }
    return Query.of(q -> q.bool(b -> b.should(clauses).minimumShouldMatch("1")));
  }

  /** Filters shoppers combine from the facet panel, by facet name. */
  private static Map<String, Query> facetFilters(SearchRequest r) {
    Map<String, Query> filters = new LinkedHashMap<>();
    if (r.category() != null) {
      filters.put(
          "category",
          Query.of(q -> q.term(t -> t.field(CatalogFields.CATEGORY_PATH).value(r.category()))));
    }
    // Condition and origin are stored by their lower-case codes; the API speaks enum names.
    terms(filters, "condition", CatalogFields.CONDITION, lower(r.conditions()));
    terms(filters, "origin", CatalogFields.ORIGIN, lower(r.origins()));
    terms(filters, "energyClass", CatalogFields.ENERGY_CLASS, r.energyClasses());
    terms(filters, "insertion", CatalogFields.INSERTION_FAMILY, r.insertionFamilies());
    terms(filters, "department", CatalogFields.DEPOT_DEPARTMENT, r.departments());
    terms(filters, "supplier", CatalogFields.SUPPLIER_ID, r.suppliers());
    if (r.warrantyMinMonths() != null) {
      filters.put(
          "warranty",
          Query.of(q ->
              q.range(g ->
                  g.number(n ->
                      n.field(CatalogFields.WARRANTY_MONTHS)
                          .gte((double) r.warrantyMinMonths())))));
    }
    if (r.priceMinCents() != null || r.priceMaxCents() != null) {
      filters.put(
          "price",
          Query.of(q ->
              q.range(g ->
                  g.number(n -> {
                    n.field(CatalogFields.PRICE_EXCL_VAT_CENTS);
                    if (r.priceMinCents() != null) {
                      n.gte((double) r.priceMinCents());
                    }
                    if (r.priceMaxCents() != null) {
                      n.lte((double) r.priceMaxCents());
                    }
                    return n;
                  }))));
    }
    return filters;
  }

  private static void terms(
      Map<String, Query> filters, String facet, String field, List<String> values) {
    if (values != null && !values.isEmpty()) {
      List<FieldValue> v = values.stream().map(FieldValue::of).toList();
      filters.put(facet, Query.of(q -> q.terms(t -> t.field(field).terms(tt -> tt.value(v)))));
    }
  }

  private static void aggregations(Builder request, Map<String, Query> facetFilters) {
    Map<String, Function<Aggregation.Builder, Aggregation.Builder.ContainerBuilder>> facets =
        new LinkedHashMap<>();
    facets.put("category", a -> a.terms(t -> t.field(CatalogFields.CATEGORY_PATH).size(60)));
    facets.put("condition", a -> a.terms(t -> t.field(CatalogFields.CONDITION).size(10)));
    facets.put("origin", a -> a.terms(t -> t.field(CatalogFields.ORIGIN).size(10)));
    facets.put("energyClass", a -> a.terms(t -> t.field(CatalogFields.ENERGY_CLASS).size(10)));
    facets.put("insertion", a -> a.terms(t -> t.field(CatalogFields.INSERTION_FAMILY).size(10)));
    facets.put("department", a -> a.terms(t -> t.field(CatalogFields.DEPOT_DEPARTMENT).size(40)));
    facets.put(
        "supplier",
        a ->
            a.terms(t -> t.field(CatalogFields.SUPPLIER_ID).size(30))
                .aggregations(
                    "name", n -> n.terms(t -> t.field(CatalogFields.SUPPLIER_NAME_RAW).size(1))));
    facets.put(
        "warranty",
        a ->
            a.filters(f ->
                f.filters(k ->
                    k.keyed(
                        Map.of(
                            "6", warrantyAtLeast(6),
                            "12", warrantyAtLeast(12),
                            "24", warrantyAtLeast(24))))));
    facets.put(
        "price",
        a ->
            a.range(g -> {
              g.field(CatalogFields.PRICE_EXCL_VAT_CENTS);
              PRICE_RANGES.forEach((key, bounds) ->
                  g.ranges(rr -> {
                    rr.key(key).from((double) bounds[0]);
                    if (bounds[1] != Long.MAX_VALUE) {
                      rr.to((double) bounds[1]);
                    }
                    return rr;
                  }));
              return g;
            }));
    facets.forEach((name, body) -> {
      List<Query> others =
          facetFilters.entrySet().stream()
              .filter(e -> !e.getKey().equals(name))
              .map(Map.Entry::getValue)
              .toList();
      request.aggregations(
          name,
          a ->
              a.filter(f -> f.bool(b -> b.filter(others)))
                  .aggregations("values", inner -> body.apply(inner)));
    });
  }

  private static Query warrantyAtLeast(int months) {
    return Query.of(q ->
        q.range(g -> g.number(n -> n.field(CatalogFields.WARRANTY_MONTHS).gte((double) months))));
  }

  private static void sort(Builder request, SearchRequest r) {
    switch (r.sort()) {
      case PRICE_ASC ->
          request.sort(
              s -> s.field(f -> f.field(CatalogFields.PRICE_EXCL_VAT_CENTS).order(SortOrder.Asc)));
      case PRICE_DESC ->
          request.sort(
              s -> s.field(f -> f.field(CatalogFields.PRICE_EXCL_VAT_CENTS).order(SortOrder.Desc)));
      case NEWEST ->
          request.sort(
              s -> s.field(f -> f.field(CatalogFields.PUBLISHED_AT).order(SortOrder.Desc)));
      case DISTANCE ->
          request.sort(s ->
              s.geoDistance(g ->
                  g.field(CatalogFields.DEPOT_LOCATION)
                      .location(l -> l.latlon(ll -> ll.lat(r.latitude()).lon(r.longitude())))
                      .order(SortOrder.Asc)));
      case RELEVANCE -> {
        request.sort(s -> s.score(sc -> sc.order(SortOrder.Desc)));
        request.sort(s -> s.field(f -> f.field(CatalogFields.UPDATED_AT).order(SortOrder.Desc)));
      }
    }
    // A unique tie-breaker keeps pages stable however deep one goes.
    request.sort(s -> s.field(f -> f.field(CatalogFields.ID).order(SortOrder.Asc)));
  }

  private static List<String> lower(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList();
  }
}
