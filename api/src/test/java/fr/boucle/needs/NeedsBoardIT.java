package fr.boucle.needs;

import static fr.boucle.ordering.OrderingFixtures.checkout;
import static fr.boucle.ordering.OrderingFixtures.created;
import static fr.boucle.ordering.OrderingFixtures.fields;
import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.catalogue.SearchResult;
import fr.boucle.catalogue.internal.CatalogueReindexer;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.Role;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The needs board end to end over HTTP, on PostgreSQL and Elasticsearch: a requester in
 * Vitry-sur-Seine publishes a call-off need for office chairs, the furniture supplier serving the
 * Val-de-Marne sees and answers it with a listing, the IT refurbisher in Normandy does not see it,
 * the buyer accepts the proposal into the cart and it becomes an order.
 */
@MicronautTest(transactional = false)
class NeedsBoardIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;
  @Inject CatalogueReindexer reindexer;
  @Inject fr.boucle.needs.internal.WatchNewStock stockWatch;

  @Test
  void aNeedFromVitryReachesTheValDeMarneFurnitureSupplierAndEndsAsAnOrder() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Ville de Vitry-sur-Seine")
            .buyingFrom("Mobilier Solidaire 94", "SIAE_ACI")
            .lotCovering("mobilier-bureau")
            .discountedBy(1000)
            .create();
    OrderingFixtures.Supplier furniture = trade.supplier();
    OrderingFixtures.Supplier normandy = f.supplier("Info Recyclage Normandie", "EA");
    serves(furniture, "94", "93");
    serves(normandy, "14", "76");
    ApiSession admin = trade.buyer().admin();
    UUID vitry = vitryService(admin);
    ApiSession requester = requesterOf(trade, vitry);
    UUID chair = f.listing(furniture, "siege-bureau", 8_000, 2000, "LOT", 40);
    UUID laptop = f.listing(normandy, "pc-portable", 20_000, 2000, "LOT", 10);
    OrderingFixtures.Supplier furnitureNormandy = f.supplier("Meubles de Caen", "SIAE_EI");
    serves(furnitureNormandy, "14");
    f.listing(furnitureNormandy, "siege-bureau", 7_500, 2000, "LOT", 25);
    reindexer.reindex(done -> {});

    // Bad input: every wrong field named, nothing written.
    Map<String, Object> bad = need(vitry, trade.lotId());
    bad.put("closingDate", LocalDate.now().minusDays(1).toString());
    bad.put("quantity", 0);
    HttpResponse<?> refused = requester.exchange(HttpRequest.POST("/api/needs", bad), Map.class);
    assertThat(refused.code()).isEqualTo(400);
    assertThat(fields(refused)).containsExactlyInAnyOrder("closingDate", "quantity");
    assertThat(sql.count("SELECT count(*) FROM need WHERE buyer_id = ?", trade.buyer().org().id()))
        .isZero();
    Map<String, Object> notInLot = need(vitry, trade.lotId());
    notInLot.put("categoryIds", List.of("pc-portable"));
    assertThat(fields(requester.exchange(HttpRequest.POST("/api/needs", notInLot), Map.class)))
        .containsExactly("lotId");

    // Published.
    NeedViews.NeedDetail need =
        requester
            .exchange(
                HttpRequest.POST("/api/needs", need(vitry, trade.lotId())),
                NeedViews.NeedDetail.class)
            .body();
    UUID id = need.summary().id();
    assertThat(need.summary().department()).isEqualTo("94");
    assertThat(need.editable()).isTrue();
    // Told by e-mail: the supplier with chairs serving the 94, not the one with chairs in the
    // Calvados nor the IT refurbisher.
    assertThat(needMails(furniture, need)).isEqualTo(1);
    assertThat(needMails(furnitureNormandy, need)).isZero();
    assertThat(needMails(normandy, need)).isZero();

    // New stock: a chair put on sale by the supplier serving the 94 is told to the buyer, once;
    // one by the supplier in the Calvados is not (the need is for the département's suppliers).
    UUID newChair = f.listing(furniture, "siege-bureau", 9_000, 2000, "LOT", 12);
    UUID farChair = f.listing(furnitureNormandy, "siege-bureau", 6_000, 2000, "LOT", 12);
    sql.update("UPDATE listing SET published_at = now() WHERE id IN (?, ?)", newChair, farChair);
    assertThat(stockWatch.sweep()).isPositive();
    stockWatch.sweep();
    assertThat(stockMails(need, newChair)).isEqualTo(1);
    assertThat(stockMails(need, farChair)).isZero();

    // Visibility: the furniture supplier serving the 94 sees it, the Normandy refurbisher does not.
    ApiSession furnitureAdmin = furniture.org().admin();
    ApiSession normandyAdmin = normandy.org().admin();
    assertThat(
            ids(furnitureAdmin.page("/api/needs?status=OPEN", NeedViews.NeedSummary.class).items()))
        .contains(id);
    assertThat(ids(normandyAdmin.page("/api/needs", NeedViews.NeedSummary.class).items()))
        .doesNotContain(id);
    assertThat(normandyAdmin.exchange(HttpRequest.GET("/api/needs/" + id), Map.class).code())
        .isEqualTo(404);
    HttpResponse<?> outsider =
        normandyAdmin.exchange(
            HttpRequest.POST("/api/needs/" + id + "/answers", answer(laptop, 1)), Map.class);
    assertThat(outsider.code()).isEqualTo(404);
    OrderingFixtures other = f;
    ApiSession otherBuyer = other.buyer("Autre Ville", 0).admin();
    assertThat(otherBuyer.exchange(HttpRequest.GET("/api/needs/" + id), Map.class).code())
        .isEqualTo(404);

    // The buyer's matches: listings in stock near Vitry in the need's categories.
    assertThat(matchIds(requester, id))
        .contains(chair.toString())
        .doesNotContain(laptop.toString());

    // Answers: someone else's listing, more than the stock: named; then a good one.
    assertThat(
            fields(
                furnitureAdmin.exchange(
                    HttpRequest.POST("/api/needs/" + id + "/answers", answer(laptop, 1)),
                    Map.class)))
        .containsExactly("lines[0].listingId");
    assertThat(
            fields(
                furnitureAdmin.exchange(
                    HttpRequest.POST("/api/needs/" + id + "/answers", answer(chair, 41)),
                    Map.class)))
        .containsExactly("lines[0].listingId");
    NeedViews.Answer answer =
        furnitureAdmin
            .exchange(
                HttpRequest.POST("/api/needs/" + id + "/answers", answer(chair, 30)),
                NeedViews.Answer.class)
            .body();
    // The lot's terms: 80.00 € less 10 % = 72.00 € a chair, 30 chairs = 2,160.00 €.
    assertThat(answer.lines().get(0).unitPriceExclVatCents()).isEqualTo(7_200);
    assertThat(answer.totalExclVatCents()).isEqualTo(216_000);
    assertThat(answer.distanceKm()).isNotNull();
    HttpResponse<?> twice =
        furnitureAdmin.exchange(
            HttpRequest.POST("/api/needs/" + id + "/answers", answer(chair, 1)), Map.class);
    assertThat(twice.code()).isEqualTo(409);
    // Answered: no more editing.
    assertThat(
            requester
                .exchange(
                    HttpRequest.PUT("/api/needs/" + id, need(vitry, trade.lotId())), Map.class)
                .code())
        .isEqualTo(409);

    // The thread is the buyer's and the answering supplier's only.
    String thread = "/api/needs/" + id + "/answers/" + answer.id() + "/messages";
    requester.exchange(
        HttpRequest.POST(thread, Map.of("body", "Livrables avant le 15 ?")), List.class);
    List<NeedViews.Message> messages =
        furnitureAdmin
            .exchange(HttpRequest.GET(thread), Argument.listOf(NeedViews.Message.class))
            .body();
    assertThat(messages)
        .extracting(NeedViews.Message::body)
        .containsExactly("Livrables avant le 15 ?");
    assertThat(normandyAdmin.exchange(HttpRequest.GET(thread), Map.class).code()).isEqualTo(404);

    // Accepted: the proposal lands in the cart and becomes an order through the usual checkout.
    NeedViews.Accepted accepted =
        requester
            .exchange(
                HttpRequest.POST(
                    "/api/needs/" + id + "/answers/" + answer.id() + "/accept", Map.of()),
                NeedViews.Accepted.class)
            .body();
    assertThat(accepted.linesAdded()).isEqualTo(1);
    OrderViews.Cart cart = requester.get("/api/cart", OrderViews.Cart.class);
    assertThat(cart.groups().get(0).lines().get(0).quantity()).isEqualTo(30);
    HttpResponse<OrderViews.Submitted> placed =
        checkout(
            requester,
            "need-" + id,
            Map.of(
                "orders",
                List.of(
                    Map.of(
                        "supplierId", furniture.org().id().toString(),
                        "serviceId", vitry.toString(),
                        "deliveryDate", LocalDate.now().plusDays(10).toString(),
                        "lines", List.of(line(chair, 30))))));
    assertThat(placed.code()).as("%s", placed.getBody(Map.class)).isEqualTo(201);
    OrderViews.Order order = firstOrder(placed);
    assertThat(order.status()).isIn(OrderStatus.SUBMITTED, OrderStatus.APPROVED);

    // Closed with its outcome: no more answers.
    NeedViews.NeedDetail closed =
        requester
            .exchange(
                HttpRequest.POST(
                    "/api/needs/" + id + "/close",
                    Map.of("outcome", "ORDERED", "amountCents", 216_000)),
                NeedViews.NeedDetail.class)
            .body();
    assertThat(closed.summary().status()).isEqualTo(NeedStatus.CLOSED);
    assertThat(closed.outcomeAmountCents()).isEqualTo(216_000);
    ApiSession third = f.supplier("Troisième Atelier", "ESAT").org().admin();
    assertThat(
            third
                .exchange(HttpRequest.POST("/api/needs/" + id + "/not-for-us", Map.of()), Map.class)
                .code())
        .isEqualTo(404);
  }

  @Test
  void newStockIsToldOnlyWhenItIsNearTheDeliveryService() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Ville de Vitry (stock proche)")
            .buyingFrom("Mobilier Solidaire Est", "SIAE_ACI")
            .lotCovering("mobilier-bureau")
            .create();
    OrderingFixtures.Supplier montreuil = trade.supplier();
    OrderingFixtures.Supplier caen = f.supplier("Meubles Solidaires de Caen", "SIAE_EI");
    sql.update(
        "UPDATE depot SET latitude = 49.1829, longitude = -0.3707 WHERE id = ?", caen.depotId());
    UUID vitry = vitryService(trade.buyer().admin());
    ApiSession requester = requesterOf(trade, vitry);
    // A quote every supplier may see: visibility admits both, distance decides.
    Map<String, Object> quote = need(vitry, trade.lotId());
    quote.put("title", "12 fauteuils de réunion");
    quote.put("kind", "QUOTE");
    quote.remove("lotId");
    quote.put("visibility", "ALL_SUPPLIERS");
    NeedViews.NeedDetail need =
        requester
            .exchange(HttpRequest.POST("/api/needs", quote), NeedViews.NeedDetail.class)
            .body();
    UUID near = f.listing(montreuil, "siege-bureau", 9_000, 2000, "LOT", 12);
    UUID far = f.listing(caen, "siege-bureau", 6_000, 2000, "LOT", 12);
    UUID otherCategory = f.listing(montreuil, "pc-portable", 20_000, 2000, "LOT", 3);
    sql.update(
        "UPDATE listing SET published_at = now() WHERE id IN (?, ?, ?)", near, far, otherCategory);

    stockWatch.sweep();
    stockWatch.sweep();

    // Montreuil is 10 km from Vitry: told once. Caen is 206 km away: not told, though the quote
    // is open to every supplier. A laptop is not a chair.
    assertThat(stockMails(need, near)).isEqualTo(1);
    assertThat(stockMails(need, far)).isZero();
    assertThat(stockMails(need, otherCategory)).isZero();
    assertThat(
            sql.count(
                "SELECT count(*) FROM need_stock_match WHERE need_id = ?", need.summary().id()))
        .isEqualTo(1);
  }

  private static Map<String, Object> need(UUID service, UUID lot) {
    Map<String, Object> need = new HashMap<>();
    need.put("title", "30 chaises de bureau");
    need.put("description", "Pour la nouvelle médiathèque, livraison au rez-de-chaussée.");
    need.put("categoryIds", List.of("siege-bureau"));
    need.put("quantity", 30);
    need.put("serviceId", service.toString());
    need.put("closingDate", LocalDate.now().plusDays(14).toString());
    need.put("targetDate", LocalDate.now().plusDays(30).toString());
    need.put("budgetMaxCents", 300_000);
    need.put("kind", "CALL_OFF");
    need.put("lotId", lot.toString());
    need.put("visibility", "DEPARTMENT");
    return need;
  }

  private static Map<String, Object> answer(UUID listing, int quantity) {
    return Map.of(
        "message", "Nous avons ces chaises en stock.", "lines", List.of(line(listing, quantity)));
  }

  private static List<UUID> ids(List<NeedViews.NeedSummary> needs) {
    return needs.stream().map(NeedViews.NeedSummary::id).toList();
  }

  private static List<String> matchIds(ApiSession session, UUID need) {
    HttpResponse<List<SearchResult.Item>> found =
        session.exchange(
            HttpRequest.GET("/api/needs/" + need + "/matches"),
            Argument.listOf(SearchResult.Item.class));
    assertThat(found.code()).as("matches answer").isEqualTo(200);
    return found.body().stream().map(SearchResult.Item::id).toList();
  }

  private long needMails(OrderingFixtures.Supplier supplier, NeedViews.NeedDetail need) {
    return sql.count(
        "SELECT count(*) FROM mail_outbox WHERE recipient = ? AND subject = ?",
        supplier.org().adminEmail(),
        "Nouveau besoin : " + need.summary().title());
  }

  private long stockMails(NeedViews.NeedDetail need, UUID listing) {
    return sql.count(
        "SELECT count(*) FROM mail_outbox WHERE subject = ? AND body LIKE ?",
        "Nouveau en stock pour votre besoin : " + need.summary().title(),
        "%/catalogue/" + listing + "%/besoins/" + need.summary().id() + "%");
  }

  private void serves(OrderingFixtures.Supplier supplier, String... departments) {
    sql.update(
        "UPDATE organisation SET departments_served = ? WHERE id = ?",
        List.of(departments),
        supplier.org().id());
  }

  private static UUID vitryService(ApiSession admin) {
    Map<String, Object> site = OrderingFixtures.site("Médiathèque de Vitry", 10_000_000);
    site.put("street", "1 place Saint-Just");
    site.put("postcode", "94400");
    site.put("city", "Vitry-sur-Seine");
    site.put("department", "94");
    site.put("latitude", 48.7875);
    site.put("longitude", 2.3928);
    return UUID.fromString(
        (String)
            created(admin.exchange(HttpRequest.POST("/api/organisation/services", site), Map.class))
                .get("id"));
  }

  private ApiSession requesterOf(OrderingFixtures.Trade trade, UUID service) {
    String email = "vitry-" + UUID.randomUUID() + "@acheteur.test";
    provisioning.createPerson(
        trade.buyer().org().id(),
        email,
        "Nadia Benali",
        AccessFixtures.PASSWORD,
        Set.of(Role.REQUESTER),
        Set.of(service));
    return new ApiSession(client.toBlocking()).login(email, AccessFixtures.PASSWORD);
  }
}
