package fr.boucle.invoicing;

import fr.boucle.shared.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the payment area may read and record about invoices. Implemented in {@code
 * invoicing/internal}.
 */
public interface InvoiceLedger {

  /** The issued document, whoever owns it (callers check access themselves). */
  Optional<InvoiceDocument> document(UUID invoiceId);

  /**
   * Whether this user may read the invoice, by the same rule as {@code GET /api/invoices/{id}}: the
   * supplier who issued it, or the buyer side that may see it (its admins and API tokens, its
   * requesters and approvers for their services). Another organisation's invoice and an unknown id
   * both answer false.
   */
  boolean visibleTo(CurrentUser user, UUID invoiceId);

  /** The invoice's current amount still due, in cents (0 once paid in full or credited). */
  long dueCents(UUID invoiceId);

  /**
   * The supplier's invoices still awaiting payment (issued or partly paid, not credit notes),
   * oldest first: what a payment provider takes over when the supplier starts taking payments
   * there.
   */
  List<Unpaid> unpaidInvoices(UUID supplierId);

  /** An invoice awaiting payment, and who owes it. */
  record Unpaid(UUID invoiceId, UUID buyerId) {}

  /**
   * Records a payment received outside a person's hands (Stripe): idempotent by {@code externalId},
   * so the same payment recorded twice changes nothing. When the invoice is paid in full its order
   * becomes PAID and the spend ledger moves the amount from invoiced to paid.
   *
   * @return whether this call recorded it (false when {@code externalId} was already recorded)
   */
  boolean recordPayment(
      UUID invoiceId, long amountCents, LocalDate receivedOn, Method method, String externalId);

  /**
   * The framework-agreement lot the invoice's order was placed under, whose platform commission
   * becomes the Stripe application fee. Empty when unknown (then no fee is taken).
   */
  Optional<UUID> lotId(UUID invoiceId);

  enum Method {
    TRANSFER,
    CARD,
    OTHER
  }
}
