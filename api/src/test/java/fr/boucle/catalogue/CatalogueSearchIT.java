package fr.boucle.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.catalogue.internal.CatalogueReconciliation;
import fr.boucle.catalogue.internal.CatalogueReindexer;
import fr.boucle.demo.DemoDataFixture;
import fr.boucle.organisation.ApiSession;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The catalogue search API over a generated catalogue in real PostgreSQL and Elasticsearch. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueSearchIT {

  /** Lowest nDCG@10 accepted over the judged queries; set from measurement (see README). */
  static final double NDCG_THRESHOLD = 0.85;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject DemoDataFixture demo;
  @Inject CatalogueReindexer reindexer;
  @Inject CatalogueReconciliation reconciliation;
  @Inject TransactionOperations<Connection> transactions;
  @Inject fr.boucle.shared.jdbc.Sql sql;

  @BeforeAll
  void catalogue() {
    demo.load(20261122L, 3_000);
    reindexer.reindex(done -> {});
  }

  SearchResult search(String query) {
    return client
        .toBlocking()
        .retrieve(HttpRequest.GET("/api/catalogue/search?" + query), SearchResult.class);
  }

  static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void frenchSpellingsTyposAndSynonymsFindFridges() {
    for (String query :
        List.of("réfrigérateur", "refrigerateurs", "frigo", "Réfrigérateurs", "refrigerateru")) {
      SearchResult result = search(q(query) + "&size=10");
      assertThat(result.total()).as(query).isPositive();
      assertThat(result.items())
          .as(query)
          .allSatisfy(i -> assertThat(i.categoryId()).isIn("refrigerateur", "congelateur"));
    }
    assertThat(search(q("ordinateur portabel") + "&size=5").items())
        .allSatisfy(i -> assertThat(i.categoryId()).isEqualTo("pc-portable"));
    assertThat(search(q("l'armoire") + "&size=5").items())
        .allSatisfy(i -> assertThat(i.categoryId()).isEqualTo("armoire"));
    SearchResult.Item first = search(q("frigo") + "&size=1").items().get(0);
    assertThat(first.priceExclVat()).matches("[0-9]+\\.[0-9]{2}");
    assertThat(first.priceExclVatCents())
        .isEqualTo(
            new java.math.BigDecimal(first.priceExclVat()).movePointRight(2).longValueExact());
    assertThat(first.supplier().id()).isNotBlank();
    assertThat(first.supplier().name()).isNotBlank();
    assertThat(first.supplier().insertionStatus()).isNotBlank();
  }

  @Test
  void facetsCountAndNarrow() {
    SearchResult all = search(q("chaise"));
    assertThat(all.facets())
        .containsKeys(
            "category",
            "condition",
            "origin",
            "insertion",
            "department",
            "supplier",
            "warranty",
            "price",
            "energyClass");
    SearchResult.FacetValue bonEtat =
        all.facets().get("condition").stream()
            .filter(f -> f.value().equals("BON_ETAT"))
            .findFirst()
            .orElseThrow();
    assertThat(bonEtat.count()).isPositive().isLessThan(all.total());

    SearchResult narrowed = search(q("chaise") + "&condition=BON_ETAT");
    assertThat(narrowed.total()).isEqualTo(bonEtat.count());
    assertThat(narrowed.items()).allSatisfy(i -> assertThat(i.condition()).isEqualTo("BON_ETAT"));
    // The condition facet still offers the other conditions (disjunctive counts).
    assertThat(narrowed.facets().get("condition")).hasSizeGreaterThan(1);

    SearchResult cheap = search(q("chaise") + "&priceMax=20.00&sort=price_desc&size=50");
    assertThat(cheap.items())
        .allSatisfy(i -> assertThat(i.priceExclVatCents()).isLessThanOrEqualTo(2000));
    List<Long> prices = cheap.items().stream().map(SearchResult.Item::priceExclVatCents).toList();
    assertThat(prices).isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  void distanceFiltersAndSorts() {
    SearchResult near = search("lat=50.6292&lon=3.0573&radiusKm=30&sort=distance&size=50");
    assertThat(near.total()).isPositive();
    List<Double> distances = near.items().stream().map(SearchResult.Item::distanceKm).toList();
    assertThat(distances).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(30.0)).isSorted();
    assertThat(near.items()).allSatisfy(i -> assertThat(i.depotDepartment()).isIn("59", "62"));
  }

  @Test
  void pagesAreStableAndDisjoint() {
    List<String> seen = new ArrayList<>();
    for (int page = 0; page < 5; page++) {
      search(q("bureau") + "&size=20&page=" + page).items().forEach(i -> seen.add(i.id()));
    }
    assertThat(seen).doesNotHaveDuplicates();
    List<String> again = new ArrayList<>();
    for (int page = 0; page < 5; page++) {
      search(q("bureau") + "&size=20&page=" + page).items().forEach(i -> again.add(i.id()));
    }
    assertThat(again).isEqualTo(seen);
  }

  @Test
  void badParametersAreNamedAndNeverReachElasticsearchRaw() {
    ApiSession anonymous = new ApiSession(client.toBlocking());
    HttpResponse<Map> bad =
        anonymous.exchange(
            HttpRequest.GET(
                "/api/catalogue/search?size=500&page=-1&priceMin=abc&sort=cheapest&lat=95&condition=NEUF&radiusKm=5"),
            Map.class);
    assertThat(bad.code()).isEqualTo(400);
    assertThat((List<Map<String, Object>>) ApiSession.problem(bad).get("errors"))
        .extracting(e -> e.get("field"))
        .contains("size", "page", "priceMin", "sort", "lat", "condition", "lon");
    for (String hostile :
        List.of(
            "title:(frigo OR *)", "\"unbalanced", "a AND (b OR", "*:*", "{\"query\":1}", "\\\\")) {
      HttpResponse<Map> r =
          anonymous.exchange(HttpRequest.GET("/api/catalogue/search?" + q(hostile)), Map.class);
      assertThat(r.code()).as(hostile).isEqualTo(200);
    }
    assertThat(
            anonymous
                .exchange(HttpRequest.GET("/api/catalogue/search?" + q("x".repeat(201))), Map.class)
                .code())
        .isEqualTo(400);
  }

  @Test
  void suggestionsCompleteWhatIsTyped() {
    List<String> suggestions =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/catalogue/suggest?q=refri"), Argument.listOf(String.class));
    assertThat(suggestions)
        .isNotEmpty()
        .allSatisfy(
            s -> assertThat(s.toLowerCase(Locale.FRENCH)).containsAnyOf("réfrigérateur", "frigo"));
  }

  @Test
  void aListingChangeBecomesSearchableThroughTheOutbox() throws Exception {
    String id =
        transactions.executeWrite(status -> {
          try (PreparedStatement ps =
                  status
                      .getConnection()
                      .prepareStatement(
                          "UPDATE listing SET title = 'Réfrigérateur Zanzibar 240 L' WHERE id = (SELECT id FROM listing"
                              + " WHERE status = 'PUBLISHED' AND category_id = 'refrigerateur' ORDER BY id LIMIT 1) RETURNING id");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
          }
        });
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    List<SearchResult.Item> found = List.of();
    while (Instant.now().isBefore(deadline) && found.isEmpty()) {
      found = search(q("zanzibar")).items();
      if (found.isEmpty()) {
        Thread.sleep(100);
      }
    }
    assertThat(found).extracting(SearchResult.Item::id).containsExactly(id);
    CatalogueReconciliation.Report report = reconciliation.check();
    while (report.pendingOutbox() > 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      report = reconciliation.check();
    }
    assertThat(report.consistent()).as("%s", report).isTrue();
  }

  /**
   * The reconciliation tells a change still on its way (its outbox row waits) from a lost one (no
   * row, the document behind): only the lost one is a difference.
   */
  @Test
  void reconciliationCountsAChangeInFlightButReportsALostOne() throws Exception {
    String id =
        sql.one(
                "SELECT id::text FROM listing WHERE status = 'PUBLISHED' ORDER BY id OFFSET 7 LIMIT 1",
                rs -> rs.getString(1))
            .orElseThrow();
    // In flight: changed, its outbox row held back for an hour.
    transactions.executeWrite(status -> {
      sql.update("UPDATE listing SET title = title || ' ' WHERE id = ?::uuid", id);
      sql.update(
          "UPDATE catalogue_outbox SET next_attempt_at = now() + interval '1 hour'"
              + " WHERE listing_id = ?::uuid",
          id);
      return null;
    });
    CatalogueReconciliation.Report inFlight = reconciliation.check();
    assertThat(inFlight.stale()).doesNotContain(id);
    assertThat(inFlight.inFlight()).isPositive();
    // Lost: the outbox row is gone while the document is still behind.
    sql.update("DELETE FROM catalogue_outbox WHERE listing_id = ?::uuid", id);
    CatalogueReconciliation.Report lost = reconciliation.check();
    assertThat(lost.stale()).contains(id);
    assertThat(lost.consistent()).isFalse();
    // Put right: a new change is relayed.
    sql.update("UPDATE listing SET title = rtrim(title) WHERE id = ?::uuid", id);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    CatalogueReconciliation.Report after = reconciliation.check();
    while (after.stale().contains(id) && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      after = reconciliation.check();
    }
    assertThat(after.stale()).doesNotContain(id);
  }

  @Test
  void judgedQueriesRankRelevantListingsFirst() throws Exception {
    List<String[]> judged = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("/relevance/judged-queries.tsv"),
                StandardCharsets.UTF_8))) {
      in.lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .forEach(l -> judged.add(l.split("\t", -1)));
    }
    assertThat(judged).hasSizeGreaterThanOrEqualTo(40);
    double sum = 0;
    StringBuilder report = new StringBuilder();
    for (String[] row : judged) {
      Set<String> relevant = Set.of(row[1].split(","));
      Set<String> partial =
          row.length > 2 && !row[2].isBlank() ? Set.of(row[2].split(",")) : Set.of();
      List<String> categories =
          search(q(row[0]) + "&size=10").items().stream()
              .map(SearchResult.Item::categoryId)
              .toList();
      double ndcg = Relevance.ndcgAt10(categories, relevant, partial);
      report.append(String.format(Locale.ROOT, "%-28s %.3f%n", row[0], ndcg));
      sum += ndcg;
    }
    double mean = sum / judged.size();
    System.out.printf(
        Locale.ROOT, "nDCG@10 over %d judged queries: %.4f%n%s", judged.size(), mean, report);
    assertThat(mean).as("mean nDCG@10\n%s", report).isGreaterThanOrEqualTo(NDCG_THRESHOLD);
  }
}
