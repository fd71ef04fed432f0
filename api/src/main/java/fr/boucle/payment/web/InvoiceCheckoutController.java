package fr.boucle.payment.web;

import com.stripe.exception.StripeException;
import fr.boucle.payment.PaymentViews;
import fr.boucle.payment.internal.CardCheckout;
import fr.boucle.payment.internal.StripeNotConfigured;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.UUID;

@Controller("/api/invoices")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Payments")
class InvoiceCheckoutController {

  private final Optional<CardCheckout> checkout;

  InvoiceCheckoutController(Optional<CardCheckout> checkout) {
    this.checkout = checkout;
  }

  @Post("/{id}/checkout")
  @Operation(
      operationId = "payInvoiceByCard",
      summary = "Pay an invoice by card through Stripe Checkout",
      description =
          "The invoice's buyer, where its payment settings allow card (403 otherwise); 404 for"
              + " another organisation's invoice; 409 when nothing is due. Answers the Checkout"
              + " URL; the payment is recorded from Stripe's webhook. 503 stripe-not-configured"
              + " without Stripe keys.")
  PaymentViews.CheckoutUrl pay(Authentication auth, UUID id) throws StripeException {
    return checkout.orElseThrow(StripeNotConfigured::new).start(CurrentUser.from(auth), id);
  }
}
