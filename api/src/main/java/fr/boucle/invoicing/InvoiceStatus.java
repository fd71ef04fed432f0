package fr.boucle.invoicing;

/**
 * Where an issued invoice stands. A credit note is ISSUED; the invoice it cancels is CREDITED.
 * Nothing is ever edited: payments and credit notes add rows.
 */
public enum InvoiceStatus {
  ISSUED,
  PARTIALLY_PAID,
  PAID,
  CREDITED;

  /** The status after a payment leaves {@code paid} of {@code total} paid. */
  public static InvoiceStatus afterPayment(long paidCents, long totalCents) {
    return paidCents >= totalCents ? PAID : paidCents > 0 ? PARTIALLY_PAID : ISSUED;
  }

  public boolean payable() {
    return this == ISSUED || this == PARTIALLY_PAID;
  }
}
