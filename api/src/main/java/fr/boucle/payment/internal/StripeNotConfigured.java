package fr.boucle.payment.internal;

import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.http.HttpStatus;

/**
 * This deployment has no Stripe keys: invoices are paid by transfer to the supplier's bank details
 * and the supplier records the payment. 503 (the service is not available here), type
 * stripe-not-configured.
 */
public class StripeNotConfigured extends ProblemException {
  public StripeNotConfigured() {
    super(HttpStatus.SERVICE_UNAVAILABLE, ProblemCode.STRIPE_NOT_CONFIGURED);
  }
}
