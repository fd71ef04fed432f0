package fr.boucle.organisation;

import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.line;
import static fr.boucle.ordering.OrderingFixtures.order;
import static fr.boucle.ordering.OrderingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19, rights in self-service: a person downloads a copy of their data, corrects it and erases
 * their account; what the law keeps stays under a pseudonym.
 */
@MicronautTest(transactional = false)
@SuppressWarnings({"unchecked", "rawtypes"})
class PersonalDataRightsIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;
  @Inject JsonMapper json;

  private OrderingFixtures.Trade trade(String name) {
    return new OrderingFixtures(client.toBlocking(), provisioning, sql)
        .aBuyer("Ville " + name)
        .buyingFrom("Atelier " + name, "SIAE_ACI")
        .lotCovering("chaise")
        .create();
  }

  private OrderViews.Order anOrder(OrderingFixtures.Trade trade, String key) {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    UUID chair = f.listing(trade.supplier(), "chaise", 4_000, 2000, "LOT", 10);
    HttpResponse<OrderViews.Submitted> placed =
        submit(trade.requester(), key, order(trade.serviceId(), List.of(line(chair, 2))));
    assertThat(placed.code()).as("%s", placed.getBody(Map.class)).isEqualTo(201);
    return firstOrder(placed);
  }

  private String requesterEmail(OrderingFixtures.Trade trade) {
    return sql.one(
            "SELECT email FROM person WHERE id = ?",
            rs -> rs.getString(1),
            trade.buyer().requesterId())
        .orElseThrow();
  }

  @Test
  void theCopyHoldsProfileRolesServicesOrdersAndAuditButNoSecret() throws Exception {
    OrderingFixtures.Trade trade = trade("Copie " + UUID.randomUUID());
    OrderViews.Order placed = anOrder(trade, "copy-1");
    String email = requesterEmail(trade);
    sql.update("INSERT INTO login_failure (email, client_ip) VALUES (?, '198.51.100.7')", email);

    HttpResponse<byte[]> copy =
        trade.requester().exchange(HttpRequest.GET("/api/me/personal-data"), byte[].class);
    assertThat(copy.code()).isEqualTo(200);
    assertThat(copy.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"boucle-donnees-personnelles.json\"");
    String raw = new String(copy.body(), StandardCharsets.UTF_8);
    PersonalData data = json.readValue(raw, PersonalData.class);
    assertThat(data.profile().email()).isEqualTo(email);
    assertThat(data.profile().fullName()).isEqualTo("Chloé Petit");
    assertThat(data.profile().passwordSet()).isTrue();
    assertThat(data.roles()).containsExactly("REQUESTER");
    assertThat(data.services())
        .extracting(PersonalData.Service::id)
        .containsExactly(trade.serviceId());
    assertThat(data.signIns().lastSignedInAt()).isNotNull();
    assertThat(data.signIns().failures())
        .extracting(PersonalData.Failure::clientAddress)
        .containsExactly("198.51.100.7");
    String number = OrderingFixtures.order(trade.requester(), placed.id()).number();
    assertThat(data.authored().get("orders"))
        .extracting(PersonalDataSource.AuthoredRecord::reference)
        .containsExactly(number);
    assertThat(data.authored()).containsKey("needs");
    assertThat(raw).doesNotContain("password_hash", "passwordHash", "$argon2", "tokenHash");

    HttpResponse<byte[]> summary =
        trade.requester().exchange(HttpRequest.GET("/api/me/personal-data/summary"), byte[].class);
    assertThat(summary.code()).isEqualTo(200);
    assertThat(summary.getContentType().orElseThrow().getName()).isEqualTo("text/html");
    String page = new String(summary.body(), StandardCharsets.UTF_8);
    assertThat(page).contains("Vos données personnelles", email, number, "198.51.100.7");
  }

  @Test
  void theCopyListsTheApiTokensAPersonCreatedWithoutTheirSecret() throws Exception {
    AccessFixtures.Org org =
        new AccessFixtures(client.toBlocking()).buyer("Jetons " + UUID.randomUUID());
    HttpResponse<Map> created =
        org.admin()
            .exchange(
                HttpRequest.POST(
                    "/api/organisation/api-tokens",
                    Map.of("name", "ERP", "scopes", List.of("spend:read"))),
                Map.class);
    assertThat(created.code()).isEqualTo(201);
    String secret = (String) created.body().get("secret");
    String raw =
        new String(
            org.admin().exchange(HttpRequest.GET("/api/me/personal-data"), byte[].class).body(),
            StandardCharsets.UTF_8);
    PersonalData data = json.readValue(raw, PersonalData.class);
    assertThat(data.apiTokens()).extracting(PersonalData.ApiToken::name).containsExactly("ERP");
    assertThat(raw).doesNotContain(secret);
  }

  @Test
  void aCorrectionNamesEveryBadFieldThenChangesNameAndAddress() {
    OrderingFixtures.Trade trade = trade("Correction " + UUID.randomUUID());
    ApiSession requester = trade.requester();
    String taken = trade.buyer().org().adminEmail();

    HttpResponse<Map> bad =
        requester.exchange(
            HttpRequest.PUT("/api/me/details", Map.of("fullName", "X", "email", "pas-une-adresse")),
            Map.class);
    assertThat(bad.code()).isEqualTo(400);
    assertThat(OrderingFixtures.fields(bad)).containsExactlyInAnyOrder("fullName", "email");
    HttpResponse<Map> duplicate =
        requester.exchange(
            HttpRequest.PUT("/api/me/details", Map.of("fullName", "Chloé Petit", "email", taken)),
            Map.class);
    assertThat(duplicate.code()).isEqualTo(400);
    assertThat(OrderingFixtures.fields(duplicate)).containsExactly("email");

    String newEmail = "chloe-" + UUID.randomUUID() + "@acheteur.test";
    HttpResponse<Map> done =
        requester.exchange(
            HttpRequest.PUT(
                "/api/me/details",
                Map.of("fullName", "  Chloé   Petit-Martin ", "email", newEmail.toUpperCase())),
            Map.class);
    assertThat(done.code()).as("%s", done.getBody(Map.class)).isEqualTo(200);
    assertThat(done.body().get("fullName")).isEqualTo("Chloé Petit-Martin");
    assertThat(done.body().get("email")).isEqualTo(newEmail);
    // The renewed session goes on; the new address signs in.
    assertThat(requester.exchange(HttpRequest.GET("/api/auth/me"), Map.class).code())
        .isEqualTo(200);
    assertThat(
            new ApiSession(client.toBlocking())
                .login(newEmail, AccessFixtures.PASSWORD)
                .hasSessionCookie())
        .isTrue();
    assertThat(
            sql.count(
                "SELECT count(*) FROM audit_event WHERE action = 'person.details-corrected'"
                    + " AND object_id = ? AND details -> 'email' ->> 'after' = ?",
                trade.buyer().requesterId().toString(),
                newEmail))
        .isEqualTo(1);
  }

  @Test
  void erasureKeepsTheOrdersUnderAPseudonymAndRemovesTheRest() {
    OrderingFixtures.Trade trade = trade("Effacement " + UUID.randomUUID());
    OrderViews.Order placed = anOrder(trade, "erase-1");
    UUID personId = trade.buyer().requesterId();
    String email = requesterEmail(trade);
    sql.update("INSERT INTO login_failure (email, client_ip) VALUES (?, '203.0.113.9')", email);
    sql.update(
        "INSERT INTO password_reset (token_hash, person_id, expires_at)"
            + " VALUES (decode(md5(random()::text), 'hex'), ?, now() + interval '1 hour')",
        personId);
    ApiSession requester = trade.requester();

    HttpResponse<Map> erased = requester.exchange(HttpRequest.DELETE("/api/me"), Map.class);
    assertThat(erased.code()).as("%s", erased.getBody(Map.class)).isEqualTo(204);
    assertThat(sql.count("SELECT count(*) FROM login_failure WHERE email = ?", email)).isZero();

    int number =
        sql.one("SELECT erasure_number FROM person WHERE id = ?", rs -> rs.getInt(1), personId)
            .orElseThrow();
    String pseudonym = "Agent supprimé #" + number;
    // Sessions ended, the address no longer signs in.
    assertThat(requester.exchange(HttpRequest.GET("/api/auth/me"), Map.class).code())
        .isEqualTo(401);
    assertThat(
            new ApiSession(client.toBlocking())
                .exchange(
                    HttpRequest.POST(
                        "/api/auth/login",
                        Map.of("email", email, "password", AccessFixtures.PASSWORD)),
                    Map.class)
                .code())
        .isEqualTo(401);
    // The order stays, its requester and timeline under the pseudonym.
    OrderViews.Order kept = OrderingFixtures.order(trade.buyer().admin(), placed.id());
    assertThat(kept.requesterName()).isEqualTo(pseudonym);
    assertThat(kept.events())
        .extracting(OrderViews.Event::actorLabel)
        .contains(pseudonym)
        .doesNotContain(email);
    // Nothing personal left.
    assertThat(
            sql.one(
                    "SELECT email || '|' || full_name || '|' || (password_hash IS NULL)"
                        + " || '|' || active FROM person WHERE id = ?",
                    rs -> rs.getString(1),
                    personId)
                .orElseThrow())
        .isEqualTo("supprime-" + number + "@efface.invalid|" + pseudonym + "|true|false");
    assertThat(sql.count("SELECT count(*) FROM person_role WHERE person_id = ?", personId))
        .isZero();
    assertThat(sql.count("SELECT count(*) FROM person_service WHERE person_id = ?", personId))
        .isZero();
    assertThat(sql.count("SELECT count(*) FROM password_reset WHERE person_id = ?", personId))
        .isZero();
    assertThat(
            sql.count(
                "SELECT count(*) FROM audit_event WHERE actor_label = ? OR strpos(details::text, ?) > 0",
                email,
                email))
        .isZero();
    assertThat(
            sql.count(
                "SELECT count(*) FROM audit_event WHERE action = 'person.erased'"
                    + " AND object_id = ? AND actor_label = ?",
                personId.toString(),
                pseudonym))
        .isEqualTo(1);
  }

  @Test
  void theLastAdministratorHandsOverFirstAndTheirTokensAreRevoked() {
    AccessFixtures.Org org =
        new AccessFixtures(client.toBlocking()).supplier("Passation " + UUID.randomUUID());
    HttpResponse<Map> token =
        org.admin()
            .exchange(
                HttpRequest.POST(
                    "/api/organisation/api-tokens",
                    Map.of("name", "Stock", "scopes", List.of("stock:read"))),
                Map.class);
    ApiSession bearer = ApiSession.bearer(client.toBlocking(), (String) token.body().get("secret"));
    assertThat(bearer.exchange(HttpRequest.GET("/api/stock/listings"), Map.class).code())
        .isEqualTo(200);

    HttpResponse<Map> refused = org.admin().exchange(HttpRequest.DELETE("/api/me"), Map.class);
    assertThat(refused.code()).isEqualTo(409);
    assertThat(ApiSession.problem(refused).get("type"))
        .isEqualTo("https://boucle.fr/problems/hand-over-first");

    provisioning.createPerson(
        org.id(),
        "releve-" + UUID.randomUUID() + "@fournisseur.test",
        "Léa Relève",
        AccessFixtures.PASSWORD,
        Set.of(Role.SUPPLIER_ADMIN),
        Set.of());
    assertThat(org.admin().exchange(HttpRequest.DELETE("/api/me"), Map.class).code())
        .isEqualTo(204);
    assertThat(bearer.exchange(HttpRequest.GET("/api/stock/listings"), Map.class).code())
        .isEqualTo(401);
  }
}
