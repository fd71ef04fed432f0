package fr.boucle.needs;

import static fr.boucle.ordering.OrderingFixtures.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The buyer admin's sourcing statistics over HTTP on PostgreSQL: five needs, answered by an
 * insertion structure, by a plain supplier (once jointly with an ESAT), refused twice; ordered,
 * bought elsewhere, not bought, cancelled, one still open. Every figure is recounted from the need
 * tables with SQL in the test.
 */
@MicronautTest(transactional = false)
class NeedsStatisticsIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Test
  void theBuyerAdminSeesItsSourcingFiguresAndNobodyElseDoes() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Buyer buyer = f.buyer("Ville de Sourçage", 0);
    OrderingFixtures.Supplier siae = f.supplier("Atelier Chantier Insertion", "SIAE_ACI");
    OrderingFixtures.Supplier plain = f.supplier("Reconditionneur Classique", "ESS");
    OrderingFixtures.Supplier esat = f.supplier("ESAT des Lilas", "ESAT");
    ApiSession requester = buyer.requester();
    ApiSession siaeAdmin = siae.org().admin();
    ApiSession plainAdmin = plain.org().admin();

    UUID ordered = publish(requester, buyer.serviceId(), "Armoires de bureau");
    UUID elsewhere = publish(requester, buyer.serviceId(), "Écrans reconditionnés");
    UUID cancelled = publish(requester, buyer.serviceId(), "Vélos de service");
    UUID open = publish(requester, buyer.serviceId(), "Tables de réunion");
    UUID notBought = publish(requester, buyer.serviceId(), "Fauteuils d'accueil");

    propose(siaeAdmin, ordered, List.of());
    decline(plainAdmin, ordered);
    propose(plainAdmin, elsewhere, List.of());
    decline(siaeAdmin, elsewhere);
    propose(plainAdmin, open, List.of(esat.org().id().toString()));

    end(requester, ordered, "close", Map.of("outcome", "ORDERED", "amountCents", 150_000));
    end(
        requester,
        elsewhere,
        "close",
        Map.of("outcome", "BOUGHT_ELSEWHERE", "amountCents", 80_012));
    end(requester, notBought, "close", Map.of("outcome", "NOT_BOUGHT"));
    end(requester, cancelled, "cancel", Map.of("reason", "Budget reporté"));

    SourcingFigures s = buyer.admin().get("/api/needs/statistics", SourcingFigures.class);
    UUID org = buyer.org().id();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    assertThat(s.to()).isEqualTo(today);
    assertThat(s.from()).isEqualTo(YearMonth.from(today).minusMonths(11).atDay(1));

    // Recounted from the tables.
    long published = count("SELECT count(*) FROM need WHERE buyer_id = ?", org);
    assertThat(published).isEqualTo(5);
    assertThat(s.published()).isEqualTo(published);
    assertThat(s.open()).isEqualTo(status(org, "OPEN")).isEqualTo(1);
    assertThat(s.closed()).isEqualTo(status(org, "CLOSED")).isEqualTo(3);
    assertThat(s.cancelled()).isEqualTo(status(org, "CANCELLED")).isEqualTo(1);
    long proposals = answers(org, "PROPOSAL");
    long notForUs = answers(org, "NOT_FOR_US");
    assertThat(s.proposals()).isEqualTo(proposals).isEqualTo(3);
    assertThat(s.notForUs()).isEqualTo(notForUs).isEqualTo(2);
    assertThat(s.proposalsPerNeed()).isEqualTo("0.60");
    assertThat(s.notForUsPerNeed()).isEqualTo("0.40");
    long answered =
        count(
            "SELECT count(DISTINCT n.id) FROM need n JOIN need_answer a ON a.need_id = n.id"
                + " WHERE n.buyer_id = ? AND a.kind = 'PROPOSAL'",
            org);
    assertThat(s.answeredNeeds()).isEqualTo(answered).isEqualTo(3);
    long insertion =
        count(
            "SELECT count(DISTINCT n.id) FROM need n JOIN need_answer a ON a.need_id = n.id"
                + " LEFT JOIN need_answer_partner p ON p.answer_id = a.id"
                + " JOIN organisation o ON o.id = a.supplier_id OR o.id = p.supplier_id"
                + " WHERE n.buyer_id = ? AND a.kind = 'PROPOSAL' AND o.insertion_status IN"
                + " ('SIAE_EI', 'SIAE_ACI', 'SIAE_AI', 'SIAE_ETTI', 'EA', 'ESAT')",
            org);
    assertThat(s.insertionAnsweredNeeds()).isEqualTo(insertion).isEqualTo(2);
    assertThat(s.insertionShareBasisPoints())
        .isEqualTo((int) (insertion * 10_000 / published))
        .isEqualTo(4_000);
    for (SourcingFigures.Outcome o : s.outcomes()) {
      assertThat(o.count())
          .as("%s", o.outcome())
          .isEqualTo(
              count(
                  "SELECT count(*) FROM need WHERE buyer_id = ? AND outcome = ?",
                  org,
                  o.outcome().name()));
      assertThat(o.amountCents())
          .as("%s", o.outcome())
          .isEqualTo(
              count(
                  "SELECT coalesce(sum(outcome_amount_cents), 0) FROM need"
                      + " WHERE buyer_id = ? AND outcome = ?",
                  org,
                  o.outcome().name()));
    }
    assertThat(s.outcomes())
        .containsExactly(
            new SourcingFigures.Outcome(NeedOutcome.ORDERED, 1, 150_000),
            new SourcingFigures.Outcome(NeedOutcome.BOUGHT_ELSEWHERE, 1, 80_012),
            new SourcingFigures.Outcome(NeedOutcome.NOT_BOUGHT, 1, 0));
    assertThat(s.months()).hasSize(12);
    assertThat(s.months().get(s.months().size() - 1))
        .isEqualTo(new SourcingFigures.Month(YearMonth.from(today).toString(), 5, 3));
    assertThat(s.months().subList(0, 11))
        .allSatisfy(m -> assertThat(m.published() + m.answered()).isZero());

    // A period without needs: zeros.
    SourcingFigures future =
        buyer
            .admin()
            .get(
                "/api/needs/statistics?from=" + today.plusDays(1) + "&to=" + today.plusMonths(1),
                SourcingFigures.class);
    assertThat(future.published()).isZero();
    assertThat(future.proposalsPerNeed()).isEqualTo("0.00");
    assertThat(future.insertionShareBasisPoints()).isZero();

    // Bad dates named; a requester is refused; another buyer sees zeros.
    assertThat(
            fields(
                buyer
                    .admin()
                    .exchange(
                        HttpRequest.GET("/api/needs/statistics?from=2026-13-01&to=hier"),
                        Map.class)))
        .containsExactlyInAnyOrder("from", "to");
    assertThat(
            fields(
                buyer
                    .admin()
                    .exchange(
                        HttpRequest.GET("/api/needs/statistics?from=2026-05-02&to=2026-05-01"),
                        Map.class)))
        .containsExactly("from");
    assertThat(requester.exchange(HttpRequest.GET("/api/needs/statistics"), Map.class).code())
        .isEqualTo(403);
    assertThat(siaeAdmin.exchange(HttpRequest.GET("/api/needs/statistics"), Map.class).code())
        .isEqualTo(403);
    SourcingFigures other =
        f.buyer("Autre Ville", 0).admin().get("/api/needs/statistics", SourcingFigures.class);
    assertThat(other.published()).isZero();
    assertThat(other.proposals()).isZero();
    assertThat(other.notForUs()).isZero();
    assertThat(other.outcomes()).allSatisfy(o -> assertThat(o.count()).isZero());
  }

  private long count(String query, Object... params) {
    return sql.count(query, params);
  }

  private long status(UUID org, String status) {
    return count("SELECT count(*) FROM need WHERE buyer_id = ? AND status = ?", org, status);
  }

  private long answers(UUID org, String kind) {
    return count(
        "SELECT count(*) FROM need_answer a JOIN need n ON n.id = a.need_id"
            + " WHERE n.buyer_id = ? AND a.kind = ?",
        org,
        kind);
  }

  private static UUID publish(ApiSession requester, UUID service, String title) {
    Map<String, Object> need = new HashMap<>();
    need.put("title", title);
    need.put("description", "Pour nos services.");
    need.put("categoryIds", List.of("siege-bureau"));
    need.put("quantity", 4);
    need.put("serviceId", service.toString());
    need.put("closingDate", LocalDate.now().plusDays(14).toString());
    need.put("kind", "QUOTE");
    need.put("visibility", "ALL_SUPPLIERS");
    HttpResponse<NeedViews.NeedDetail> published =
        requester.exchange(HttpRequest.POST("/api/needs", need), NeedViews.NeedDetail.class);
    assertThat(published.code()).isEqualTo(201);
    return published.body().summary().id();
  }

  private static void propose(ApiSession supplier, UUID need, List<String> partners) {
    Map<String, Object> answer = new HashMap<>();
    answer.put("message", "Nous pouvons le faire.");
    answer.put("offer", "En cours de reconditionnement.");
    answer.put("availableOn", LocalDate.now().plusDays(20).toString());
    answer.put("partnerIds", partners);
    HttpResponse<?> answered =
        supplier.exchange(HttpRequest.POST("/api/needs/" + need + "/answers", answer), Map.class);
    assertThat(answered.code()).as("%s", answered.getBody(Map.class)).isEqualTo(201);
  }

  private static void decline(ApiSession supplier, UUID need) {
    HttpResponse<?> declined =
        supplier.exchange(
            HttpRequest.POST("/api/needs/" + need + "/not-for-us", Map.of()), Map.class);
    assertThat(declined.code()).isEqualTo(201);
  }

  private static void end(ApiSession requester, UUID need, String how, Map<String, Object> body) {
    HttpResponse<?> ended =
        requester.exchange(HttpRequest.POST("/api/needs/" + need + "/" + how, body), Map.class);
    assertThat(ended.code()).as("%s", ended.getBody(Map.class)).isEqualTo(200);
  }
}
