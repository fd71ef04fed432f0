package fr.boucle.ordering;

import static fr.boucle.ordering.OrderingFixtures.act;
import static fr.boucle.ordering.OrderingFixtures.agreement;
import static fr.boucle.ordering.OrderingFixtures.fields;
import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.line;
import static fr.boucle.ordering.OrderingFixtures.lot;
import static fr.boucle.ordering.OrderingFixtures.order;
import static fr.boucle.ordering.OrderingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.ordering.internal.ExpireOrders;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No order is stuck: one never approved expires, and an accepted order can still end — cancelled by
 * its supplier with a reason, or at the buyer's request once the supplier consents — each time
 * giving its stock and its committed amount back.
 */
@MicronautTest(transactional = false)
class OrderEndingsIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;
  @Inject ExpireOrders expiry;

  private OrderingFixtures f;
  private OrderingFixtures.Buyer buyer;
  private OrderingFixtures.Supplier supplier;
  private UUID chairs;

  private void trading(String name, long thresholdCents) {
    f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    buyer = f.buyer("Département " + name, thresholdCents);
    supplier = f.supplier("Atelier " + name, "SIAE_EI");
    chairs = f.listing(supplier, "chaise", 10_000, 2000, "LOT", 20);
    f.activeAgreement(
        buyer,
        agreement(
            "AC-" + name.toUpperCase(),
            List.of(
                lot(1, List.of("chaise"), "NONE", List.of(supplier.org().id()), 1_000_000, 0))));
  }

  @Test
  void anOrderNeverApprovedExpiresAndGivesEverythingBack() {
    trading("Expiry", 1_000); // 10 €: every order here needs approval
    Object stale =
        firstOrder(
                submit(
                    buyer.requester(), "exp-1", order(buyer.serviceId(), List.of(line(chairs, 3)))))
            .get("id");
    Object fresh =
        firstOrder(
                submit(
                    buyer.requester(), "exp-2", order(buyer.serviceId(), List.of(line(chairs, 2)))))
            .get("id");
    assertThat(f.available(chairs)).isEqualTo(15);
    assertThat(committed()).isEqualTo(5 * 10_000);
    sql.update(
        "UPDATE purchase_order SET submitted_at = now() - ?::interval WHERE id = ?::uuid",
        (expiry.delay().toSeconds() + 3600) + " seconds",
        stale);

    assertThat(expiry.expireStale()).isGreaterThanOrEqualTo(1);

    Map<String, Object> expired = buyer.requester().get("/api/orders/" + stale, Map.class);
    assertThat(expired.get("status")).isEqualTo("EXPIRED");
    assertThat(expired.get("allowedActions")).asList().isEmpty();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> events = (List<Map<String, Object>>) expired.get("events");
    assertThat(events.get(events.size() - 1))
        .containsEntry("to", "EXPIRED")
        .containsEntry("actorLabel", "system");
    assertThat((String) events.get(events.size() - 1).get("comment"))
        .contains("Not approved within");
    assertThat(buyer.requester().get("/api/orders/" + fresh, Map.class).get("status"))
        .isEqualTo("SUBMITTED");
    // The requester is told, with a link to the order.
    assertThat(body(AccessFixtures.mailsTo(mail, requesterEmail(), 1).get(0)))
        .contains("a expir")
        .contains("/commandes/" + stale);
    assertThat(f.available(chairs)).isEqualTo(18);
    assertThat(committed()).isEqualTo(2 * 10_000);
    // An expired order is over: the approver can no longer approve it.
    assertThat(act(buyer.approver(), stale, "approve", Map.of()).code()).isEqualTo(409);
    assertThat(expiry.expireStale()).isZero();
  }

  @Test
  void theSupplierCancelsAnAcceptedOrderWithAReason() {
    trading("Retrait", 10_000_000);
    Object id = accepted(4);
    ApiSession seller = supplier.org().admin();
    // The buyer can no longer cancel on its own once the supplier accepted.
    assertThat(act(buyer.requester(), id, "cancel", Map.of()).code()).isEqualTo(409);
    HttpResponse<Map> silent = act(seller, id, "supplier-cancel", Map.of());
    assertThat(silent.code()).isEqualTo(400);
    assertThat(fields(silent)).containsExactly("comment");
    assertThat(f.available(chairs)).isEqualTo(16);

    HttpResponse<Map> cancelled =
        act(seller, id, "supplier-cancel", Map.of("comment", "Lot endommagé au dépôt"));
    assertThat(cancelled.code()).as("%s", cancelled.getBody(Map.class)).isEqualTo(200);
    assertThat(cancelled.body().get("status")).isEqualTo("CANCELLED");
    assertThat(body(AccessFixtures.mailsTo(mail, requesterEmail(), 1).get(0)))
        .contains("Lot endommag");
    assertThat(f.available(chairs)).isEqualTo(20);
    assertThat(committed()).isZero();
  }

  @Test
  void theBuyerAsksAndTheSupplierConsentsOrDeclines() {
    trading("Demande", 10_000_000);
    Object id = accepted(5);
    ApiSession seller = supplier.org().admin();
    assertThat(act(seller, id, "decline-cancellation", Map.of("comment", "Rien à refuser")).code())
        .isEqualTo(409);
    assertThat(fields(act(buyer.requester(), id, "request-cancellation", Map.of())))
        .containsExactly("comment");

    HttpResponse<Map> asked =
        act(buyer.requester(), id, "request-cancellation", Map.of("comment", "Service fermé"));
    assertThat(asked.code()).as("%s", asked.getBody(Map.class)).isEqualTo(200);
    assertThat(asked.body().get("status")).isEqualTo("ACCEPTED");
    assertThat(asked.body().get("cancellationRequest").toString()).contains("Service fermé");
    Map<String, Object> seen = seller.get("/api/orders/" + id, Map.class);
    assertThat(seen.get("allowedActions"))
        .asList()
        .contains("SUPPLIER_CANCEL", "DECLINE_CANCELLATION");

    HttpResponse<Map> declined =
        act(seller, id, "decline-cancellation", Map.of("comment", "Déjà chargée"));
    assertThat(declined.code()).isEqualTo(200);
    assertThat(declined.body().get("cancellationRequest")).isNull();
    assertThat(declined.body().get("status")).isEqualTo("ACCEPTED");
    assertThat(f.available(chairs)).isEqualTo(15);

    assertThat(
            act(buyer.requester(), id, "request-cancellation", Map.of("comment", "Toujours fermé"))
                .code())
        .isEqualTo(200);
    HttpResponse<Map> consented = act(seller, id, "supplier-cancel", Map.of("comment", "D’accord"));
    assertThat(consented.body().get("status")).isEqualTo("CANCELLED");
    assertThat(consented.body().get("cancellationRequest")).isNull();
    assertThat(f.available(chairs)).isEqualTo(20);
    assertThat(committed()).isZero();
  }

  private String requesterEmail() {
    return sql.one(
            "SELECT email FROM person WHERE id = ?", rs -> rs.getString(1), buyer.requesterId())
        .orElseThrow();
  }

  private static String body(jakarta.mail.internet.MimeMessage message) {
    return com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
  }

  /** An order placed (no approval needed) and accepted by the supplier. */
  private Object accepted(int quantity) {
    HttpResponse<Map> placed =
        submit(
            buyer.requester(),
            "acc-" + UUID.randomUUID(),
            order(buyer.serviceId(), List.of(line(chairs, quantity))));
    Object id = firstOrder(placed).get("id");
    assertThat(act(supplier.org().admin(), id, "accept", Map.of()).code()).isEqualTo(200);
    return id;
  }

  /** The amount excl. VAT still committed by the buyer's orders (the spend ledger). */
  private long committed() {
    return sql.count(
        "SELECT COALESCE(sum(committed_excl_vat_cents), 0) FROM spend_entry WHERE service_id = ?",
        buyer.serviceId());
  }
}
