package fr.boucle.payment.web;

import fr.boucle.payment.PaymentViews;
import fr.boucle.payment.internal.ReadPaymentOptions;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Controller("/api/invoices")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Payments")
class PaymentOptionsController {

  private final ReadPaymentOptions options;

  PaymentOptionsController(ReadPaymentOptions options) {
    this.options = options;
  }

  @Get("/{id}/payment-options")
  @Operation(
      operationId = "getInvoicePaymentOptions",
      summary = "How an invoice may be paid through Stripe",
      description =
          "Whoever may read the invoice (its supplier, its buyer side); 404 otherwise."
              + " stripeEnabled, cardAllowed (the buyer's setting; false for the supplier),"
              + " mirrorStatus (PENDING, OPEN, PAID, VOID or null when not mirrored) and"
              + " hostedInvoiceUrl (null unless known). Without Stripe keys: 200 with"
              + " stripeEnabled and cardAllowed false and the rest null.")
  PaymentViews.PaymentOptions get(Authentication auth, UUID id) {
    return options.read(CurrentUser.from(auth), id);
  }
}
