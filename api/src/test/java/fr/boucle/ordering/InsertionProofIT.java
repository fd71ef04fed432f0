package fr.boucle.ordering;

import static fr.boucle.ordering.OrderingFixtures.line;
import static fr.boucle.ordering.OrderingFixtures.order;
import static fr.boucle.ordering.OrderingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reserved lot (L2113-12/13) admits a supplier whose insertion proof is valid on the day and
 * checked by the operator: a proof changed after validation goes back to the operator's review,
 * with the audit keeping the proof before and after.
 */
@MicronautTest(transactional = false)
class InsertionProofIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Test
  @SuppressWarnings("unchecked")
  void aReservedLotAdmitsOnlyAValidReviewedProof() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Département Réservé")
            .buyingFrom("Atelier Réservé", "SIAE_EI")
            .underAgreement("AC-RESERVE")
            .lotCovering("bureau")
            .reservedFor("SIAE")
            .create();
    OrderingFixtures.Buyer buyer = trade.buyer();
    OrderingFixtures.Supplier supplier = trade.supplier();
    UUID desks = f.listing(supplier, "bureau", 5_000, 2000, "LOT", 50);
    Map<String, Object> one = order(buyer.serviceId(), List.of(line(desks, 1)));
    assertThat(submit(buyer.requester(), "res-1", one).code()).isEqualTo(201);

    // The supplier changes its proof: it waits for the operator, and the reserved lot waits too.
    ApiSession admin = supplier.org().admin();
    String newUntil = LocalDate.now().plusYears(2).toString();
    HttpResponse<Map> changed =
        admin.exchange(
            HttpRequest.PUT(
                "/api/organisation",
                Map.of(
                    "insertionProofReference",
                    "DREETS 93-2027-0042",
                    "insertionValidUntil",
                    newUntil)),
            Map.class);
    assertThat(changed.code()).as("%s", changed.getBody(Map.class)).isEqualTo(200);
    assertThat(changed.body().get("insertionProofReviewPending")).isEqualTo(true);
    Map<String, Object> details =
        sql.one(
                "SELECT details::text FROM audit_event WHERE organisation_id = ?"
                    + " AND action = 'organisation.updated' ORDER BY id DESC LIMIT 1",
                rs -> Map.<String, Object>of("json", rs.getString(1)),
                supplier.org().id())
            .orElseThrow();
    assertThat((String) details.get("json"))
        .contains("\"before\"")
        .contains("\"after\"")
        .contains("DREETS 93-2027-0042")
        .contains(newUntil);

    HttpResponse<OrderViews.Submitted> waiting = submit(buyer.requester(), "res-2", one);
    assertThat(waiting.code()).isIn(400, 409, 422);
    assertThat(ApiSession.problem(waiting).toString()).contains("awaits the operator's review");

    ApiSession operator = new AccessFixtures(client.toBlocking()).operator();
    List<Map<String, Object>> queue =
        operator.get("/api/operator/organisations/insertion-reviews", List.class);
    assertThat(queue).extracting(o -> o.get("id")).contains(supplier.org().id().toString());
    assertThat(
            admin
                .exchange(
                    HttpRequest.POST(
                        "/api/operator/organisations/" + supplier.org().id() + "/insertion-review",
                        Map.of()),
                    Map.class)
                .code())
        .isEqualTo(404);
    HttpResponse<Map> reviewed =
        operator.exchange(
            HttpRequest.POST(
                "/api/operator/organisations/" + supplier.org().id() + "/insertion-review",
                Map.of()),
            Map.class);
    assertThat(reviewed.code()).isEqualTo(200);
    assertThat(reviewed.body().get("insertionProofReviewPending")).isEqualTo(false);
    assertThat(submit(buyer.requester(), "res-3", one).code()).isEqualTo(201);

    // A proof that lapsed: not valid on the day, not admitted.
    sql.update(
        "UPDATE organisation SET insertion_valid_until = current_date - 1 WHERE id = ?",
        supplier.org().id());
    HttpResponse<OrderViews.Submitted> lapsed = submit(buyer.requester(), "res-4", one);
    assertThat(lapsed.code()).isIn(400, 409, 422);
    assertThat(ApiSession.problem(lapsed).toString()).contains("not valid on");
  }
}
