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
