package fr.boucle.payment.internal;

import com.stripe.StripeClient;
import fr.boucle.invoicing.InvoiceLedger;
import fr.boucle.payment.PaymentViews;
import fr.boucle.payment.PaymentViews.MirrorStatus;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * How an invoice may be paid through Stripe, as the invoice page asks each time it opens: with or
 * without Stripe keys (then everything is off), for whoever may read the invoice.
 */
@Singleton
public class ReadPaymentOptions {

  private final boolean stripeEnabled;
  private final InvoiceLedger ledger;
  private final StripeInvoices invoices;
  private final PaymentSettingRows settings;

  ReadPaymentOptions(
      Optional<StripeClient> stripe,
      InvoiceLedger ledger,
      StripeInvoices invoices,
      PaymentSettingRows settings) {
    this.stripeEnabled = stripe.isPresent();
    this.ledger = ledger;
    this.invoices = invoices;
    this.settings = settings;
  }

  public PaymentViews.PaymentOptions read(CurrentUser user, UUID invoiceId) {
    // The invoice's own reading rule: another organisation's invoice is as missing as none.
    if (!ledger.visibleTo(user, invoiceId)) {
      throw new NotFound("Invoice");
    }
    if (!stripeEnabled) {
      return PaymentViews.PaymentOptions.withoutStripe();
    }
    boolean cardAllowed = user.isBuyer() && settings.cardAllowed(user.organisationId());
    MirrorStatus mirror = invoices.find(invoiceId).map(r -> mirrorStatus(r.status())).orElse(null);
    // The hosted invoice page's URL is not kept with the mirror (yet): null until it is.
    return new PaymentViews.PaymentOptions(true, cardAllowed, mirror, null);
  }

  /** Our mirror's status as the interface shows it; null when mirroring gave up. */
  static @Nullable MirrorStatus mirrorStatus(StripeInvoices.Status status) {
    return switch (status) {
      case PENDING -> MirrorStatus.PENDING;
      case OPEN, UNCOLLECTIBLE -> MirrorStatus.OPEN;
      case PAID -> MirrorStatus.PAID;
      case VOID -> MirrorStatus.VOID;
      case GAVE_UP -> null;
    };
  }
}
