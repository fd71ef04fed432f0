package fr.boucle.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The supplier's stock API against the real PostgreSQL: listings, ledger, upsert, change feed. */
@MicronautTest(transactional = false)
@SuppressWarnings({"unchecked", "rawtypes"})
class StockIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject DataSource dataSource;
  @Inject fr.boucle.shared.jdbc.Sql sql;

  AccessFixtures fixtures;
  AccessFixtures.Org supplier;
  String depotId;

  @BeforeEach
  void supplierWithADepot() {
    fixtures = new AccessFixtures(client.toBlocking());
    supplier = fixtures.supplier("Envie Test " + System.nanoTime());
    depotId = depot(supplier.admin(), "Dépôt de Montreuil");
  }

  static String depot(ApiSession admin, String name) {
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("name", name);
    site.put("street", "12 rue des Ateliers");
    site.put("postcode", "93100");
    site.put("city", "Montreuil");
    site.put("department", "93");
    site.put("latitude", 48.8638);
    site.put("longitude", 2.4485);
    HttpResponse<Map> r =
        admin.exchange(HttpRequest.POST("/api/organisation/depots", site), Map.class);
    assertThat(r.code()).isEqualTo(201);
    return (String) r.body().get("id");
  }

  static Map<String, Object> fridge(String sku) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("sku", sku);
    d.put("kind", "LOT");
    d.put("title", "Réfrigérateur combiné reconditionné");
    d.put("description", "Testé 48 h, joints changés.");
    d.put("categoryId", "refrigerateur");
    d.put("brand", "Bosch");
    d.put("condition", "TRES_BON_ETAT");
    d.put("origin", "RECONDITIONNE");
    d.put("warrantyMonths", 12);
    d.put("energyClass", "A");
    d.put("weightKg", "62.5");
    d.put("priceExclVat", "189.90");
    d.put("vatRate", "20");
    d.put("quantity", 4);
    return d;
  }

  private HttpResponse<Map> post(ApiSession s, String path, Object body) {
    return s.exchange(HttpRequest.POST(path, body), Map.class);
  }

  private Map<String, String> fieldErrors(HttpResponse<?> r) {
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) ApiSession.problem(r).get("errors");
    Map<String, String> byField = new HashMap<>();
    errors.forEach(e -> byField.put((String) e.get("field"), (String) e.get("message")));
    return byField;
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsWritten() {
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("sku", " ");
    bad.put("title", "x");
    bad.put("categoryId", "gros-electromenager"); // not a leaf
    bad.put("condition", "NEUF");
    bad.put("priceExclVat", "12.345");
    bad.put("vatRate", "19.6");
    bad.put("kind", "UNIQUE_ITEM");
    bad.put("quantity", 3);
    bad.put("energyClass", "A+++");
    bad.put("deliveryDepartments", List.of("93", "999999"));
    HttpResponse<Map> r = post(supplier.admin(), "/api/stock/listings", bad);
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
    Map page = supplier.admin().get("/api/stock/listings", Map.class);
    assertThat(((Number) page.get("total")).intValue()).isZero();
  }

  @Test
  void aListingIsCreatedPublishedSoldOutAndRestockedThroughTheLedger() {
    HttpResponse<Map> created = post(supplier.admin(), "/api/stock/listings", fridge("FR-001"));
    assertThat(created.code()).isEqualTo(201);
    Map listing = created.body();
    String id = (String) listing.get("id");
    assertThat(listing.get("availableQuantity")).isEqualTo(4);
    assertThat(listing.get("status")).isEqualTo("DRAFT");
    assertThat(listing.get("depotId")).isEqualTo(depotId); // the only depot is the default
    assertThat(listing.get("priceExclVat").toString()).isEqualTo("189.90");
    assertThat(listing.get("priceInclVat").toString()).isEqualTo("227.88");
    assertThat(listing.get("weightKg").toString()).isEqualTo("62.5");

    Map published =
        post(
                supplier.admin(),
                "/api/stock/listings/" + id + "/status",
                Map.of("status", "PUBLISHED"))
            .body();
    assertThat(published.get("status")).isEqualTo("PUBLISHED");
    assertThat(published.get("publishedAt")).isNotNull();

    Map sold =
        post(
                supplier.admin(),
                "/api/stock/listings/" + id + "/stock",
                Map.of("kind", "SOLD", "quantity", 4, "reason", "Vente en boutique"))
            .body();
    assertThat(sold.get("availableQuantity")).isEqualTo(0);
    assertThat(sold.get("status")).isEqualTo("SOLD_OUT");

    HttpResponse<Map> tooMany =
        post(
            supplier.admin(),
            "/api/stock/listings/" + id + "/stock",
            Map.of("kind", "SOLD", "quantity", 1));
    assertThat(tooMany.code()).isEqualTo(400);
    assertThat(fieldErrors(tooMany)).containsKey("quantity");

    HttpResponse<Map> noReason =
        post(
            supplier.admin(),
            "/api/stock/listings/" + id + "/stock",
            Map.of("kind", "ADJUSTED", "quantity", 2));
    assertThat(fieldErrors(noReason)).containsKey("reason");

    Map restocked =
        post(
                supplier.admin(),
                "/api/stock/listings/" + id + "/stock",
                Map.of("kind", "RECEIVED", "quantity", 2, "reason", "Arrivage"))
            .body();
    assertThat(restocked.get("availableQuantity")).isEqualTo(2);
    assertThat(restocked.get("status")).isEqualTo("PUBLISHED");

    Map set =
        post(
                supplier.admin(),
                "/api/stock/listings/" + id + "/stock",
                Map.of("available", 7, "reason", "Inventaire"))
            .body();
    assertThat(set.get("availableQuantity")).isEqualTo(7);

    Map ledger = supplier.admin().get("/api/stock/listings/" + id + "/movements", Map.class);
    List<Map> rows = (List<Map>) ledger.get("items");
    assertThat(rows)
        .extracting(m -> m.get("kind") + ":" + m.get("quantity"))
        .containsExactly("ADJUSTED:5", "RECEIVED:2", "SOLD:-4", "RECEIVED:4");
    assertThat(rows.stream().mapToInt(m -> ((Number) m.get("quantity")).intValue()).sum())
        .isEqualTo(7);
    assertThat(rows.get(0).get("actor")).isNotNull();
    assertThat(rows.get(0).get("reason")).isEqualTo("Inventaire");
  }

  @Test
  void aUniqueItemIsOneUnit() {
    Map<String, Object> item = fridge("FR-SERIAL-1");
    item.put("kind", "UNIQUE_ITEM");
    item.put("serialNumber", "SN-42");
    item.put("quantity", 1);
    Map listing = post(supplier.admin(), "/api/stock/listings", item).body();
    HttpResponse<Map> second =
        post(
            supplier.admin(),
            "/api/stock/listings/" + listing.get("id") + "/stock",
            Map.of("kind", "RECEIVED", "quantity", 1));
    assertThat(second.code()).isEqualTo(400);
    assertThat(fieldErrors(second).get("quantity")).contains("unique item");
  }

  @Test
  void anEditMadeOnAStaleVersionIsRefusedInsteadOfLosingTheOtherChange() {
    Map listing = post(supplier.admin(), "/api/stock/listings", fridge("FR-002")).body();
    String id = (String) listing.get("id");
    String version = listing.get("version").toString();
    Map<String, Object> first = fridge("FR-002");
    first.put("title", "Réfrigérateur combiné Bosch");
    HttpResponse<Map> ok =
        supplier
            .admin()
            .exchange(
                HttpRequest.PUT("/api/stock/listings/" + id, first)
                    .header("If-Match", "\"" + version + "\""),
                Map.class);
    assertThat(ok.code()).isEqualTo(200);
    assertThat(ok.body().get("title")).isEqualTo("Réfrigérateur combiné Bosch");
    Map<String, Object> stale = fridge("FR-002");
    stale.put("title", "Titre écrasé");
    HttpResponse<Map> conflict =
        supplier
            .admin()
            .exchange(
                HttpRequest.PUT("/api/stock/listings/" + id, stale)
                    .header("If-Match", "\"" + version + "\""),
                Map.class);
    assertThat(conflict.code()).isEqualTo(409);
    assertThat(supplier.admin().get("/api/stock/listings/" + id, Map.class).get("title"))
        .isEqualTo("Réfrigérateur combiné Bosch");
  }

  @Test
  void upsertBySkuIsIdempotentAndTheChangeFeedNeverSkips() throws InterruptedException {
    String token = apiToken(List.of("stock:read", "stock:write"));
    ApiSession erp = ApiSession.bearer(client.toBlocking(), token);

    Map start = erp.get("/api/stock/changes", Map.class);
    String cursor = (String) start.get("next");

    Map<String, Object> body = fridge("ERP-77");
    body.remove("sku");
    body.put("status", "PUBLISHED");
    Map first = erp.exchange(HttpRequest.PUT("/api/stock/skus/ERP-77", body), Map.class).body();
    assertThat(first.get("outcome")).isEqualTo("CREATED");
    assertThat(((Map) first.get("listing")).get("status")).isEqualTo("PUBLISHED");
    Map again = erp.exchange(HttpRequest.PUT("/api/stock/skus/ERP-77", body), Map.class).body();
    assertThat(again.get("outcome")).isEqualTo("UNCHANGED");
    assertThat(again.get("stockDelta")).isEqualTo(0);
    body.put("quantity", 1);
    Map less = erp.exchange(HttpRequest.PUT("/api/stock/skus/ERP-77", body), Map.class).body();
    assertThat(less.get("outcome")).isEqualTo("UPDATED");
    assertThat(less.get("stockDelta")).isEqualTo(-3);

    // A change shows once every older transaction has ended (the catalogue relay may be
    // mid-flight), so read the feed until it holds the two changes (created with its opening
    // stock, then the adjustment).
    Map changes = erp.get("/api/stock/changes?cursor=" + cursor, Map.class);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (((List) changes.get("changes")).size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(50);
      changes = erp.get("/api/stock/changes?cursor=" + cursor, Map.class);
    }
    List<Map> list = (List<Map>) changes.get("changes");
    assertThat(list).extracting(c -> c.get("type")).containsExactly("CREATED", "STOCK_CHANGED");
    assertThat(list)
        .extracting(c -> ((Map) c.get("listing")).get("availableQuantity"))
        .containsExactly(4, 1);
    assertThat(list).allSatisfy(c -> assertThat((String) c.get("actor")).startsWith("API: "));
    String next = (String) changes.get("next");
    Map nothing = erp.get("/api/stock/changes?cursor=" + next, Map.class);
    assertThat((List) nothing.get("changes")).isEmpty();
    assertThat(nothing.get("next")).isEqualTo(next);

    HttpResponse<Map> badCursor =
        erp.exchange(HttpRequest.GET("/api/stock/changes?cursor=abc"), Map.class);
    assertThat(badCursor.code()).isEqualTo(400);
    assertThat(fieldErrors(badCursor)).containsKey("cursor");
  }

  @Test
  void aReadOnlyTokenCannotWriteAndABuyerHasNoStock() {
    ApiSession reader = ApiSession.bearer(client.toBlocking(), apiToken(List.of("stock:read")));
    assertThat(reader.exchange(HttpRequest.GET("/api/stock/listings"), Map.class).code())
        .isEqualTo(200);
    HttpResponse<Map> write =
        reader.exchange(HttpRequest.POST("/api/stock/listings", fridge("RO-1")), Map.class);
    assertThat(write.code()).isEqualTo(403);
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
    assertThat(reader.exchange(HttpRequest.GET("/api/stock/changes"), Map.class).code())
        .isEqualTo(200);
  }

  @Test
  void theTableFiltersSortsAndPages() {
    for (int i = 0; i < 7; i++) {
      Map<String, Object> d = fridge("T-" + i);
      d.put("title", "Chaise de bureau " + (char) ('A' + i));
      d.put("categoryId", "siege-bureau");
      d.put("priceExclVat", String.valueOf(10 + i));
      d.remove("energyClass");
      assertThat(post(supplier.admin(), "/api/stock/listings", d).code()).isEqualTo(201);
    }
    post(supplier.admin(), "/api/stock/listings", fridge("F-1"));
    Map page =
        supplier.admin().get("/api/stock/listings?q=chaise&sort=-price&size=3&page=1", Map.class);
    assertThat(((Number) page.get("total")).intValue()).isEqualTo(7);
    assertThat((List<Map>) page.get("items"))
        .extracting(m -> m.get("sku"))
        .containsExactly("T-3", "T-2", "T-1");
    Map fridges =
        supplier.admin().get("/api/stock/listings?categoryId=gros-electromenager", Map.class);
    assertThat((List<Map>) fridges.get("items"))
        .extracting(m -> m.get("sku"))
        .containsExactly("F-1");
    HttpResponse<Map> badSort =
        supplier
            .admin()
            .exchange(HttpRequest.GET("/api/stock/listings?sort=colour&status=SOLD"), Map.class);
    assertThat(fieldErrors(badSort)).containsKeys("sort", "status");
  }

  @Test
  void concurrentSalesNeverTakeStockBelowZero() throws Exception {
    Map listing = post(supplier.admin(), "/api/stock/listings", fridge("RACE-1")).body();
    String id = (String) listing.get("id");
    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Future<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      calls.add(
          pool.submit(() ->
              post(
                      supplier.admin(),
                      "/api/stock/listings/" + id + "/stock",
                      Map.of("kind", "SOLD", "quantity", 1))
                  .code()));
    }
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> f : calls) {
      codes.add(f.get());
    }
    pool.shutdown();
    Map<Integer, Long> byCode =
        codes.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    assertThat(byCode).containsEntry(200, 4L).containsEntry(400, 20L);
    Map after = supplier.admin().get("/api/stock/listings/" + id, Map.class);
    assertThat(after.get("availableQuantity")).isEqualTo(0);
    assertThat(after.get("status")).isEqualTo("DRAFT");
  }

  @Test
  void anOpeningMovementThatDoesNotMatchItsListingIsRefusedByTheDatabase() {
    Map listing = post(supplier.admin(), "/api/stock/listings", fridge("OPEN-1")).body();
    String id = (String) listing.get("id");
    Throwable refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            RuntimeException.class,
            () ->
                sql.update(
                    "INSERT INTO stock_movement (listing_id, kind, quantity, actor, opening)"
                        + " VALUES (?, 'RECEIVED', 3, 'test', true)",
                    java.util.UUID.fromString(id)));
    while (refused != null && !(refused instanceof java.sql.SQLException)) {
      refused = refused.getCause();
    }
    assertThat(refused).isNotNull();
    assertThat(((java.sql.SQLException) refused).getSQLState()).isEqualTo("23514");
    Map after = supplier.admin().get("/api/stock/listings/" + id, Map.class);
    assertThat(after.get("availableQuantity")).isEqualTo(4);
    Map ledger = supplier.admin().get("/api/stock/listings/" + id + "/movements", Map.class);
    assertThat((List<Map>) ledger.get("items"))
        .extracting(m -> m.get("kind") + ":" + m.get("quantity"))
        .containsExactly("RECEIVED:4");
  }

  private String apiToken(List<String> scopes) {
    return (String)
        post(
                supplier.admin(),
                "/api/organisation/api-tokens",
                Map.of("name", "ERP " + scopes, "scopes", scopes))
            .body()
            .get("secret");
  }
}
