package fr.boucle.payment.internal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.Invoice;
import com.stripe.model.Payout;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import fr.boucle.invoicing.InvoiceLedger;
import fr.boucle.payment.IdempotencyKeys;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings our state in line with the CURRENT state of the object an event is about, fetched from
 * Stripe: the event's own snapshot may be stale (out of order, redelivered). Every effect is
 * idempotent (payments by their Stripe id, statuses that never leave paid or void), so applying any
 * number of events about an object, in any order, ends where one clean delivery would.
 */
@Singleton
@Requires(property = StripeOn.SECRET_KEY, pattern = StripeOn.NOT_BLANK)
class ApplyStripeEvent {

  private static final Logger LOG = LoggerFactory.getLogger(ApplyStripeEvent.class);

  private final StripeClient stripe;
  private final StripeCalls calls;
  private final StripeInvoices invoices;
  private final StripeAccounts accounts;
  private final StripeEvents events;
  private final InvoiceLedger ledger;

  ApplyStripeEvent(
      StripeClient stripe,
      StripeCalls calls,
      StripeInvoices invoices,
      StripeAccounts accounts,
      StripeEvents events,
      InvoiceLedger ledger) {
    this.stripe = stripe;
    this.calls = calls;
    this.invoices = invoices;
    this.accounts = accounts;
    this.events = events;
    this.ledger = ledger;
  }

  void apply(StripeEvents.Event event) throws StripeException {
    String type = event.type();
    if (event.objectId() == null) {
      return;
    }
    if (type.startsWith("invoice.")) {
      invoice(event.objectId(), event.created());
    } else if (type.equals("checkout.session.completed")
        || type.equals("checkout.session.async_payment_succeeded")) {
      checkout(event.objectId(), event.accountId(), event.created());
    } else if (type.equals("account.updated")) {
      account(event.objectId());
    } else if (type.startsWith("payout.")) {
      payout(event.objectId(), event.accountId());
    }
    // Any other type: acknowledged and ignored.
  }

  private void invoice(String stripeInvoiceId, Instant eventCreated) throws StripeException {
    Optional<StripeInvoices.Row> mirrored = invoices.byStripeId(stripeInvoiceId);
    if (mirrored.isEmpty()) {
      return; // not one of ours (or created outside Boucle)
    }
    StripeInvoices.Row row = mirrored.get();
    Invoice invoice = stripe.v1().invoices().retrieve(stripeInvoiceId, onAccount(row.accountId()));
    StripeInvoices.Status status = StripeInvoices.Status.ofStripe(invoice.getStatus());
    if (status != StripeInvoices.Status.PENDING) {
      invoices.mirrored(row.invoiceId(), status, MirrorInvoices.nonNull(invoice.getAmountDue()));
    }
    if (status == StripeInvoices.Status.PAID && row.cardSessionId() == null) {
      long paid = MirrorInvoices.nonNull(invoice.getAmountPaid());
      if (paid > 0) {
        ledger.recordPayment(
            row.invoiceId(),
            paid,
            day(paidAt(invoice), eventCreated),
            InvoiceLedger.Method.TRANSFER,
            stripeInvoiceId);
      }
    }
  }

  private static Long paidAt(Invoice invoice) {
    return invoice.getStatusTransitions() == null
        ? null
        : invoice.getStatusTransitions().getPaidAt();
  }

  private void checkout(String sessionId, String account, Instant eventCreated)
      throws StripeException {
    if (account == null) {
      return; // our sessions live on connected accounts
    }
    Session session = stripe.v1().checkout().sessions().retrieve(sessionId, onAccount(account));
    String ours =
        session.getMetadata() == null ? null : session.getMetadata().get("boucle_invoice_id");
    if (ours == null || !"paid".equals(session.getPaymentStatus())) {
      return;
    }
    UUID invoiceId = UUID.fromString(ours);
    Optional<StripeInvoices.Row> mirrored =
        invoices.find(invoiceId).filter(r -> r.accountId().equals(account));
    if (mirrored.isEmpty()) {
      return;
    }
    ledger.recordPayment(
        invoiceId,
        MirrorInvoices.nonNull(session.getAmountTotal()),
        day(session.getCreated(), eventCreated),
        InvoiceLedger.Method.CARD,
        sessionId);
    invoices.paidByCard(invoiceId, sessionId);
    voidMirror(mirrored.get());
  }

  /** Paid by card: the transfer invoice must not be paid a second time. */
  private void voidMirror(StripeInvoices.Row row) {
    if (row.stripeInvoiceId() == null || row.status() != StripeInvoices.Status.OPEN) {
      return;
    }
    try {
      Invoice voided =
          calls.send(
              "invoice.void",
              IdempotencyKeys.invoiceVoid(row.invoiceId()),
              row.accountId(),
              null,
              options -> stripe.v1().invoices().voidInvoice(row.stripeInvoiceId(), options));
      invoices.mirrored(
          row.invoiceId(),
          StripeInvoices.Status.ofStripe(voided.getStatus()),
          MirrorInvoices.nonNull(voided.getAmountDue()));
    } catch (StripeException e) {
      // Left to the reconciliation, which reports an open Stripe invoice paid by card.
      LOG.warn(
          "Could not void Stripe invoice of {} after card payment: {}",
          row.invoiceId(),
          StripeCalls.describe(e));
    }
  }

  private void account(String accountId) throws StripeException {
    if (accounts.byAccountId(accountId).isEmpty()) {
      return;
    }
    Account account = stripe.v1().accounts().retrieve(accountId, RequestOptions.builder().build());
    int due =
        account.getRequirements() == null || account.getRequirements().getCurrentlyDue() == null
            ? 0
            : account.getRequirements().getCurrentlyDue().size();
    boolean chargesEnabled = Boolean.TRUE.equals(account.getChargesEnabled());
    accounts.refreshed(
        accountId,
        chargesEnabled,
        Boolean.TRUE.equals(account.getPayoutsEnabled()),
        Boolean.TRUE.equals(account.getDetailsSubmitted()),
        due);
    if (chargesEnabled) {
      // Invoices issued before the account could take charges are mirrored now (queueing is
      // idempotent: one already queued or mirrored stays as it is).
      UUID supplierId = accounts.byAccountId(accountId).orElseThrow().organisationId();
      for (InvoiceLedger.Unpaid unpaid : ledger.unpaidInvoices(supplierId)) {
        invoices.queue(unpaid.invoiceId(), supplierId, unpaid.buyerId(), accountId);
      }
    }
  }

  private void payout(String payoutId, String account) throws StripeException {
    if (account == null || accounts.byAccountId(account).isEmpty()) {
      return;
    }
    Payout payout = stripe.v1().payouts().retrieve(payoutId, onAccount(account));
    events.payout(
        payout.getId(),
        account,
        MirrorInvoices.nonNull(payout.getAmount()),
        payout.getCurrency(),
        payout.getStatus(),
        payout.getArrivalDate() == null
            ? null
            : LocalDate.ofInstant(
                Instant.ofEpochSecond(payout.getArrivalDate()), CardCheckout.PARIS));
  }

  private static RequestOptions onAccount(String account) {
    return RequestOptions.builder().setStripeAccount(account).build();
  }

  private static LocalDate day(Long epochSecond, Instant fallback) {
    Instant at = epochSecond == null ? fallback : Instant.ofEpochSecond(epochSecond);
    return LocalDate.ofInstant(at, CardCheckout.PARIS);
  }
}
