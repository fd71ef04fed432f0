package fr.boucle.payment.internal;

import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceIssued;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * When an invoice is issued and its supplier's connected account may take charges, queues its
 * mirroring on Stripe, in the issuing transaction: the invoice and its mirroring work commit or
 * roll back together. {@link MirrorInvoices} then calls Stripe outside of it.
 */
@Singleton
@Requires(property = StripeOn.SECRET_KEY, pattern = StripeOn.NOT_BLANK)
class QueueInvoiceMirroring {

  private final StripeAccounts accounts;
  private final StripeInvoices invoices;

  QueueInvoiceMirroring(StripeAccounts accounts, StripeInvoices invoices) {
    this.accounts = accounts;
    this.invoices = invoices;
  }

  @EventListener
  void on(InvoiceIssued issued) {
    if (issued.kind() != InvoiceDocument.Kind.INVOICE) {
      return;
    }
    accounts
        .ofOrganisation(issued.supplierId())
        .filter(StripeAccounts.Row::chargesEnabled)
        .ifPresent(account ->
            invoices.queue(
                issued.invoiceId(), issued.supplierId(), issued.buyerId(), account.accountId()));
  }
}
