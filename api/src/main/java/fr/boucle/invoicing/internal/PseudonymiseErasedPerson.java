package fr.boucle.invoicing.internal;

import fr.boucle.organisation.PersonErased;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Invoices and payments are kept for the legal period whoever issued or recorded them; an erased
 * person is named there by the pseudonym. The frozen document (and its PDF) names organisations,
 * not people, and is never changed. Runs in the erasure's transaction.
 */
@Singleton
class PseudonymiseErasedPerson {

  private final Sql sql;

  PseudonymiseErasedPerson(Sql sql) {
    this.sql = sql;
  }

  @EventListener
  void on(PersonErased erased) {
    sql.update(
        "UPDATE invoice SET issued_by = ? WHERE issued_by_id = ? OR issued_by = ?",
        erased.pseudonym(),
        erased.personId(),
        erased.formerEmail());
    sql.update(
        "UPDATE invoice_payment SET recorded_by = ? WHERE recorded_by_id = ? OR recorded_by = ?",
        erased.pseudonym(),
        erased.personId(),
        erased.formerEmail());
  }
}
