package fr.boucle.payment.web;

import fr.boucle.payment.PaymentViews;
import fr.boucle.payment.internal.ManagePaymentSettings;
import fr.boucle.payment.internal.StripeNotConfigured;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

@Controller("/api/payments/settings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Payments")
class PaymentSettingsController {

  private final Optional<ManagePaymentSettings> settings;

  PaymentSettingsController(Optional<ManagePaymentSettings> settings) {
    this.settings = settings;
  }

  @Get
  @Operation(
      operationId = "getPaymentSettings",
      summary = "The buyer's payment settings",
      description = "Buyer admin. 503 stripe-not-configured without Stripe keys.")
  PaymentViews.Settings get(Authentication auth) {
    return settings.orElseThrow(StripeNotConfigured::new).get(CurrentUser.from(auth));
  }

  @Put
  @Operation(
      operationId = "savePaymentSettings",
      summary = "Allow or refuse card payment of the buyer's invoices",
      description = "Buyer admin. 503 stripe-not-configured without Stripe keys.")
  PaymentViews.Settings save(Authentication auth, @Body PaymentViews.Settings body) {
    return settings.orElseThrow(StripeNotConfigured::new).save(CurrentUser.from(auth), body);
  }
}
