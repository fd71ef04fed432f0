package fr.boucle.needs;

import static fr.boucle.ordering.OrderingFixtures.created;
import static fr.boucle.ordering.OrderingFixtures.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.needs.internal.SendNeedDigests;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Saved searches of needs over HTTP with the real SMTP server: which supplier's person is mailed
 * which new need (a category covers its sub-categories, a wrong département is left out, an
 * insertion-only need never reaches a supplier that is not an insertion structure), the daily
 * digest gathering several needs in one mail at the time the test gives, no need mailed twice, and
 * the one-click unsubscribe stopping the mails.
 */
@MicronautTest(transactional = false)
class NeedAlertsIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Pattern UNSUBSCRIBE =
      Pattern.compile("(/api/needs/saved-searches/unsubscribe/[A-Za-z0-9_-]+)");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;
  @Inject SendNeedDigests digests;

  @Test
  void savedSearchesMailTheNeedsEachSupplierMaySeeAtOnceOrInADailyDigest() throws Exception {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Buyer buyer = f.buyer("Ville de Vitry-sur-Seine", 0);
    ApiSession admin = buyer.admin();
    UUID vitry = vitryService(admin);
    UUID montreuil = buyer.serviceId(); // in the 93
    OrderingFixtures.Supplier furniture = f.supplier("Mobilier Solidaire 94", "SIAE_ACI");
    OrderingFixtures.Supplier workshop = f.supplier("Atelier Adapté 94", "EA");
    OrderingFixtures.Supplier trader = f.supplier("Négoce Mobilier 94", "OTHER");
    for (OrderingFixtures.Supplier s : List.of(furniture, workshop, trader)) {
      sql.update(
          "UPDATE organisation SET departments_served = ? WHERE id = ?",
          List.of("94", "93"),
          s.org().id());
    }
    ApiSession furnitureAdmin = furniture.org().admin();

    // Bad input: every wrong field named, nothing saved; buyers have no saved searches.
    Map<String, Object> bad = search("", List.of("pas-une-categorie"), List.of("999"), null);
    HttpResponse<?> refused =
        furnitureAdmin.exchange(HttpRequest.POST("/api/needs/saved-searches", bad), Map.class);
    assertThat(refused.code()).isEqualTo(400);
    assertThat(fields(refused))
        .containsExactlyInAnyOrder("name", "categoryIds[0]", "departments[0]", "frequency");
    assertThat(
            sql.count(
                "SELECT count(*) FROM need_saved_search WHERE supplier_id = ?",
                furniture.org().id()))
        .isZero();
    assertThat(admin.exchange(HttpRequest.GET("/api/needs/saved-searches"), Map.class).code())
        .isEqualTo(403);

    // The furniture SIAE: office furniture in the 94 at once, and chairs anywhere daily.
    SavedSearches.SavedSearch officeNow =
        save(
            furnitureAdmin,
            search(
                "Mobilier de bureau 94", List.of("mobilier-bureau"), List.of("94"), "IMMEDIATE"));
    save(furnitureAdmin, withWords(search("Chaises", List.of(), List.of(), "DAILY"), "chaises"));
    // The EA: office furniture anywhere, in a daily digest.
    save(
        workshop.org().admin(), search("Mobilier", List.of("mobilier-bureau"), List.of(), "DAILY"));
    // The trader (not an insertion structure): everything in the 94, at once.
    save(trader.org().admin(), search("Tout le 94", List.of(), List.of("94"), "IMMEDIATE"));

    // Another person's search is not found.
    ApiSession workshopAdmin = workshop.org().admin();
    assertThat(
            workshopAdmin
                .exchange(
                    HttpRequest.PUT(
                        "/api/needs/saved-searches/" + officeNow.id(),
                        search("x", List.of(), List.of(), "NONE")),
                    Map.class)
                .code())
        .isEqualTo(404);
    assertThat(
            workshopAdmin
                .exchange(
                    HttpRequest.DELETE("/api/needs/saved-searches/" + officeNow.id()), Map.class)
                .code())
        .isEqualTo(404);

    // The trader's administrator reads Boucle in English.
    sql.update("UPDATE person SET language = 'en' WHERE email = ?", trader.org().adminEmail());

    // Three needs: chairs in Vitry (94, a sub-category of office furniture), a sofa in Montreuil
    // (93), armchairs in Vitry reserved for insertion structures.
    UUID chairs = publish(admin, vitry, "12 chaises de bureau", "siege-bureau", "ALL_SUPPLIERS");
    UUID sofa = publish(admin, montreuil, "Un canapé pour la crèche", "canape", "ALL_SUPPLIERS");
    UUID armchairs = publish(admin, vitry, "Fauteuils de bureau", "siege-bureau", "INSERTION_ONLY");

    // At once: the SIAE gets the chairs and the armchairs (not the sofa, in the 93); the trader
    // gets the chairs only (the armchairs are for insertion structures, the sofa in the 93).
    assertThat(mailed(furniture, chairs)).isEqualTo(1);
    assertThat(mailed(furniture, armchairs)).isEqualTo(1);
    assertThat(mailed(furniture, sofa)).isZero();
    assertThat(mailed(trader, chairs)).isEqualTo(1);
    assertThat(mailed(trader, armchairs)).isZero();
    assertThat(mailed(trader, sofa)).isZero();
    // Each in their own language.
    assertThat(
            sql.count(
                "SELECT count(*) FROM mail_outbox WHERE recipient = ? AND subject = ?",
                trader.org().adminEmail(),
                "New need for your saved search: 12 chaises de bureau"))
        .isOne();
    assertThat(
            sql.count(
                "SELECT count(*) FROM mail_outbox WHERE recipient = ? AND subject = ?",
                furniture.org().adminEmail(),
                "Nouveau besoin pour votre recherche : 12 chaises de bureau"))
        .isOne();
    // The EA waits for its digest.
    assertThat(mailsTo(workshop)).isZero();

    // Delivered over SMTP with the one-click unsubscribe headers.
    List<MimeMessage> received =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> alertsReceivedBy(furniture.org().adminEmail()), m -> m.size() >= 2);
    MimeMessage first = received.get(0);
    assertThat(first.getHeader("List-Unsubscribe")[0])
        .startsWith("<http://boucle.test/api/needs/saved-searches/unsubscribe/")
        .endsWith(">");
    assertThat(first.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

    // The digest: nothing before 7 a.m. (Paris), then one mail gathering the three needs for the
    // EA; the SIAE's daily search found the chairs, already mailed at once: no digest for it.
    LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
    Instant early = tomorrow.atTime(6, 0).atZone(PARIS).toInstant();
    Instant morning = tomorrow.atTime(8, 0).atZone(PARIS).toInstant();
    digests.send(early);
    assertThat(mailsTo(workshop)).isZero();
    digests.send(morning);
    assertThat(mailsTo(workshop)).isEqualTo(1);
    String digest =
        sql.one(
                "SELECT body FROM mail_outbox WHERE recipient = ? AND subject = ?",
                rs -> rs.getString(1),
                workshop.org().adminEmail(),
                "3 nouveaux besoins pour vos recherches sur Boucle")
            .orElseThrow();
    assertThat(digest)
        .contains("12 chaises de bureau", "Un canapé pour la crèche", "Fauteuils de bureau")
        .contains("/besoins/" + chairs, "/besoins/" + sofa, "/besoins/" + armchairs)
        .contains("/besoins/desabonnement/");
    assertThat(mailsTo(furniture)).isEqualTo(2);
    // No mail twice: the same morning again, and the next day, send nothing more.
    digests.send(morning.plusSeconds(3600));
    digests.send(morning.plusSeconds(24 * 3600));
    assertThat(mailsTo(workshop)).isEqualTo(1);
    assertThat(mailsTo(furniture)).isEqualTo(2);
    assertThat(mailsTo(trader)).isEqualTo(1);

    // One-click unsubscribe, without signing in, as a mail client posts it (RFC 8058).
    String link =
        sql.one(
                "SELECT list_unsubscribe FROM mail_outbox WHERE recipient = ? AND body LIKE ?",
                rs -> rs.getString(1),
                furniture.org().adminEmail(),
                "%/besoins/" + chairs + "%")
            .orElseThrow();
    Matcher path = UNSUBSCRIBE.matcher(link);
    assertThat(path.find()).isTrue();
    ApiSession anonymous = new ApiSession(client.toBlocking());
    HttpResponse<SavedSearches.Unsubscribed> unsubscribed =
        anonymous.exchange(
            HttpRequest.POST(path.group(1), "List-Unsubscribe=One-Click")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
            SavedSearches.Unsubscribed.class);
    assertThat(unsubscribed.code()).isEqualTo(200);
    assertThat(unsubscribed.body().searches()).containsExactly("Mobilier de bureau 94");
    assertThat(
            anonymous
                .exchange(
                    HttpRequest.POST("/api/needs/saved-searches/unsubscribe/nope", Map.of()),
                    Map.class)
                .code())
        .isEqualTo(404);
    List<SavedSearches.SavedSearch> mine =
        furnitureAdmin
            .exchange(
                HttpRequest.GET("/api/needs/saved-searches"),
                Argument.listOf(SavedSearches.SavedSearch.class))
            .body();
    assertThat(mine)
        .extracting(SavedSearches.SavedSearch::name, SavedSearches.SavedSearch::frequency)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Mobilier de bureau 94", AlertFrequency.NONE),
            org.assertj.core.groups.Tuple.tuple("Chaises", AlertFrequency.DAILY));

    // After it, new chairs in Vitry reach the trader but no longer the SIAE at once.
    UUID more =
        publish(admin, vitry, "Encore des sièges de bureau", "siege-bureau", "ALL_SUPPLIERS");
    assertThat(mailed(trader, more)).isEqualTo(1);
    assertThat(mailed(furniture, more)).isZero();

    // Editing the frequency and deleting: the person's own searches.
    Map<String, Object> again =
        search("Mobilier de bureau 94", List.of("mobilier-bureau"), List.of("94"), "DAILY");
    assertThat(
            furnitureAdmin
                .exchange(
                    HttpRequest.PUT("/api/needs/saved-searches/" + officeNow.id(), again),
                    SavedSearches.SavedSearch.class)
                .body()
                .frequency())
        .isEqualTo(AlertFrequency.DAILY);
    assertThat(
            furnitureAdmin
                .exchange(
                    HttpRequest.DELETE("/api/needs/saved-searches/" + officeNow.id()), Map.class)
                .code())
        .isEqualTo(204);
    assertThat(sql.count("SELECT count(*) FROM need_saved_search WHERE id = ?", officeNow.id()))
        .isZero();
  }

  private List<MimeMessage> alertsReceivedBy(String email) throws Exception {
    List<MimeMessage> alerts = new java.util.ArrayList<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().equals(email)
          && m.getSubject().startsWith("Nouveau besoin pour votre recherche : ")) {
        alerts.add(m);
      }
    }
    return alerts;
  }

  private static Map<String, Object> search(
      String name, List<String> categories, List<String> departments, String frequency) {
    Map<String, Object> s = new HashMap<>();
    s.put("name", name);
    s.put("categoryIds", categories);
    s.put("departments", departments);
    s.put("frequency", frequency);
    return s;
  }

  private static Map<String, Object> withWords(Map<String, Object> search, String words) {
    search.put("words", words);
    return search;
  }

  private static SavedSearches.SavedSearch save(ApiSession session, Map<String, Object> search) {
    HttpResponse<SavedSearches.SavedSearch> saved =
        session.exchange(
            HttpRequest.POST("/api/needs/saved-searches", search), SavedSearches.SavedSearch.class);
    assertThat(saved.code()).as("%s", saved.getBody(Map.class)).isEqualTo(201);
    return saved.body();
  }

  private static UUID publish(
      ApiSession admin, UUID service, String title, String category, String visibility) {
    Map<String, Object> need = new HashMap<>();
    need.put("title", title);
    need.put("description", "Livraison en semaine.");
    need.put("categoryIds", List.of(category));
    need.put("quantity", 12);
    need.put("serviceId", service.toString());
    need.put("closingDate", LocalDate.now().plusDays(14).toString());
    need.put("kind", "QUOTE");
    need.put("visibility", visibility);
    HttpResponse<NeedViews.NeedDetail> published =
        admin.exchange(HttpRequest.POST("/api/needs", need), NeedViews.NeedDetail.class);
    assertThat(published.code()).as("%s", published.getBody(Map.class)).isEqualTo(201);
    return published.body().summary().id();
  }

  /** The mails queued for the supplier's administrator about this need. */
  private long mailed(OrderingFixtures.Supplier supplier, UUID need) {
    return sql.count(
        "SELECT count(*) FROM mail_outbox WHERE recipient = ? AND body LIKE ?",
        supplier.org().adminEmail(),
        "%/besoins/" + need + "%");
  }

  private long mailsTo(OrderingFixtures.Supplier supplier) {
    return sql.count(
        "SELECT count(*) FROM mail_outbox WHERE recipient = ? AND (subject LIKE ?"
            + " OR subject LIKE ? OR subject LIKE ? OR subject LIKE ?)",
        supplier.org().adminEmail(),
        "Nouveau besoin pour votre recherche%",
        "%pour vos recherches sur Boucle",
        "New need for your saved search%",
        "%for your saved searches on Boucle");
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
}
