package fr.boucle.notification;

import static fr.boucle.ordering.OrderingFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.needs.NeedViews;
import fr.boucle.needs.internal.WatchNewStock;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.PersonalData;
import fr.boucle.organisation.PersonalDataSource;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Page;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * In-app notifications over HTTP: a need matching a supplier's saved search, an answer to the
 * buyer's need, messages in the answer's thread (to the other side only), the answer accepted, new
 * stock for the need; read newest first, counted unread, marked read one by one or all, another
 * person's notification 404.
 */
@MicronautTest(transactional = false)
class NotificationsIT {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;
  @Inject WatchNewStock stockWatch;
  @Inject JsonMapper json;

  @Test
  void theNeedsBoardTellsEachPersonWhatConcernsIt() throws Exception {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Buyer buyer = f.buyer("Ville de Montreuil", 10_000_000);
    ApiSession requester = buyer.requester();
    OrderingFixtures.Supplier supplier = f.supplier("Mobilier Solidaire 93", "SIAE_ACI");
    sql.update(
        "UPDATE organisation SET departments_served = ? WHERE id = ?",
        List.of("93"),
        supplier.org().id());
    ApiSession supplierAdmin = supplier.org().admin();
    UUID chair = f.listing(supplier, "siege-bureau", 8_000, 2000, "LOT", 40);

    // A saved search of office furniture: the new need is notified (whatever the e-mail choice).
    Map<String, Object> search = new HashMap<>();
    search.put("name", "Mobilier");
    search.put("categoryIds", List.of("mobilier-bureau"));
    search.put("frequency", "NONE");
    assertThat(
            supplierAdmin
                .exchange(HttpRequest.POST("/api/needs/saved-searches", search), Map.class)
                .code())
        .isEqualTo(201);
    Map<String, Object> need = new HashMap<>();
    need.put("title", "20 chaises pour la crèche");
    need.put("description", "Chaises de bureau pour l'équipe.");
    need.put("categoryIds", List.of("siege-bureau"));
    need.put("quantity", 20);
    need.put("serviceId", buyer.serviceId().toString());
    need.put("closingDate", LocalDate.now().plusDays(10).toString());
    need.put("kind", "QUOTE");
    need.put("visibility", "DEPARTMENT");
    UUID needId =
        requester
            .exchange(HttpRequest.POST("/api/needs", need), NeedViews.NeedDetail.class)
            .body()
            .summary()
            .id();
    String needLink = "/besoins/" + needId;
    assertThat(latest(supplierAdmin))
        .isEqualTo(
            new Seen(NotificationKind.NEED_SEARCH_MATCH, "20 chaises pour la crèche", needLink));

    // The supplier answers: the need's author is told.
    NeedViews.Answer answer =
        supplierAdmin
            .exchange(
                HttpRequest.POST(
                    "/api/needs/" + needId + "/answers",
                    Map.of("message", "En stock.", "lines", List.of(line(chair, 20)))),
                NeedViews.Answer.class)
            .body();
    assertThat(latest(requester))
        .isEqualTo(new Seen(NotificationKind.NEED_ANSWERED, "20 chaises pour la crèche", needLink));

    // Messages: each goes to the other side of the thread, not back to its sender.
    String thread = "/api/needs/" + needId + "/answers/" + answer.id() + "/messages";
    requester.exchange(HttpRequest.POST(thread, Map.of("body", "Livrables lundi ?")), List.class);
    assertThat(latest(supplierAdmin).kind()).isEqualTo(NotificationKind.NEED_MESSAGE);
    long requesterUnread = unread(requester);
    supplierAdmin.exchange(HttpRequest.POST(thread, Map.of("body", "Oui.")), List.class);
    assertThat(latest(requester).kind()).isEqualTo(NotificationKind.NEED_MESSAGE);
    assertThat(unread(requester)).isEqualTo(requesterUnread + 1);
    assertThat(count(supplierAdmin, NotificationKind.NEED_MESSAGE)).isEqualTo(1);

    // Accepted: the answer's author is told.
    requester.exchange(
        HttpRequest.POST("/api/needs/" + needId + "/answers/" + answer.id() + "/accept", Map.of()),
        Map.class);
    assertThat(latest(supplierAdmin))
        .isEqualTo(
            new Seen(NotificationKind.ANSWER_ACCEPTED, "20 chaises pour la crèche", needLink));

    // New stock in the need's category from a supplier serving the 93: the author is told.
    UUID newChair = f.listing(supplier, "siege-bureau", 9_000, 2000, "LOT", 5);
    sql.update("UPDATE listing SET published_at = now() WHERE id = ?", newChair);
    stockWatch.sweep();
    Seen stock = latest(requester);
    assertThat(stock.kind()).isEqualTo(NotificationKind.NEED_STOCK);
    assertThat(stock.link()).isEqualTo("/catalogue/" + newChair);

    // Reading: newest first, the unread count, one marked read, then all; another's is 404.
    Page<NotificationViews.Notification> page = page(requester, "?size=2");
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).hasSize(2);
    assertThat(page.items().get(0).id()).isGreaterThan(page.items().get(1).id());
    assertThat(unread(requester)).isEqualTo(3);
    long first = page.items().get(0).id();
    assertThat(
            supplierAdmin
                .exchange(
                    HttpRequest.POST("/api/notifications/" + first + "/read", Map.of()), Map.class)
                .code())
        .isEqualTo(404);
    NotificationViews.Unread afterOne =
        requester
            .exchange(
                HttpRequest.POST("/api/notifications/" + first + "/read", Map.of()),
                NotificationViews.Unread.class)
            .body();
    assertThat(afterOne.count()).isEqualTo(2);
    assertThat(page(requester, "").items().get(0).readAt()).isNotNull();
    requester.exchange(HttpRequest.POST("/api/notifications/read-all", Map.of()), Map.class);
    assertThat(unread(requester)).isZero();
    assertThat(
            sql.count(
                "SELECT count(*) FROM notification WHERE person_id = ? AND read_at IS NULL",
                buyer.requesterId()))
        .isZero();
    assertThat(unread(supplierAdmin)).isEqualTo(3);

