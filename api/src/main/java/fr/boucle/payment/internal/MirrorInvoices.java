package fr.boucle.payment.internal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.Invoice;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceCreateParams;
import com.stripe.param.InvoiceFinalizeInvoiceParams;
import com.stripe.param.InvoiceItemCreateParams;
import fr.boucle.agreement.AgreementLots;
import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceLedger;
import fr.boucle.payment.Commission;
import fr.boucle.payment.IdempotencyKeys;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mirrors queued invoices on the supplier's connected account: the buyer's customer (found or
 * created), a draft invoice ({@code send_invoice}, due in the document's legal delay, payable by
 * bank transfer to the customer's virtual IBAN, the lot's commission as application fee), one item
 * per line, VAT rate and amount already paid, then finalized. Every step's idempotency key comes
 * from our ids, so a pass that failed halfway and runs again (stripe-java's retries, then this
 * job's with backoff) continues without creating anything twice.
 */
@Singleton
@Requires(property = StripeOn.SECRET_KEY, pattern = StripeOn.NOT_BLANK)
public class MirrorInvoices {

  private static final Logger LOG = LoggerFactory.getLogger(MirrorInvoices.class);
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final int BATCH = 20;

  private final StripeClient stripe;
  private final StripeCalls calls;
  private final StripeInvoices invoices;
  private final InvoiceLedger ledger;
  private final AgreementLots lots;
  private final StripeSettings settings;

  MirrorInvoices(
      StripeClient stripe,
      StripeCalls calls,
      StripeInvoices invoices,
      InvoiceLedger ledger,
      AgreementLots lots,
      StripeSettings settings) {
    this.stripe = stripe;
    this.calls = calls;
    this.invoices = invoices;
    this.ledger = ledger;
    this.lots = lots;
    this.settings = settings;
  }

  @Scheduled(
      fixedDelay = "${boucle.stripe.mirror-interval:5s}",
      initialDelay = "${boucle.stripe.mirror-interval:5s}")
  void tick() {
    try {
      mirrorDue();
    } catch (RuntimeException e) {
      LOG.warn("Stripe mirroring pass failed: {}", e.getClass().getSimpleName());
    }
  }

  /** One pass over the due work; answers how many invoices were mirrored. */
  public int mirrorDue() {
    int mirrored = 0;
    List<StripeInvoices.Row> due;
    do {
      due = invoices.claimDue(BATCH, LEASE);
      for (StripeInvoices.Row row : due) {
        try {
          mirror(row);
          mirrored++;
        } catch (StripeException | RuntimeException e) {
          boolean giveUp = row.attempts() >= settings.maxAttempts();
          invoices.failed(
              row.invoiceId(),
              StripeCalls.describe(e),
              Instant.now().plus(settings.retryAfter(row.attempts())),
              giveUp);
          LOG.warn(
              "Mirroring invoice {} on Stripe failed (attempt {}{}): {}",
              row.invoiceId(),
              row.attempts(),
              giveUp ? ", given up" : "",
              StripeCalls.describe(e));
        }
      }
    } while (due.size() == BATCH);
    return mirrored;
  }

  private void mirror(StripeInvoices.Row row) throws StripeException {
    UUID id = row.invoiceId();
    InvoiceDocument document =
        ledger
            .document(id)
            .orElseThrow(() -> new IllegalStateException("invoice " + id + " not found"));
    String account = row.accountId();
    String customer = customer(row.buyerId(), account, document.buyer());
    String stripeInvoiceId = row.stripeInvoiceId();
    if (stripeInvoiceId == null) {
      int commission = ledger.lotId(id).map(lots::platformCommissionBp).orElse(0);
      InvoiceCreateParams params = invoiceParams(document, customer, commission);
      Invoice draft =
          calls.send(
              "invoice.create",
              IdempotencyKeys.invoiceCreate(id),
              account,
              params,
              options -> stripe.v1().invoices().create(params, options));
      stripeInvoiceId = draft.getId();
      invoices.created(id, stripeInvoiceId);
    }
    List<InvoiceItemCreateParams> items = items(document, customer, stripeInvoiceId);
    for (int i = 0; i < items.size(); i++) {
      InvoiceItemCreateParams item = items.get(i);
      calls.send(
          "invoiceitem.create",
          IdempotencyKeys.invoiceItem(id, i + 1),
          account,
          item,
          options -> stripe.v1().invoiceItems().create(item, options));
    }
    String toFinalize = stripeInvoiceId;
    InvoiceFinalizeInvoiceParams finalize =
        InvoiceFinalizeInvoiceParams.builder().setAutoAdvance(true).build();
    Invoice open =
        calls.send(
            "invoice.finalize",
            IdempotencyKeys.invoiceFinalize(id),
            account,
            finalize,
            options -> stripe.v1().invoices().finalizeInvoice(toFinalize, finalize, options));
    invoices.mirrored(
        id, StripeInvoices.Status.ofStripe(open.getStatus()), nonNull(open.getAmountDue()));
  }

  private String customer(UUID buyerId, String account, InvoiceDocument.Party buyer)
      throws StripeException {
    var known = invoices.customer(account, buyerId);
    if (known.isPresent()) {
      return known.get();
    }
    CustomerCreateParams.Builder params =
        CustomerCreateParams.builder()
            .setName(buyer.legalName())
            .putMetadata("boucle_organisation_id", buyerId.toString())
            .putMetadata("siret", buyer.siret());
    if (buyer.contactEmail() != null) {
      params.setEmail(buyer.contactEmail());
    }
    CustomerCreateParams create = params.build();
    Customer created =
        calls.send(
            "customer.create",
            IdempotencyKeys.customer(buyerId, account),
            account,
            create,
            options -> stripe.v1().customers().create(create, options));
    invoices.customerCreated(account, buyerId, created.getId());
    return invoices.customer(account, buyerId).orElseThrow();
  }

  static InvoiceCreateParams invoiceParams(
      InvoiceDocument document, String customer, int commissionBp) {
    InvoiceCreateParams.Builder params =
        InvoiceCreateParams.builder()
            .setCustomer(customer)
            .setCurrency("eur")
            .setCollectionMethod(InvoiceCreateParams.CollectionMethod.SEND_INVOICE)
            .setDaysUntilDue((long) document.terms().delayDays())
            .setAutoAdvance(false)
            .setDescription("Facture " + document.number() + " — " + document.contractReference())
            .putMetadata("boucle_invoice_id", document.id().toString())
            .putMetadata("boucle_invoice_number", document.number())
            .putMetadata("purchase_order", document.purchaseOrderNumber())
            .setPaymentSettings(
                InvoiceCreateParams.PaymentSettings.builder()
                    .addPaymentMethodType(
                        InvoiceCreateParams.PaymentSettings.PaymentMethodType.CUSTOMER_BALANCE)
                    .setPaymentMethodOptions(
                        InvoiceCreateParams.PaymentSettings.PaymentMethodOptions.builder()
                            .setCustomerBalance(
                                InvoiceCreateParams.PaymentSettings.PaymentMethodOptions
                                    .CustomerBalance.builder()
                                    .setFundingType("bank_transfer")
                                    .setBankTransfer(
                                        InvoiceCreateParams.PaymentSettings.PaymentMethodOptions
                                            .CustomerBalance.BankTransfer.builder()
                                            .setType("eu_bank_transfer")
                                            .setEuBankTransfer(
                                                InvoiceCreateParams.PaymentSettings
                                                    .PaymentMethodOptions.CustomerBalance
                                                    .BankTransfer.EuBankTransfer.builder()
                                                    .setCountry("FR")
                                                    .build())
                                            .build())
                                    .build())
                            .build())
                    .build());
    long fee = Commission.feeCents(document.dueCents(), commissionBp);
    if (fee > 0) {
      params.setApplicationFeeAmount(fee);
    }
    return params.build();
  }

  /**
   * The items whose sum is what the buyer owes: each line excl. VAT, each VAT rate's amount (as the
   * document computed it, not recomputed per line), less what was already paid.
   */
  static List<InvoiceItemCreateParams> items(
      InvoiceDocument document, String customer, String stripeInvoiceId) {
    List<InvoiceItemCreateParams> items = new ArrayList<>();
    for (InvoiceDocument.Line line : document.lines()) {
      items.add(
          item(
              customer,
              stripeInvoiceId,
              line.quantity() + " × " + line.description(),
              line.lineExclVatCents()));
    }
    for (InvoiceDocument.VatBreakdown vat : document.vat()) {
      if (vat.vatCents() != 0) {
        items.add(
            item(customer, stripeInvoiceId, "TVA " + percent(vat.rateBp()) + " %", vat.vatCents()));
      }
    }
    if (document.prepaidCents() != 0) {
      items.add(item(customer, stripeInvoiceId, "Déjà payé", -document.prepaidCents()));
    }
    return items;
  }

  private static InvoiceItemCreateParams item(
      String customer, String stripeInvoiceId, String description, long amountCents) {
    return InvoiceItemCreateParams.builder()
        .setCustomer(customer)
        .setInvoice(stripeInvoiceId)
        .setCurrency("eur")
        .setAmount(amountCents)
        .setDescription(description)
        .build();
  }

  static String percent(int basisPoints) {
    return java.math.BigDecimal.valueOf(basisPoints, 2)
        .stripTrailingZeros()
        .toPlainString()
        .replace('.', ',');
  }

  static long nonNull(Long value) {
    return value == null ? 0 : value;
  }
}
