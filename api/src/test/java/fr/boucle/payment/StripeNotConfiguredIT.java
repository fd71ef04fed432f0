package fr.boucle.payment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.invoicing.InvoiceViews;
import fr.boucle.invoicing.InvoicingFixtures;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plain deployment: no Stripe keys, and the payment endpoints say so plainly. */
@MicronautTest(transactional = false)
class StripeNotConfiguredIT {

  static final String NOT_CONFIGURED = "https://boucle.fr/problems/stripe-not-configured";

  @RegisterExtension static com.icegreen.greenmail.junit5.GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Sql sql;
  @Inject AccountProvisioning provisioning;

  @Test
  void answersStripeIsNotConfiguredOnEveryPaymentEndpoint() {
    AccessFixtures access = new AccessFixtures(client.toBlocking());
    ApiSession supplier = access.supplier("Atelier Sans Stripe").admin();
    ApiSession buyer = access.buyer("Mairie Sans Stripe").admin();

    assertNotConfigured(
        supplier.exchange(
            HttpRequest.POST("/api/payments/stripe/onboarding", Map.of()), Map.class));
    assertNotConfigured(
        supplier.exchange(HttpRequest.GET("/api/payments/stripe/account"), Map.class));
    assertNotConfigured(buyer.exchange(HttpRequest.GET("/api/payments/settings"), Map.class));
    assertNotConfigured(
        buyer.exchange(
            HttpRequest.PUT("/api/payments/settings", Map.of("cardAllowed", true)), Map.class));
    assertNotConfigured(
        buyer.exchange(
            HttpRequest.POST("/api/invoices/" + UUID.randomUUID() + "/checkout", Map.of()),
            Map.class));
    assertNotConfigured(
        access
            .operator()
            .exchange(HttpRequest.GET("/api/operator/payments/reconciliation"), Map.class));
  }

  @Test
  void answersPaymentOptionsWithStripeOffToWhoeverMayReadTheInvoice() {
    OrderingFixtures fixtures = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        fixtures.aBuyer("Mairie Virement").buyingFrom("Atelier Virement", "SIAE_ACI").create();
    InvoicingFixtures.billable(trade, "LIABLE");
    UUID listing = fixtures.listing(trade.supplier(), "bureau", 50_000, 2000, "LOT", 5);
    OrderViews.Order order =
        InvoicingFixtures.delivered(trade, List.of(OrderingFixtures.line(listing, 1)));
    InvoiceViews.Invoice invoice =
        InvoicingFixtures.issued(trade.supplier().org().admin(), order.id());
    PaymentViews.PaymentOptions off = PaymentViews.PaymentOptions.withoutStripe();

    for (ApiSession reader :
        List.of(trade.buyer().org().admin(), trade.requester(), trade.supplier().org().admin())) {
      HttpResponse<PaymentViews.PaymentOptions> options = paymentOptions(reader, invoice.id());
      assertThat(options.code()).isEqualTo(200);
      assertThat(options.body()).isEqualTo(off);
    }
    AccessFixtures access = new AccessFixtures(client.toBlocking());
    assertThat(paymentOptions(access.buyer("Mairie Voisine").admin(), invoice.id()).code())
        .isEqualTo(404);
  }

  static HttpResponse<PaymentViews.PaymentOptions> paymentOptions(
      ApiSession session, UUID invoiceId) {
    return session.exchange(
        HttpRequest.GET("/api/invoices/" + invoiceId + "/payment-options"),
        PaymentViews.PaymentOptions.class);
  }

  @Test
  void hasNoWebhookWithoutKeys() {
    HttpResponse<?> response;
    try {
      response =
          client
              .toBlocking()
              .exchange(
                  HttpRequest.POST("/api/payments/stripe/webhook", "{\"id\":\"evt_1\"}")
                      .contentType(MediaType.APPLICATION_JSON_TYPE)
                      .header("Stripe-Signature", "t=1,v1=00"),
                  Map.class);
    } catch (HttpClientResponseException e) {
      response = e.getResponse();
    }
    assertThat(response.code()).isEqualTo(404);
  }

  static void assertNotConfigured(HttpResponse<Map> response) {
    assertThat(response.code()).isEqualTo(503);
    assertThat(ApiSession.problem(response).get("type")).isEqualTo(NOT_CONFIGURED);
  }
}
