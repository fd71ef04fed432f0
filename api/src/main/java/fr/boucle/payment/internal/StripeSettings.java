package fr.boucle.payment.internal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Stripe's configuration. No key has a default: without {@code secret-key} no Stripe bean exists
 * and the payment endpoints answer "Stripe is not configured". Never printed: {@link #toString()}
 * hides the secrets.
 */
@ConfigurationProperties("boucle.stripe")
record StripeSettings(
    @Nullable String secretKey,
    @Nullable String webhookSecret,
    /* Tests only: a WireMock server standing for api.stripe.com. */
    @Nullable String apiBase,
    @Bindable(defaultValue = "2") int maxNetworkRetries,
    @Bindable(defaultValue = "10s") Duration connectTimeout,
    @Bindable(defaultValue = "30s") Duration readTimeout,
    /* Seconds a webhook signature stays valid (Stripe's default tolerance). */
    @Bindable(defaultValue = "300") long webhookTolerance,
    /* Mirroring retries: first delay, doubled up to max-retry, given up after max-attempts. */
    @Bindable(defaultValue = "30s") Duration firstRetry,
    @Bindable(defaultValue = "1h") Duration maxRetry,
    @Bindable(defaultValue = "12") int maxAttempts) {

  /** The delay before the next mirroring attempt after {@code attempts} failed ones. */
  Duration retryAfter(int attempts) {
    Duration delay = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
  }

  boolean webhookConfigured() {
    return secretKey != null
        && !secretKey.isBlank()
        && webhookSecret != null
        && !webhookSecret.isBlank();
  }

  @Override
  public String toString() {
    return "StripeSettings[secretKey="
        + (secretKey == null || secretKey.isBlank() ? "unset" : "set")
        + ", webhookSecret="
        + (webhookSecret == null || webhookSecret.isBlank() ? "unset" : "set")
        + ", apiBase="
        + apiBase
        + "]";
  }
}
