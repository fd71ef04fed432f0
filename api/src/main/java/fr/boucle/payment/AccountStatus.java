package fr.boucle.payment;

/** Where a supplier stands with its Stripe connected account. */
public enum AccountStatus {
  /** No connected account yet. */
  NOT_STARTED,
  /** Created; onboarding unfinished or Stripe still reviewing. */
  PENDING,
  /** Stripe needs more information before (or to keep) charges and payouts. */
  REQUIREMENTS_DUE,
  /** Charges and payouts enabled, nothing due. */
  ENABLED;

  /** The status of an account from what Stripe says of it. */
  public static AccountStatus of(
      boolean exists,
      boolean chargesEnabled,
      boolean payoutsEnabled,
      boolean detailsSubmitted,
      int requirementsDue) {
    if (!exists) {
      return NOT_STARTED;
    }
    if (requirementsDue > 0 && (detailsSubmitted || chargesEnabled)) {
      return REQUIREMENTS_DUE;
    }
    if (chargesEnabled && payoutsEnabled) {
      return ENABLED;
    }
    return PENDING;
  }
}
