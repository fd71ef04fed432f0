package fr.boucle.listing;

import static fr.boucle.listing.StockFixtures.LISTING_PAGE;
import static fr.boucle.listing.StockFixtures.MOVEMENT_PAGE;
import static fr.boucle.listing.StockFixtures.aDepot;
import static fr.boucle.listing.StockFixtures.aDraft;
import static fr.boucle.listing.StockFixtures.aFridge;
import static fr.boucle.listing.StockFixtures.adjusted;
import static fr.boucle.listing.StockFixtures.available;
import static fr.boucle.listing.StockFixtures.create;
import static fr.boucle.listing.StockFixtures.created;
import static fr.boucle.listing.StockFixtures.fieldErrors;
import static fr.boucle.listing.StockFixtures.move;
import static fr.boucle.listing.StockFixtures.received;
import static fr.boucle.listing.StockFixtures.sold;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.web.Page;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The supplier's stock API against the real PostgreSQL: listings, ledger, upsert, change feed. */
@MicronautTest(transactional = false)
class StockIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject fr.boucle.shared.jdbc.Sql sql;

  AccessFixtures fixtures;
  AccessFixtures.Org supplier;
  UUID depotId;

  @BeforeEach
  void supplierWithADepot() {
    fixtures = new AccessFixtures(client.toBlocking());
    supplier = fixtures.supplier("Envie Test " + System.nanoTime());
    depotId = aDepot(supplier.admin(), "Dépôt de Montreuil");
  }

  private ListingViews.ListingView status(UUID id, String status) {
    HttpResponse<ListingViews.ListingView> r =
        supplier
            .admin()
            .exchange(
                HttpRequest.POST("/api/stock/listings/" + id + "/status", Map.of("status", status)),
                ListingViews.ListingView.class);
    assertThat(r.code()).isEqualTo(200);
    return r.body();
  }

  private ListingViews.ListingView moved(UUID id, StockChange change) {
    HttpResponse<ListingViews.ListingView> r = move(supplier.admin(), id, change);
    assertThat(r.code()).as("move %s", r.getBody(Map.class).orElse(null)).isEqualTo(200);
    return r.body();
  }

  private ListingViews.ListingView listing(UUID id) {
    return supplier.admin().get("/api/stock/listings/" + id, ListingViews.ListingView.class);
  }

  private Page<ListingViews.ListingRow> table(ApiSession session, String query) {
    HttpResponse<Page<ListingViews.ListingRow>> r =
        session.exchange(HttpRequest.GET("/api/stock/listings" + query), LISTING_PAGE);
    assertThat(r.code()).isEqualTo(200);
    return r.body();
  }

  private List<ListingViews.Movement> ledger(UUID id) {
    HttpResponse<Page<ListingViews.Movement>> r =
        supplier
            .admin()
            .exchange(HttpRequest.GET("/api/stock/listings/" + id + "/movements"), MOVEMENT_PAGE);
    assertThat(r.code()).isEqualTo(200);
    return r.body().items();
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsWritten() {
    StockFixtures.Draft bad =
        aDraft()
            .sku(" ")
            .title("x")
            .category("gros-electromenager") // not a leaf
            .condition("NEUF")
            .price("12.345")
            .vatRate("19.6")
            .kind("UNIQUE_ITEM")
            .quantity(3)
            .energyClass("A+++")
            .deliveredTo("93", "999999");
    HttpResponse<ListingViews.ListingView> r = create(supplier.admin(), bad);
    assertThat(r.code()).isEqualTo(400);
    assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    assertThat(fieldErrors(r))
        .containsKeys(
            "sku",
            "title",
            "categoryId",
            "condition",
            "origin",
            "priceExclVat",
            "vatRate",
            "quantity",
            "energyClass",
            "deliveryDepartments");
    assertThat(table(supplier.admin(), "").total()).isZero();
  }

  @Test
  void aListingIsCreatedPublishedSoldOutAndRestockedThroughTheLedger() {
    HttpResponse<ListingViews.ListingView> created = create(supplier.admin(), aFridge("FR-001"));
    assertThat(created.code()).isEqualTo(201);
    ListingViews.ListingView listing = created.body();
    UUID id = listing.id();
    assertThat(listing.availableQuantity()).isEqualTo(4);
    assertThat(listing.status()).isEqualTo("DRAFT");
    assertThat(listing.depotId()).isEqualTo(depotId); // the only depot is the default
    assertThat(listing.depotName()).isEqualTo("Dépôt de Montreuil");
    assertThat(listing.priceExclVat()).isEqualTo("189.90");
    assertThat(listing.priceInclVat()).isEqualTo("227.88");
    assertThat(listing.weightKg()).isEqualTo("62.5");

    ListingViews.ListingView published = status(id, "PUBLISHED");
    assertThat(published.status()).isEqualTo("PUBLISHED");
    assertThat(published.publishedAt()).isNotNull();

    ListingViews.ListingView soldOut =
        moved(id, new StockChange("SOLD", 4, null, "Vente en boutique", null));
    assertThat(soldOut.availableQuantity()).isEqualTo(0);
    assertThat(soldOut.status()).isEqualTo("SOLD_OUT");

    HttpResponse<ListingViews.ListingView> tooMany = move(supplier.admin(), id, sold(1));
    assertThat(tooMany.code()).isEqualTo(400);
    assertThat(fieldErrors(tooMany)).containsKey("quantity");

    HttpResponse<ListingViews.ListingView> noReason = move(supplier.admin(), id, adjusted(2, null));
    assertThat(fieldErrors(noReason)).containsKey("reason");

    ListingViews.ListingView restocked = moved(id, received(2, "Arrivage"));
    assertThat(restocked.availableQuantity()).isEqualTo(2);
    assertThat(restocked.status()).isEqualTo("PUBLISHED");

    ListingViews.ListingView counted = moved(id, available(7, "Inventaire"));
    assertThat(counted.availableQuantity()).isEqualTo(7);

    List<ListingViews.Movement> rows = ledger(id);
    assertThat(rows)
        .extracting(m -> m.kind() + ":" + m.quantity())
        .containsExactly("ADJUSTED:5", "RECEIVED:2", "SOLD:-4", "RECEIVED:4");
    assertThat(rows.stream().mapToInt(ListingViews.Movement::quantity).sum()).isEqualTo(7);
    assertThat(rows.get(0).actor()).isNotNull();
    assertThat(rows.get(0).reason()).isEqualTo("Inventaire");
    assertThat(rows.get(0).reasonCode()).as("a person's words have no code").isNull();
    assertThat(rows.get(3).reason()).isEqualTo("Created");
    assertThat(rows.get(3).reasonCode()).isEqualTo("stock-reason-created");
  }

  @Test
  void aUniqueItemIsOneUnit() {
    ListingViews.ListingView listing =
        created(supplier.admin(), aFridge("FR-SERIAL-1").uniqueItem("SN-42"));
    HttpResponse<ListingViews.ListingView> second =
        move(supplier.admin(), listing.id(), new StockChange("RECEIVED", 1, null, null, null));
    assertThat(second.code()).isEqualTo(400);
    assertThat(fieldErrors(second).get("quantity")).contains("unique item");
  }

  @Test
  void anEditMadeOnAStaleVersionIsRefusedInsteadOfLosingTheOtherChange() {
    ListingViews.ListingView listing = created(supplier.admin(), aFridge("FR-002"));
    UUID id = listing.id();
    String version = Long.toString(listing.version());
    HttpResponse<ListingViews.ListingView> ok =
        supplier
            .admin()
            .exchange(
                HttpRequest.PUT(
                        "/api/stock/listings/" + id,
                        aFridge("FR-002").title("Réfrigérateur combiné Bosch").build())
                    .header("If-Match", "\"" + version + "\""),
                ListingViews.ListingView.class);
    assertThat(ok.code()).isEqualTo(200);
    assertThat(ok.body().title()).isEqualTo("Réfrigérateur combiné Bosch");
    HttpResponse<ListingViews.ListingView> conflict =
        supplier
            .admin()
            .exchange(
                HttpRequest.PUT(
                        "/api/stock/listings/" + id,
                        aFridge("FR-002").title("Titre écrasé").build())
                    .header("If-Match", "\"" + version + "\""),
                ListingViews.ListingView.class);
    assertThat(conflict.code()).isEqualTo(409);
    assertThat(listing(id).title()).isEqualTo("Réfrigérateur combiné Bosch");
  }

  @Test
  void upsertBySkuIsIdempotentAndTheChangeFeedNeverSkips() throws InterruptedException {
    String token = apiToken(List.of("stock:read", "stock:write"));
    ApiSession erp = ApiSession.bearer(client.toBlocking(), token);

    String cursor = erp.get("/api/stock/changes", ListingViews.Changes.class).next();

    StockFixtures.Draft body = aFridge(null).published();
    ListingViews.Upserted first = upsert(erp, "ERP-77", body);
    assertThat(first.outcome()).isEqualTo("CREATED");
    assertThat(first.listing().status()).isEqualTo("PUBLISHED");
    ListingViews.Upserted again = upsert(erp, "ERP-77", body);
    assertThat(again.outcome()).isEqualTo("UNCHANGED");
    assertThat(again.stockDelta()).isEqualTo(0);
    ListingViews.Upserted less = upsert(erp, "ERP-77", body.quantity(1));
    assertThat(less.outcome()).isEqualTo("UPDATED");
    assertThat(less.stockDelta()).isEqualTo(-3);

    // A change shows once every older transaction has ended (the catalogue relay may be
    // mid-flight), so read the feed until it holds the two changes (created with its opening
    // stock, then the adjustment).
    ListingViews.Changes changes =
        erp.get("/api/stock/changes?cursor=" + cursor, ListingViews.Changes.class);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (changes.changes().size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(50);
      changes = erp.get("/api/stock/changes?cursor=" + cursor, ListingViews.Changes.class);
    }
    List<ListingViews.Change> list = changes.changes();
    assertThat(list)
        .extracting(ListingViews.Change::type)
        .containsExactly("CREATED", "STOCK_CHANGED");
    assertThat(list).extracting(c -> c.listing().availableQuantity()).containsExactly(4, 1);
    assertThat(list).allSatisfy(c -> assertThat(c.actor()).startsWith("API: "));
    String next = changes.next();
    ListingViews.Changes nothing =
        erp.get("/api/stock/changes?cursor=" + next, ListingViews.Changes.class);
    assertThat(nothing.changes()).isEmpty();
    assertThat(nothing.next()).isEqualTo(next);

    HttpResponse<Map> badCursor =
        erp.exchange(HttpRequest.GET("/api/stock/changes?cursor=abc"), Map.class);
    assertThat(badCursor.code()).isEqualTo(400);
    assertThat(fieldErrors(badCursor)).containsKey("cursor");
  }

  private static ListingViews.Upserted upsert(
      ApiSession erp, String sku, StockFixtures.Draft draft) {
    HttpResponse<ListingViews.Upserted> r =
        erp.exchange(
            HttpRequest.PUT("/api/stock/skus/" + sku, draft.build()), ListingViews.Upserted.class);
    assertThat(r.code()).as("upsert %s", r.getBody(Map.class).orElse(null)).isEqualTo(200);
    return r.body();
  }

  @Test
  void aReadOnlyTokenCannotWriteAndABuyerHasNoStock() {
    ApiSession reader = ApiSession.bearer(client.toBlocking(), apiToken(List.of("stock:read")));
    assertThat(reader.exchange(HttpRequest.GET("/api/stock/listings"), LISTING_PAGE).code())
        .isEqualTo(200);
    assertThat(create(reader, aFridge("RO-1")).code()).isEqualTo(403);
    AccessFixtures.Org buyer = fixtures.buyer("Acheteur Test " + System.nanoTime());
    assertThat(buyer.admin().exchange(HttpRequest.GET("/api/stock/listings"), Map.class).code())
        .isEqualTo(403);
  }

  @Test
  void aStockTokenReachesNothingOutsideItsScopes() {
    ApiSession reader = ApiSession.bearer(client.toBlocking(), apiToken(List.of("stock:read")));
    for (String path :
        List.of(
            "/api/organisation/members",
            "/api/organisation/api-tokens",
            "/api/organisation/audit",
            "/api/orders",
            "/api/agreements")) {
      HttpResponse<Map> r = reader.exchange(HttpRequest.GET(path), Map.class);
      assertThat(r.code()).as(path).isEqualTo(403);
      assertThat((String) ApiSession.problem(r).get("type")).endsWith("/api-token-scope");
      assertThat(String.valueOf(r.body())).doesNotContain("@");
    }
    assertThat(
            reader
                .exchange(HttpRequest.GET("/api/stock/changes"), ListingViews.Changes.class)
                .code())
        .isEqualTo(200);
  }

  @Test
  void theTableFiltersSortsAndPages() {
    for (int i = 0; i < 7; i++) {
      created(
          supplier.admin(),
          aFridge("T-" + i)
              .title("Chaise de bureau " + (char) ('A' + i))
              .category("siege-bureau")
              .price(String.valueOf(10 + i))
              .energyClass(null));
    }
    created(supplier.admin(), aFridge("F-1"));
    Page<ListingViews.ListingRow> page =
        table(supplier.admin(), "?q=chaise&sort=-price&size=3&page=1");
    assertThat(page.total()).isEqualTo(7);
    assertThat(page.items())
        .extracting(ListingViews.ListingRow::sku)
        .containsExactly("T-3", "T-2", "T-1");
    assertThat(page.items())
        .allSatisfy(row -> assertThat(row.depotName()).isEqualTo("Dépôt de Montreuil"));
    Page<ListingViews.ListingRow> fridges =
        table(supplier.admin(), "?categoryId=gros-electromenager");
    assertThat(fridges.items()).extracting(ListingViews.ListingRow::sku).containsExactly("F-1");
    HttpResponse<Map> badSort =
        supplier
            .admin()
            .exchange(HttpRequest.GET("/api/stock/listings?sort=colour&status=SOLD"), Map.class);
    assertThat(fieldErrors(badSort)).containsKeys("sort", "status");
  }

  @Test
  void concurrentSalesNeverTakeStockBelowZero() throws Exception {
    UUID id = created(supplier.admin(), aFridge("RACE-1")).id();
    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Future<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      calls.add(pool.submit(() -> move(supplier.admin(), id, sold(1)).code()));
    }
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> f : calls) {
      codes.add(f.get());
    }
    pool.shutdown();
    Map<Integer, Long> byCode =
        codes.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    assertThat(byCode).containsEntry(200, 4L).containsEntry(400, 20L);
    ListingViews.ListingView after = listing(id);
    assertThat(after.availableQuantity()).isEqualTo(0);
    assertThat(after.status()).isEqualTo("DRAFT");
  }

  @Test
  void anOpeningMovementThatDoesNotMatchItsListingIsRefusedByTheDatabase() {
    UUID id = created(supplier.admin(), aFridge("OPEN-1")).id();
    Throwable refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            RuntimeException.class,
            () ->
                sql.update(
                    "INSERT INTO stock_movement (listing_id, kind, quantity, actor, opening)"
                        + " VALUES (?, 'RECEIVED', 3, 'test', true)",
                    id));
    while (refused != null && !(refused instanceof java.sql.SQLException)) {
      refused = refused.getCause();
    }
    assertThat(refused).isNotNull();
    assertThat(((java.sql.SQLException) refused).getSQLState()).isEqualTo("23514");
    assertThat(listing(id).availableQuantity()).isEqualTo(4);
    assertThat(ledger(id))
        .extracting(m -> m.kind() + ":" + m.quantity())
        .containsExactly("RECEIVED:4");
  }

  private String apiToken(List<String> scopes) {
    HttpResponse<Map> r =
        supplier
            .admin()
            .exchange(
                HttpRequest.POST(
                    "/api/organisation/api-tokens",
                    Map.of("name", "ERP " + scopes, "scopes", scopes)),
                Map.class);
    return (String) r.body().get("secret");
  }
}
