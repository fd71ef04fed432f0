package fr.boucle.notification.internal;

import fr.boucle.notification.NotificationKind;
import fr.boucle.notification.Notifications;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.UUID;

/** {@link Notifications} into the notification table. */
@Singleton
class Inbox implements Notifications {

  static final int SUBJECT_MAX = 200;

  private final NotificationStore store;

  Inbox(NotificationStore store) {
    this.store = store;
  }

  @Override
  public void notify(Collection<UUID> people, NotificationKind kind, String subject, String link) {
    String shortSubject =
        subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX - 1) + "…" : subject;
    for (UUID person : new LinkedHashSet<>(people)) {
      store.insert(person, kind, shortSubject, link);
    }
  }
}
