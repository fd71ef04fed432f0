package fr.boucle.invoicing;

import java.util.UUID;

/**
 * Published (Micronaut application event) inside the transaction that issues an invoice or a credit
 * note, so that a listener can record follow-up work (e.g. mirroring it on Stripe) in the same
 * transaction.
 */
public record InvoiceIssued(
    UUID invoiceId, UUID supplierId, UUID buyerId, InvoiceDocument.Kind kind) {}
