package fr.boucle.stockimport.internal;

import fr.boucle.organisation.PersonErased;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * An erased person's imports name the pseudonym, not their address. In the erasure's transaction.
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
        "UPDATE stock_import SET created_by = ? WHERE created_by = ?",
        erased.pseudonym(),
        erased.formerEmail());
  }
}