    // The copy of the requester's data lists its notifications; erasing the account drops them.
    PersonalData data =
        json.readValue(
            requester.exchange(HttpRequest.GET("/api/me/personal-data"), byte[].class).body(),
            PersonalData.class);
    assertThat(data.authored().get("notifications"))
        .extracting(PersonalDataSource.AuthoredRecord::kind)
        .containsExactlyInAnyOrder("NEED_ANSWERED", "NEED_MESSAGE", "NEED_STOCK");
    assertThat(requester.exchange(HttpRequest.DELETE("/api/me"), Map.class).code()).isEqualTo(204);
    assertThat(
            sql.count("SELECT count(*) FROM notification WHERE person_id = ?", buyer.requesterId()))
        .isZero();

    // A supplier's staff member: its saved search is in its copy and goes with its account.
    String staffEmail = "atelier-" + UUID.randomUUID() + "@fournisseur.test";
    UUID staffId =
        provisioning.createPerson(
            supplier.org().id(),
            staffEmail,
            "Léa Martin",
            AccessFixtures.PASSWORD,
            Set.of(Role.SUPPLIER_STAFF),
            Set.of());
    ApiSession staff =
        new ApiSession(client.toBlocking()).login(staffEmail, AccessFixtures.PASSWORD);
    search.put("name", "Chaises");
    assertThat(
            staff.exchange(HttpRequest.POST("/api/needs/saved-searches", search), Map.class).code())
        .isEqualTo(201);
    PersonalData staffData =
        json.readValue(
            staff.exchange(HttpRequest.GET("/api/me/personal-data"), byte[].class).body(),
            PersonalData.class);
    assertThat(staffData.authored().get("needs"))
        .extracting(PersonalDataSource.AuthoredRecord::summary)
        .containsExactly("Chaises (NONE)");
    assertThat(staff.exchange(HttpRequest.DELETE("/api/me"), Map.class).code()).isEqualTo(204);
    assertThat(sql.count("SELECT count(*) FROM need_saved_search WHERE person_id = ?", staffId))
        .isZero();
  }

  record Seen(NotificationKind kind, String subject, String link) {}

  private static Page<NotificationViews.Notification> page(ApiSession session, String query) {
    return session.page("/api/notifications" + query, NotificationViews.Notification.class);
  }

  private static Seen latest(ApiSession session) {
    NotificationViews.Notification n = page(session, "?size=1").items().get(0);
    return new Seen(n.kind(), n.subject(), n.link());
  }

  private static long count(ApiSession session, NotificationKind kind) {
    return page(session, "?size=100").items().stream().filter(n -> n.kind() == kind).count();
  }

  private static long unread(ApiSession session) {
    return session
        .exchange(HttpRequest.GET("/api/notifications/unread"), NotificationViews.Unread.class)
        .body()
        .count();
  }
}
