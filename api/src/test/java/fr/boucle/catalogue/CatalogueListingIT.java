package fr.boucle.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.catalogue.internal.CatalogueReindexer;
import fr.boucle.demo.DemoAccounts;
import fr.boucle.demo.DemoDataFixture;
import fr.boucle.organisation.ApiSession;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public listing page and the buyer-only search options (origin service, "orderable for me"),
 * on real PostgreSQL and Elasticsearch. Until the agreements area provides awards, the fallback
 * gives none: a buyer's default search is empty and says it was limited.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueListingIT {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject DemoDataFixture demo;
  @Inject BuyerAwards buyerAwards;
  @Inject fr.boucle.shared.jdbc.Sql sql;

  private List<String> categoryPath(String categoryId) {
    return sql.list(
        "WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM category WHERE id = ?"
            + " UNION ALL SELECT c.id, c.parent_id FROM category c JOIN up ON c.id = up.parent_id)"
            + " SELECT id FROM up",
        rs -> rs.getString("id"),
        categoryId);
  }

  @Inject CatalogueReindexer reindexer;
  @Inject TransactionOperations<Connection> transactions;

  @BeforeAll
  void catalogue() {
    demo.load(20261201L, 400);
    reindexer.reindex(done -> {});
  }

  private List<Map<String, Object>> rows(String sql, Object... params) {
    return transactions.executeRead(status -> {
      try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        List<Map<String, Object>> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Map<String, Object> row = new java.util.HashMap<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
              row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
            }
            result.add(row);
          }
        }
        return result;
      }
    });
  }

  private String listingWithStatus(String status) {
    return String.valueOf(
        rows(
                "SELECT l.id FROM listing l JOIN organisation o ON o.id = l.supplier_id"
                    + " WHERE l.status = ? AND o.status = 'ACTIVE' ORDER BY l.id LIMIT 1",
                status)
            .get(0)
            .get("id"));
  }

  private ApiSession anonymous() {
    return new ApiSession(client.toBlocking());
  }

  @Test
  @SuppressWarnings("unchecked")
  void showsAPublishedListingFromPostgresqlWithExactPricesStockAndDepot() {
    String id = listingWithStatus("PUBLISHED");
    Map<String, Object> row =
        rows(
                "SELECT l.title, l.price_excl_vat_cents, l.vat_rate_bp, c.label_fr, p.label_fr AS"
                    + " parent_label, o.siret, d.city, d.latitude, d.longitude,"
                    + " (SELECT sum(quantity) FROM stock_movement m WHERE m.listing_id = l.id) AS"
                    + " stock FROM listing l JOIN category c ON c.id = l.category_id"
                    + " JOIN category p ON p.id = c.parent_id"
                    + " JOIN organisation o ON o.id = l.supplier_id"
                    + " JOIN depot d ON d.id = l.depot_id WHERE l.id = ?",
                UUID.fromString(id))
            .get(0);

    ListingDetails listing = anonymous().get("/api/catalogue/listings/" + id, ListingDetails.class);

    assertThat(listing.title()).isEqualTo(row.get("title"));
    assertThat(listing.categoryPath())
        .extracting(ListingDetails.CategoryRef::label)
        .containsExactly((String) row.get("parent_label"), (String) row.get("label_fr"));
    long cents = ((Number) row.get("price_excl_vat_cents")).longValue();
    int vat = ((Number) row.get("vat_rate_bp")).intValue();
    long incl =
        BigDecimal.valueOf(cents * (10_000L + vat))
            .divide(BigDecimal.valueOf(10_000L), 0, RoundingMode.HALF_UP)
            .longValueExact();
    assertThat(listing.priceExclVatCents()).isEqualTo(cents);
    assertThat(listing.priceExclVat()).isEqualTo(BigDecimal.valueOf(cents, 2).toPlainString());
    assertThat(listing.priceInclVatCents()).isEqualTo(incl);
    assertThat(listing.priceInclVat()).isEqualTo(BigDecimal.valueOf(incl, 2).toPlainString());
    assertThat((long) listing.availableQuantity())
        .isEqualTo(((Number) row.get("stock")).longValue());
    assertThat(listing.supplier().siret()).isEqualTo(row.get("siret"));
    assertThat(listing.depot().city()).isEqualTo(row.get("city"));
    assertThat(new BigDecimal(listing.depot().latitude()))
        .isEqualByComparingTo((BigDecimal) row.get("latitude"));
    assertThat(listing.photos()).isEmpty();
    assertThat(listing.distanceKm()).isNull();

    ListingDetails fromParis =
        anonymous()
            .get("/api/catalogue/listings/" + id + "?lat=48.8566&lon=2.3522", ListingDetails.class);
    assertThat(fromParis.distanceKm()).isPositive();

    String soldOut = listingWithStatus("SOLD_OUT");
    ListingDetails soldOutPage =
        anonymous().get("/api/catalogue/listings/" + soldOut, ListingDetails.class);
    assertThat(soldOutPage.status()).isEqualTo("SOLD_OUT");
    assertThat(soldOutPage.availableQuantity()).isZero();
  }

  @Test
  void answersNotFoundForDraftsArchivedUnknownAndMalformedIds() {
    for (String id :
        List.of(
            listingWithStatus("DRAFT"),
            listingWithStatus("ARCHIVED"),
            UUID.randomUUID().toString(),
            "not-a-listing")) {
      HttpResponse<Map> response =
          anonymous().exchange(HttpRequest.GET("/api/catalogue/listings/" + id), Map.class);
      assertThat(response.code()).as(id).isEqualTo(404);
      assertThat(response.getContentType().orElseThrow().toString())
          .isEqualTo("application/problem+json");
    }
  }

  @Test
  void onlyASignedInBuyerCanSearchFromOneOfTheirOwnServices() {
    String id = listingWithStatus("PUBLISHED");
    String creches =
        String.valueOf(
            rows("SELECT ps.service_id FROM person_service ps JOIN person p ON p.id ="
                    + " ps.person_id WHERE p.email = 'demandeur@boucle.demo'")
                .get(0)
                .get("service_id"));
    String otherOrganisationsService =
        String.valueOf(
            rows("SELECT s.id FROM buyer_service s WHERE s.organisation_id <> (SELECT"
                    + " organisation_id FROM person WHERE email = 'demandeur@boucle.demo')"
                    + " LIMIT 1")
                .get(0)
                .get("id"));

    HttpResponse<Map> anonymousTry =
        anonymous()
            .exchange(
                HttpRequest.GET("/api/catalogue/search?q=frigo&service=" + creches), Map.class);
    assertThat(anonymousTry.code()).isEqualTo(400);
    assertThat(ApiSession.problem(anonymousTry).toString()).contains("service");
    HttpResponse<Map> noOrigin =
        anonymous()
            .exchange(HttpRequest.GET("/api/catalogue/search?service=&sort=distance"), Map.class);
    assertThat(noOrigin.code()).isEqualTo(400);
    assertThat(ApiSession.problem(noOrigin).toString()).contains("sort");

    ApiSession requester =
        new ApiSession(client.toBlocking()).login("demandeur@boucle.demo", DemoAccounts.PASSWORD);
    ListingDetails page =
        requester.get(
            "/api/catalogue/listings/" + id + "?service=" + creches, ListingDetails.class);
    assertThat(page.distanceKm()).isNotNegative();

    HttpResponse<Map> foreign =
        requester.exchange(
            HttpRequest.GET(
                "/api/catalogue/search?orderable=false&service=" + otherOrganisationsService),
            Map.class);
    assertThat(foreign.code()).isEqualTo(400);
    assertThat(ApiSession.problem(foreign).toString()).contains("service");

    SearchResult near =
        requester.get(
            "/api/catalogue/search?orderable=false&sort=distance&radiusKm=1000&service=" + creches,
            SearchResult.class);
    assertThat(near.items())
        .isNotEmpty()
        .allSatisfy(item -> assertThat(item.distanceKm()).isNotNull());
  }

  @Test
  @SuppressWarnings("unchecked")
  void aBuyerSeesWhatItsAgreementsLetItOrderAndCanSeeTheWholeMarket() {
    ApiSession requester =
        new ApiSession(client.toBlocking()).login("demandeur@boucle.demo", DemoAccounts.PASSWORD);
    Map<String, Object> me = requester.get("/api/auth/me", Map.class);
    UUID buyer = UUID.fromString((String) me.get("organisationId"));
    List<BuyerAwards.Award> awards = buyerAwards.activeAwards(buyer, LocalDate.now());
    assertThat(awards).as("the demo gives the buyer active agreements").isNotEmpty();

    SearchResult mine = requester.get("/api/catalogue/search?size=50", SearchResult.class);
    SearchResult market =
        requester.get("/api/catalogue/search?orderable=false", SearchResult.class);
    assertThat(mine.orderable()).isTrue();
    assertThat(market.orderable()).isFalse();
    assertThat(mine.total()).isPositive().isLessThan(market.total());
    // Every orderable item comes from a supplier awarded a lot whose scope covers its category.
    for (SearchResult.Item item : mine.items()) {
      String supplierId = item.supplier().id();
      List<String> path = categoryPath(item.categoryId());
      assertThat(awards)
          .as("award covering %s", item.title())
          .anySatisfy(a -> {
            assertThat(a.supplierId().toString()).isEqualTo(supplierId);
            assertThat(a.categoryIds()).containsAnyElementsOf(path);
          });
    }

    // Anyone else always searches the whole market, whatever they ask.
    SearchResult visitor =
        anonymous().get("/api/catalogue/search?orderable=true", SearchResult.class);
    assertThat(visitor.total()).isEqualTo(market.total());
    assertThat(visitor.orderable()).isFalse();
    ApiSession supplier =
        new ApiSession(client.toBlocking()).login("fournisseur@boucle.demo", DemoAccounts.PASSWORD);
    assertThat(supplier.get("/api/catalogue/search", SearchResult.class).total())
        .isEqualTo(market.total());
  }
}
