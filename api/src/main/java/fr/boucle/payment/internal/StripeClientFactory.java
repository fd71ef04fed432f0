package fr.boucle.payment.internal;

import com.stripe.StripeClient;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The one Stripe client, only when a secret key is configured. */
@Factory
class StripeClientFactory {

  @Singleton
  @Requires(property = StripeOn.SECRET_KEY, pattern = StripeOn.NOT_BLANK)
  StripeClient stripeClient(StripeSettings settings) {
    StripeClient.StripeClientBuilder builder =
        StripeClient.builder()
            .setApiKey(settings.secretKey())
            .setMaxNetworkRetries(settings.maxNetworkRetries())
            .setConnectTimeout((int) settings.connectTimeout().toMillis())
            .setReadTimeout((int) settings.readTimeout().toMillis());
    if (settings.apiBase() != null && !settings.apiBase().isBlank()) {
      builder.setApiBase(settings.apiBase());
    }
    return builder.build();
  }
}
