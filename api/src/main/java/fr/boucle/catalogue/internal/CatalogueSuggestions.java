package fr.boucle.catalogue.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import fr.boucle.search.catalog.CatalogFields;
import fr.boucle.search.catalog.CatalogIndex;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ServiceUnavailable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Type-ahead over edge n-grams of titles, brands and categories. */
@Singleton
public class CatalogueSuggestions {

  private final ElasticsearchClient client;
  private final CatalogIndex index;

  CatalogueSuggestions(ElasticsearchClient client, CatalogIndex index) {
    this.client = client;
    this.index = index;
  }

  public List<String> suggest(String prefix) {
    try {
      var response =
          client.search(
              s ->
                  s.index(index.alias())
                      .size(30)
                      .source(src -> src.filter(f -> f.includes(CatalogFields.TITLE)))
                      .query(q ->
                          q.bool(b ->
                              b.must(m ->
                                      m.multiMatch(mm ->
                                          mm.query(prefix)
                                              .type(TextQueryType.BoolPrefix)
                                              .fields(
                                                  CatalogFields.TITLE_SUGGEST + "^2",
                                                  CatalogFields.SUGGEST)
                                              .operator(
                                                  co.elastic.clients.elasticsearch._types.query_dsl
                                                      .Operator.And)))
                                  .filter(f ->
                                      f.term(t ->
                                          t.field(CatalogFields.STATUS)
                                              .value(
                                                  fr.boucle.listing.ListingStatus.PUBLISHED
                                                      .name())))
                                  // Like the search's default: a suggestion always finds
                                  // its item.
                                  .filter(f ->
                                      f.term(t -> t.field(CatalogFields.IN_STOCK).value(true))))),
              Map.class);
      Set<String> titles = new LinkedHashSet<>();
      response
          .hits()
          .hits()
          .forEach(h -> titles.add(String.valueOf(h.source().get(CatalogFields.TITLE))));
      return titles.stream().limit(8).toList();
    } catch (IOException | RuntimeException e) {
      throw new ServiceUnavailable(ProblemCode.SUGGESTIONS_UNAVAILABLE, 30);
    }
  }
}
