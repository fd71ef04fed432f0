package fr.boucle.notification.internal;

import fr.boucle.organisation.PersonErased;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** An erased person's notifications are theirs only: they go, in the erasure's transaction. */
@Singleton
class ForgetErasedPersonsNotifications {

  private final Sql sql;

  ForgetErasedPersonsNotifications(Sql sql) {
    this.sql = sql;
  }

  @EventListener
  void on(PersonErased erased) {
    sql.update("DELETE FROM notification WHERE person_id = ?", erased.personId());
  }
}
