package fr.boucle.needs.internal;

import fr.boucle.organisation.PersonErased;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * An erased person's saved searches of needs are theirs only: they go, with what was found and
 * mailed from them and their unsubscribe links (cascade), and the record of their digests. Runs in
 * the erasure's transaction.
 */
@Singleton
class ForgetErasedPersonsSearches {

  private final Sql sql;

  ForgetErasedPersonsSearches(Sql sql) {
    this.sql = sql;
  }

  @EventListener
  void on(PersonErased erased) {
    sql.update("DELETE FROM need_saved_search WHERE person_id = ?", erased.personId());
    sql.update("DELETE FROM need_saved_search_hit WHERE person_id = ?", erased.personId());
    sql.update("DELETE FROM need_digest WHERE person_id = ?", erased.personId());
  }
}
