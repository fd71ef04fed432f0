package fr.boucle.organisation;

import java.util.UUID;

/**
 * A person's account was erased at their request. Published inside the erasure's transaction: the
 * areas that keep what the person did (orders, invoices) replace the former address they recorded
 * as its author with the pseudonym, and drop what is only theirs (a cart), in the same transaction.
 */
public record PersonErased(
    UUID personId, UUID organisationId, String formerEmail, String pseudonym) {}
