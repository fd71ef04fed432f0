package fr.boucle.payment.web;

import com.stripe.exception.StripeException;
import fr.boucle.payment.PaymentViews;
import fr.boucle.payment.internal.ConnectOnboarding;
import fr.boucle.payment.internal.StripeNotConfigured;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

@Controller("/api/payments/stripe")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Payments")
class StripeAccountController {

  private final Optional<ConnectOnboarding> onboarding;

  StripeAccountController(Optional<ConnectOnboarding> onboarding) {
    this.onboarding = onboarding;
  }

  @Post("/onboarding")
  @Operation(
      operationId = "startStripeOnboarding",
      summary = "Start or resume the supplier's Stripe Connect onboarding",
      description =
          "Supplier admin. Creates the connected account once, answers a fresh onboarding link."
              + " 503 stripe-not-configured when this deployment has no Stripe keys.")
  PaymentViews.OnboardingLink start(Authentication auth) throws StripeException {
    return onboarding.orElseThrow(StripeNotConfigured::new).start(CurrentUser.from(auth));
  }

  @Get("/account")
  @Operation(
      operationId = "getStripeAccount",
      summary = "The supplier's Stripe account status",
      description =
          "NOT_STARTED, PENDING, REQUIREMENTS_DUE or ENABLED (charges and payouts)."
              + " 503 stripe-not-configured when this deployment has no Stripe keys.")
  PaymentViews.AccountView account(Authentication auth) {
    return onboarding.orElseThrow(StripeNotConfigured::new).status(CurrentUser.from(auth));
  }
}
