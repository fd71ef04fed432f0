package fr.boucle.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** What the payment API answers. */
public final class PaymentViews {

  private PaymentViews() {}

  /** A supplier's connected account as the supplier sees it. */
  @Serdeable
  public record AccountView(
      AccountStatus status,
      @Nullable String accountId,
      boolean chargesEnabled,
      boolean payoutsEnabled,
      boolean detailsSubmitted,
      int requirementsDue) {}

  /** Where to send the supplier's admin to fill in Stripe's onboarding. */
  @Serdeable
  public record OnboardingLink(String url, AccountView account) {}

  /** A buyer organisation's payment choices. */
  @Serdeable
  public record Settings(boolean cardAllowed) {}

  /** Where an invoice's Stripe mirror stands (transfer invoice on the supplier's account). */
  public enum MirrorStatus {
    /** Queued: not yet created or finalized on Stripe. */
    PENDING,
    /** Finalized and awaiting payment (also when Stripe marked it uncollectible). */
    OPEN,
    PAID,
    /** Voided, e.g. after the buyer paid by card through Checkout. */
    VOID
  }

  /**
   * How an invoice may be paid through Stripe, for the invoice page. {@code cardAllowed} is the
   * buyer's setting (false for the supplier); {@code mirrorStatus} null when the invoice is not
   * mirrored; {@code hostedInvoiceUrl} null unless known.
   */
  @Serdeable
  public record PaymentOptions(
      boolean stripeEnabled,
      boolean cardAllowed,
      @Nullable MirrorStatus mirrorStatus,
      @Nullable String hostedInvoiceUrl) {

    /** What a deployment without Stripe keys answers. */
    public static PaymentOptions withoutStripe() {
      return new PaymentOptions(false, false, null, null);
    }
  }

  /** Where to send the buyer to pay by card. */
  @Serdeable
  public record CheckoutUrl(String url) {}

  /** One difference between our mirrored invoice and Stripe's. */
  @Serdeable
  public record Difference(
      UUID invoiceId,
      @Nullable String stripeInvoiceId,
      String what,
      String ours,
      @Nullable String stripes) {}

  /** The reconciliation of our mirrored invoices with Stripe's. */
  @Serdeable
  public record Reconciliation(int checked, List<Difference> differences) {}
}
