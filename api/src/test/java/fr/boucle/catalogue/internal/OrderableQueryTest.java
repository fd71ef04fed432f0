package fr.boucle.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import fr.boucle.catalogue.BuyerAwards;
import fr.boucle.catalogue.SearchRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The "orderable for me" filter as it reaches Elasticsearch. */
class OrderableQueryTest {

  private static final UUID FRIDGES = UUID.fromString("00000000-0000-4000-8000-000000000001");
  private static final UUID CHAIRS = UUID.fromString("00000000-0000-4000-8000-000000000002");

  private static String json(List<BuyerAwards.Award> awards) {
    SearchRequest r =
        new SearchRequest(
            "frigo",
            null,
            List.of(),
            List.of(),
            null,
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            true,
            null,
            null,
            null,
            SearchRequest.Sort.RELEVANCE,
            0,
            20,
            awards);
    return JsonpUtils.toJsonString(
        CatalogueQuery.build(r, "catalog-test"), new JacksonJsonpMapper());
  }

  @Test
  void searchesTheWholeMarketWithoutAwardsToApply() {
    assertThat(json(null)).doesNotContain("supplierId\":{").doesNotContain("match_none");
  }

  @Test
  void matchesNothingWhenTheBuyerHoldsNoAward() {
    assertThat(json(List.of())).contains("\"match_none\":{}");
  }

  @Test
  void pairsEachAwardedSupplierWithTheCategoriesItsLotCovers() {
    String json =
        json(
            List.of(
                new BuyerAwards.Award(FRIDGES, Set.of("gros-electromenager")),
                new BuyerAwards.Award(CHAIRS, Set.of("chaise", "siege-bureau"))));
    assertThat(json)
        .contains(
            "{\"bool\":{\"filter\":[{\"term\":{\"supplierId\":{\"value\":\""
                + FRIDGES
                + "\"}}},"
                + "{\"terms\":{\"categoryPath\":[\"gros-electromenager\"]}}]}}")
        .contains(
            "{\"bool\":{\"filter\":[{\"term\":{\"supplierId\":{\"value\":\""
                + CHAIRS
                + "\"}}},"
                + "{\"terms\":{\"categoryPath\":[\"chaise\",\"siege-bureau\"]}}]}}")
        .contains("\"minimum_should_match\":\"1\"")
        .doesNotContain("match_none");
  }

  @Test
  void anAwardWithoutCategoriesAllowsNothing() {
    assertThat(json(List.of(new BuyerAwards.Award(FRIDGES, Set.of()))))
        .contains("\"match_none\":{}")
        .doesNotContain(FRIDGES.toString());
  }
}
