package fr.boucle.payment.internal;

/** The properties whose presence switches Stripe on (in {@code @Requires}). */
final class StripeOn {

  static final String SECRET_KEY = "boucle.stripe.secret-key";
  static final String WEBHOOK_SECRET = "boucle.stripe.webhook-secret";
  static final String NOT_BLANK = ".*\\S.*";

  private StripeOn() {}
}
