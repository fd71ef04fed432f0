package fr.boucle.payment.web;

import fr.boucle.payment.internal.ReceiveStripeEvents;
import fr.boucle.shared.web.NotFound;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe's webhook: no session, so neither sign-in nor CSRF applies (the CSRF filter asks only
 * requests carrying the session cookie); the Stripe-Signature header is the authentication.
 */
@Controller("/api/payments/stripe/webhook")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Payments")
class StripeWebhookController {

  private final Optional<ReceiveStripeEvents> receiver;

  StripeWebhookController(Optional<ReceiveStripeEvents> receiver) {
    this.receiver = receiver;
  }

  @Post(consumes = MediaType.ALL)
  @Operation(
      operationId = "receiveStripeEvent",
      summary = "Stripe webhook events",
      description =
          "Signed by Stripe (Stripe-Signature); 400 when the signature does not verify or is older"
              + " than 5 minutes, nothing recorded. Each event is processed once; unknown types are"
              + " acknowledged. 404 when this deployment has no Stripe keys or webhook secret.")
  HttpResponse<Map<String, String>> receive(
      @Body byte[] payload, @Nullable @Header("Stripe-Signature") String signature) {
    ReceiveStripeEvents events = receiver.orElseThrow(() -> new NotFound("Stripe webhook"));
    ReceiveStripeEvents.Outcome outcome =
        events.receive(new String(payload, StandardCharsets.UTF_8), signature);
    return HttpResponse.ok(Map.of("outcome", outcome.name()));
  }
}
