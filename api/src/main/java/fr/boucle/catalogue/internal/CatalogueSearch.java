package fr.boucle.catalogue.internal;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import fr.boucle.catalogue.ListingSearch;
import fr.boucle.catalogue.SearchRequest;
import fr.boucle.catalogue.SearchResult;
import fr.boucle.search.catalog.CatalogDocument;
import fr.boucle.search.catalog.CatalogFields;
import fr.boucle.search.catalog.CatalogIndex;
import fr.boucle.shared.web.ProblemCode;
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

/**
 * French full-text catalogue search: typo-tolerant matching weighted towards titles, domain
 * synonyms, highlights, geography, and facet counts computed the way shoppers expect (each facet
 * counts with every other filter applied but its own).
 */
@Singleton
public class CatalogueSearch implements ListingSearch {

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

  @Override
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
    return new ServiceUnavailable(ProblemCode.SEARCH_UNAVAILABLE, 30);
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
    return CatalogueQuery.build(r, index.alias());
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
}
