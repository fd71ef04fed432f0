package fr.boucle.payment.internal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import fr.boucle.agreement.AgreementLots;
import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceLedger;
import fr.boucle.payment.Commission;
import fr.boucle.payment.IdempotencyKeys;
import fr.boucle.payment.PaymentViews;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A buyer pays an invoice by card through Stripe Checkout, on the supplier's connected account,
 * where the buyer's settings allow card payment. The payment is recorded from the webhook
 * (checkout.session.completed), never from the browser's return.
 */
@Singleton
@Requires(property = StripeOn.SECRET_KEY, pattern = StripeOn.NOT_BLANK)
public class CardCheckout {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final StripeClient stripe;
  private final StripeCalls calls;
  private final StripeInvoices invoices;
  private final PaymentSettingRows settings;
  private final InvoiceLedger ledger;
  private final AgreementLots lots;
  private final String publicUrl;

  CardCheckout(
      StripeClient stripe,
      StripeCalls calls,
      StripeInvoices invoices,
      PaymentSettingRows settings,
      InvoiceLedger ledger,
      AgreementLots lots,
      @Value("${boucle.public-url}") String publicUrl) {
    this.stripe = stripe;
    this.calls = calls;
    this.invoices = invoices;
    this.settings = settings;
    this.ledger = ledger;
    this.lots = lots;
    this.publicUrl = publicUrl.replaceAll("/$", "");
  }

  public PaymentViews.CheckoutUrl start(CurrentUser user, UUID invoiceId) throws StripeException {
    // Only invoices mirrored on a connected account can be paid through Stripe; another
    // organisation's invoice is as missing as one that does not exist.
    StripeInvoices.Row row =
        invoices
            .find(invoiceId)
            .filter(r -> user.isBuyer() && r.buyerId().equals(user.organisationId()))
            .filter(r -> ledger.visibleTo(user, invoiceId))
            .orElseThrow(() -> new NotFound("Invoice"));
    InvoiceDocument document =
        ledger.document(invoiceId).orElseThrow(() -> new NotFound("Invoice"));
    if (!settings.cardAllowed(user.organisationId())) {
      throw new Forbidden(ProblemCode.CARD_NOT_ALLOWED);
    }
    long due = ledger.dueCents(invoiceId);
    if (due <= 0) {
      throw new NothingDue();
    }
    int commission = ledger.lotId(invoiceId).map(lots::platformCommissionBp).orElse(0);
    SessionCreateParams.PaymentIntentData.Builder intent =
        SessionCreateParams.PaymentIntentData.builder()
            .setDescription("Facture " + document.number())
            .putMetadata("boucle_invoice_id", invoiceId.toString());
    long fee = Commission.feeCents(due, commission);
    if (fee > 0) {
      intent.setApplicationFeeAmount(fee);
    }
    String back = publicUrl + "/factures/" + invoiceId;
    SessionCreateParams params =
        SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.PAYMENT)
            .addPaymentMethodType(SessionCreateParams.PaymentMethodType.CARD)
            .setClientReferenceId(invoiceId.toString())
            .putMetadata("boucle_invoice_id", invoiceId.toString())
            .setSuccessUrl(back + "?paiement=ok")
            .setCancelUrl(back + "?paiement=annule")
            .setPaymentIntentData(intent.build())
            .addLineItem(
                SessionCreateParams.LineItem.builder()
                    .setQuantity(1L)
                    .setPriceData(
                        SessionCreateParams.LineItem.PriceData.builder()
                            .setCurrency("eur")
                            .setUnitAmount(due)
                            .setProductData(
                                SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                    .setName(
                                        "Facture "
                                            + document.number()
                                            + " — "
                                            + document.seller().legalName())
                                    .build())
                            .build())
                    .build())
            .build();
    Session session =
        calls.send(
            "checkout.session.create",
            IdempotencyKeys.checkout(invoiceId, due, LocalDate.now(PARIS)),
            row.accountId(),
            params,
            options -> stripe.v1().checkout().sessions().create(params, options));
    return new PaymentViews.CheckoutUrl(session.getUrl());
  }

  /** The invoice is paid (or credited) in full already. */
  public static class NothingDue extends ProblemException {
    NothingDue() {
      super(HttpStatus.CONFLICT, ProblemCode.NOTHING_DUE);
    }
  }
}
