package fr.boucle.ordering.internal;

import fr.boucle.organisation.PersonErased;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * An erased person's orders stay (public procurement records), their timeline shows the pseudonym
 * where it showed the person's address; their cart and submission keys go. Runs in the erasure's
 * transaction.
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
        "UPDATE order_event SET actor_label = ? WHERE actor_id = ? OR actor_label = ?",
        erased.pseudonym(),
        erased.personId(),
        erased.formerEmail());
    sql.update(
        "UPDATE purchase_order SET cancellation_requested_by = ? WHERE cancellation_requested_by = ?",
        erased.pseudonym(),
        erased.formerEmail());
    sql.update("DELETE FROM cart_line WHERE person_id = ?", erased.personId());
    sql.update("DELETE FROM submission_key WHERE person_id = ?", erased.personId());
  }
}
