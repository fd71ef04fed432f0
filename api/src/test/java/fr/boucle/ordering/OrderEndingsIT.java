package fr.boucle.ordering;

import static fr.boucle.ordering.OrderingFixtures.act;
import static fr.boucle.ordering.OrderingFixtures.fields;
import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.line;
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
    OrderingFixtures.Trade trade =
        f.aBuyer("Département " + name)
            .approvingAbove(thresholdCents)
            .buyingFrom("Atelier " + name, "SIAE_EI")
            .underAgreement("AC-" + name.toUpperCase())
            .lotCovering("chaise")
            .upTo(1_000_000)
            .create();
    buyer = trade.buyer();
    supplier = trade.supplier();
    chairs = f.listing(supplier, "chaise", 10_000, 2000, "LOT", 20);
  }

  @Test
  void anOrderNeverApprovedExpiresAndGivesEverythingBack() {
    trading("Expiry", 1_000); // 10 €: every order here needs approval
    UUID stale =
        firstOrder(
                submit(
                    buyer.requester(), "exp-1", order(buyer.serviceId(), List.of(line(chairs, 3)))))
            .id();
    UUID fresh =
        firstOrder(
                submit(
                    buyer.requester(), "exp-2", order(buyer.serviceId(), List.of(line(chairs, 2)))))
            .id();
    assertThat(f.available(chairs)).isEqualTo(15);
    assertThat(committed()).isEqualTo(5 * 10_000);
    sql.update(
        "UPDATE purchase_order SET submitted_at = now() - ?::interval WHERE id = ?::uuid",
        (expiry.delay().toSeconds() + 3600) + " seconds",
        stale);

    assertThat(expiry.expireStale()).isGreaterThanOrEqualTo(1);

    OrderViews.Order expired = OrderingFixtures.order(buyer.requester(), stale);
    assertThat(expired.status()).isEqualTo(OrderStatus.EXPIRED);
    assertThat(expired.allowedActions()).isEmpty();
    OrderViews.Event last = expired.events().get(expired.events().size() - 1);
    assertThat(last.to()).isEqualTo(OrderStatus.EXPIRED);
    assertThat(last.actorLabel()).isEqualTo("system");
    assertThat(last.comment()).contains("Not approved within");
    assertThat(last.commentCode()).isEqualTo("order-expired-unapproved");
    assertThat(last.commentParams())
        .isEqualTo(Map.of("days", String.valueOf(expiry.delay().toDays())));
    assertThat(OrderingFixtures.order(buyer.requester(), fresh).status())
        .isEqualTo(OrderStatus.SUBMITTED);
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
    UUID id = accepted(4);
    ApiSession seller = supplier.org().admin();
    // The buyer can no longer cancel on its own once the supplier accepted.
    assertThat(act(buyer.requester(), id, "cancel", Map.of()).code()).isEqualTo(409);
    HttpResponse<OrderViews.Order> silent = act(seller, id, "supplier-cancel", Map.of());
    assertThat(silent.code()).isEqualTo(400);
    assertThat(fields(silent)).containsExactly("comment");
    assertThat(f.available(chairs)).isEqualTo(16);

    HttpResponse<OrderViews.Order> cancelled =
        act(seller, id, "supplier-cancel", Map.of("comment", "Lot endommagé au dépôt"));
    assertThat(cancelled.code()).as("%s", cancelled.getBody(Map.class)).isEqualTo(200);
    assertThat(cancelled.body().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(body(AccessFixtures.mailsTo(mail, requesterEmail(), 1).get(0)))
        .contains("Lot endommag");
    assertThat(f.available(chairs)).isEqualTo(20);
    assertThat(committed()).isZero();
  }

  @Test
  void theBuyerAsksAndTheSupplierConsentsOrDeclines() {
    trading("Demande", 10_000_000);
    UUID id = accepted(5);
    ApiSession seller = supplier.org().admin();
    assertThat(act(seller, id, "decline-cancellation", Map.of("comment", "Rien à refuser")).code())
        .isEqualTo(409);
    assertThat(fields(act(buyer.requester(), id, "request-cancellation", Map.of())))
        .containsExactly("comment");

    HttpResponse<OrderViews.Order> asked =
        act(buyer.requester(), id, "request-cancellation", Map.of("comment", "Service fermé"));
    assertThat(asked.code()).as("%s", asked.getBody(Map.class)).isEqualTo(200);
    assertThat(asked.body().status()).isEqualTo(OrderStatus.ACCEPTED);
    assertThat(asked.body().cancellationRequest().reason()).contains("Service fermé");
    OrderViews.Order seen = OrderingFixtures.order(seller, id);
    assertThat(seen.allowedActions())
        .contains(OrderAction.SUPPLIER_CANCEL, OrderAction.DECLINE_CANCELLATION);

    HttpResponse<OrderViews.Order> declined =
        act(seller, id, "decline-cancellation", Map.of("comment", "Déjà chargée"));
    assertThat(declined.code()).isEqualTo(200);
    assertThat(declined.body().cancellationRequest()).isNull();
    assertThat(declined.body().status()).isEqualTo(OrderStatus.ACCEPTED);
    assertThat(f.available(chairs)).isEqualTo(15);

    assertThat(
            act(buyer.requester(), id, "request-cancellation", Map.of("comment", "Toujours fermé"))
                .code())
        .isEqualTo(200);
    HttpResponse<OrderViews.Order> consented =
        act(seller, id, "supplier-cancel", Map.of("comment", "D’accord"));
    assertThat(consented.body().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(consented.body().cancellationRequest()).isNull();
    assertThat(f.available(chairs)).isEqualTo(20);
    assertThat(committed()).isZero();
  }

  private String requesterEmail() {
    return sql.one(
            "SELECT email FROM person WHERE id = ?", rs -> rs.getString(1), buyer.requesterId())
        .orElseThrow();
  }

  /** The mail's text, decoded (quoted-printable folds long lines anywhere). */
  private static String body(jakarta.mail.internet.MimeMessage message) {
    try {
      return AccessFixtures.text(message.getContent());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An order placed (no approval needed) and accepted by the supplier. */
  private UUID accepted(int quantity) {
    HttpResponse<OrderViews.Submitted> placed =
        submit(
            buyer.requester(),
            "acc-" + UUID.randomUUID(),
            order(buyer.serviceId(), List.of(line(chairs, quantity))));
    UUID id = firstOrder(placed).id();
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
