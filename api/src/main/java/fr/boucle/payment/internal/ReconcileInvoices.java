package fr.boucle.payment.internal;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Invoice;
import com.stripe.net.RequestOptions;
import fr.boucle.invoicing.InvoiceLedger;
import fr.boucle.payment.PaymentViews;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares our mirrored invoices with Stripe's and reports each difference: the amount, and the
 * status (ours: paid when nothing is due, void when paid by card, open otherwise). Reports only: a
 * person decides what to correct.
 */
@Singleton
@Requires(property = StripeOn.SECRET_KEY, pattern = StripeOn.NOT_BLANK)
public class ReconcileInvoices {

  private static final Logger LOG = LoggerFactory.getLogger(ReconcileInvoices.class);
  private static final Duration WINDOW = Duration.ofDays(400);
  private static final int LIMIT = 2_000;

  private final StripeClient stripe;
  private final StripeInvoices invoices;
  private final InvoiceLedger ledger;

  ReconcileInvoices(StripeClient stripe, StripeInvoices invoices, InvoiceLedger ledger) {
    this.stripe = stripe;
    this.invoices = invoices;
    this.ledger = ledger;
  }

  @Scheduled(cron = "${boucle.stripe.reconciliation-cron:0 30 4 * * *}")
  void nightly() {
    try {
      PaymentViews.Reconciliation report = reconcile();
      if (report.differences().isEmpty()) {
        LOG.info("Stripe reconciliation: {} invoices, no difference", report.checked());
      } else {
        LOG.warn(
            "Stripe reconciliation: {} invoices, {} differences (GET"
                + " /api/operator/payments/reconciliation)",
            report.checked(),
            report.differences().size());
      }
    } catch (RuntimeException e) {
      LOG.warn("Stripe reconciliation failed: {}", StripeCalls.describe(e));
    }
  }

  public PaymentViews.Reconciliation reconcile() {
    List<StripeInvoices.Row> rows = invoices.mirroredSince(Instant.now().minus(WINDOW), LIMIT);
    List<PaymentViews.Difference> differences = new ArrayList<>();
    for (StripeInvoices.Row row : rows) {
      compare(row, differences);
    }
    return new PaymentViews.Reconciliation(rows.size(), List.copyOf(differences));
  }

  private void compare(StripeInvoices.Row row, List<PaymentViews.Difference> differences) {
    Invoice theirs;
    try {
      theirs =
          stripe
              .v1()
              .invoices()
              .retrieve(
                  row.stripeInvoiceId(),
                  RequestOptions.builder().setStripeAccount(row.accountId()).build());
    } catch (InvalidRequestException e) {
      differences.add(difference(row, "missing", "mirrored", StripeCalls.describe(e)));
      return;
    } catch (StripeException | RuntimeException e) {
      differences.add(difference(row, "unreachable", "mirrored", StripeCalls.describe(e)));
      return;
    }
    var document = ledger.document(row.invoiceId());
    if (document.isEmpty()) {
      differences.add(difference(row, "unknown-here", "missing", theirs.getStatus()));
      return;
    }
    long due = document.get().dueCents();
    long stripeAmount = MirrorInvoices.nonNull(theirs.getAmountDue());
    if (stripeAmount != due) {
      differences.add(difference(row, "amount", Long.toString(due), Long.toString(stripeAmount)));
    }
    String expected =
        row.cardSessionId() != null
            ? "void"
            : ledger.dueCents(row.invoiceId()) <= 0 ? "paid" : "open";
    if (!expected.equals(theirs.getStatus())) {
      differences.add(difference(row, "status", expected, theirs.getStatus()));
    }
  }

  private static PaymentViews.Difference difference(
      StripeInvoices.Row row, String what, String ours, String theirs) {
    return new PaymentViews.Difference(row.invoiceId(), row.stripeInvoiceId(), what, ours, theirs);
  }
}
