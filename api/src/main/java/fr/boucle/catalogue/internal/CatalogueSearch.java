package fr.boucle.catalogue.internal;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import fr.boucle.catalogue.BuyerAwards;
import fr.boucle.catalogue.SearchRequest;
import fr.boucle.catalogue.SearchResult;
import fr.boucle.search.catalog.CatalogDocument;
import fr.boucle.search.catalog.CatalogFields;
import fr.boucle.search.catalog.CatalogIndex;
import fr.boucle.shared.web.ProblemException;
import fr.boucle.shared.web.ServiceUnavailable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * French full-text catalogue search: typo-tolerant matching weighted towards titles, domain
 * synonyms, highlights, geography, and facet counts computed the way shoppers expect (each facet
 * counts with every other filter applied but its own).
 */
@Singleton
public class CatalogueSearch {

  private static final List<String> TEXT_FIELDS =
      List.of(
          CatalogFields.TITLE + "^4",
          CatalogFields.TITLE + ".folded^2",
          CatalogFields.CATEGORY_LABELS + "^2",
          CatalogFields.BRAND_TEXT + "^2",
          CatalogFields.MODEL_TEXT,
          CatalogFields.DESCRIPTION);

  /** What a result card shows: descriptions, labels and suggestion fields stay in the index. */
  private static final List<String> CARD_FIELDS =
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

  private static final Map<String, long[]> PRICE_RANGES = new LinkedHashMap<>();

  static {
    PRICE_RANGES.put("0-50", new long[] {0, 5_000});
    PRICE_RANGES.put("50-200", new long[] {5_000, 20_000});
    PRICE_RANGES.put("200-500", new long[] {20_000, 50_000});
    PRICE_RANGES.put("500+", new long[] {50_000, Long.MAX_VALUE});
  }

  private final ElasticsearchClient client;
  private final ElasticsearchAsyncClient asyncClient;
  private final CatalogIndex index;

  CatalogueSearch(ElasticsearchClient client, CatalogIndex index) {
    this.client = client;
    this.asyncClient = new ElasticsearchAsyncClient(client._transport());
    this.index = index;
  }

  /** The Elasticsearch request body a search sends, for benchmarks and diagnosis. */
  public String explain(SearchRequest r) {
    return co.elastic.clients.json.JsonpUtils.toJsonString(
        build(r), client._transport().jsonpMapper());
  }

  public SearchResult search(SearchRequest r) {
    SearchResponse<CatalogDocument> response;
    try {
      response = client.search(build(r), CatalogDocument.class);
    } catch (IOException | RuntimeException e) {
      throw unavailable();
    }
    return result(response, r);
  }

  /**
   * The same search without holding a thread while Elasticsearch works: the answer is mapped on the
   * client's I/O thread. Fails with the same 503 problem as {@link #search}.
   */
  public CompletableFuture<SearchResult> searchAsync(SearchRequest r) {
    CompletableFuture<SearchResult> result = new CompletableFuture<>();
    CompletableFuture<SearchResponse<CatalogDocument>> sent;
    try {
      sent = asyncClient.search(build(r), CatalogDocument.class);
    } catch (RuntimeException e) {
      result.completeExceptionally(unavailable());
      return result;
    }
    sent.whenComplete((response, error) -> {
      if (error != null) {
        result.completeExceptionally(unavailable());
        return;
      }
      try {
        result.complete(result(response, r));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  /** Elasticsearch does not answer: Boucle stays up, the catalogue says when to come back. */
  private static ProblemException unavailable() {
    return new ServiceUnavailable(
        "Catalogue search is temporarily unavailable. Please try again in a moment.", 30);
  }

  private static SearchResult result(SearchResponse<CatalogDocument> response, SearchRequest r) {
    List<SearchResult.Item> items = new ArrayList<>();
    for (Hit<CatalogDocument> hit : response.hits().hits()) {
      items.add(item(hit, r));
    }
    long total = response.hits().total() == null ? items.size() : response.hits().total().value();
    return new SearchResult(
        total,
        r.page(),
        r.size(),
        items,
        facets(response.aggregations()),
        r.orderableAwards() != null);
  }

  private co.elastic.clients.elasticsearch.core.SearchRequest build(SearchRequest r) {
    return build(r, index.alias());
  }

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

  private static Map<String, List<SearchResult.FacetValue>> facets(
      Map<String, Aggregate> aggregations) {
    Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
    aggregations.forEach((name, wrapper) -> {
      Aggregate values = wrapper.filter().aggregations().get("values");
      List<SearchResult.FacetValue> list = new ArrayList<>();
      if (values.isSterms()) {
        for (StringTermsBucket bucket : values.sterms().buckets().array()) {
          String label = null;
          Aggregate nameAgg = bucket.aggregations().get("name");
          if (nameAgg != null
              && nameAgg.isSterms()
              && !nameAgg.sterms().buckets().array().isEmpty()) {
            label = nameAgg.sterms().buckets().array().get(0).key().stringValue();
          }
          String value = bucket.key().stringValue();
          if (name.equals("condition") || name.equals("origin")) {
            value = value.toUpperCase(java.util.Locale.ROOT); // the API speaks enum names
          }
          list.add(new SearchResult.FacetValue(value, label, bucket.docCount()));
        }
      } else if (values.isFilters()) {
        values
            .filters()
            .buckets()
            .keyed()
            .forEach((key, bucket) ->
                list.add(new SearchResult.FacetValue(key, null, bucket.docCount())));
        list.sort(
            (a, b) -> Integer.compare(Integer.parseInt(a.value()), Integer.parseInt(b.value())));
      } else if (values.isRange()) {
        values
            .range()
            .buckets()
            .array()
            .forEach(bucket ->
                list.add(new SearchResult.FacetValue(bucket.key(), null, bucket.docCount())));
      }
      facets.put(name, list);
    });
    return facets;
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

  private static SearchResult.Item item(Hit<CatalogDocument> hit, SearchRequest r) {
    CatalogDocument d = hit.source();
    Double distance = null;
    if (r.hasLocation() && d.depotLocation() != null) {
      distance =
          Math.round(
                  haversineKm(
                          r.latitude(),
                          r.longitude(),
                          d.depotLocation().lat(),
                          d.depotLocation().lon())
                      * 10)
              / 10.0;
    }
    List<String> titleHighlight = hit.highlight().get(CatalogFields.TITLE);
    List<String> descriptionHighlight = hit.highlight().get(CatalogFields.DESCRIPTION);
    return new SearchResult.Item(
        d.id(),
        d.title(),
        BigDecimal.valueOf(d.priceExclVatCents(), 2).toPlainString(),
        d.priceExclVatCents(),
        d.vatRate(),
        d.condition() == null ? null : d.condition().name(),
        d.origin() == null ? null : d.origin().name(),
        d.warrantyMonths(),
        d.energyClass(),
        d.categoryId(),
        d.availableQuantity(),
        new SearchResult.Supplier(
            d.supplierId(),
            d.supplierName(),
            d.insertionStatus() == null ? null : d.insertionStatus().name(),
            d.insertionFamily() == null ? null : d.insertionFamily().name()),
        d.depotDepartment(),
        distance,
        d.photoUrl(),
        titleHighlight == null || titleHighlight.isEmpty() ? null : titleHighlight.get(0),
        descriptionHighlight == null || descriptionHighlight.isEmpty()
            ? null
            : descriptionHighlight.get(0));
  }

  static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  private static List<String> lower(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList();
  }
}
