package fr.boucle.notification;

import java.util.Collection;
import java.util.UUID;

/**
 * Leaves in-app notifications to people, in the caller's transaction (so one exists exactly when
 * its cause commits). Other areas call it; it knows nothing of them.
 */
public interface Notifications {

  /**
   * Notifies each person once: {@code subject} is what it is about (a need's title), {@code link}
   * the page of Boucle it leads to ("/besoins/…").
   */
  void notify(Collection<UUID> people, NotificationKind kind, String subject, String link);
}
