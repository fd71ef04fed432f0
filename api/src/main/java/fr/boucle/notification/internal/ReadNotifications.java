package fr.boucle.notification.internal;

import fr.boucle.notification.NotificationViews;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.ProblemCode;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/**
 * A person reads its notifications, newest first, and marks one or all read. Another person's
 * notification is not found (404); API tokens have none (403).
 */
@Singleton
public class ReadNotifications {

  private final NotificationStore store;

  ReadNotifications(NotificationStore store) {
    this.store = store;
  }

  public Page<NotificationViews.Notification> page(CurrentUser user, Integer page, Integer size) {
    requirePerson(user);
    int p = Page.clampPage(page);
    int s = Page.clampSize(size);
    return new Page<>(store.page(user.personId(), p, s), p, s, store.count(user.personId()));
  }

  public NotificationViews.Unread unread(CurrentUser user) {
    requirePerson(user);
    return new NotificationViews.Unread(store.unread(user.personId()));
  }

  @Transactional
  public NotificationViews.Unread markRead(CurrentUser user, long id) {
    requirePerson(user);
    if (!store.markRead(user.personId(), id)) {
      throw new NotFound("Notification");
    }
    return new NotificationViews.Unread(store.unread(user.personId()));
  }

  @Transactional
  public NotificationViews.Unread markAllRead(CurrentUser user) {
    requirePerson(user);
    store.markAllRead(user.personId());
    return new NotificationViews.Unread(0);
  }

  private static void requirePerson(CurrentUser user) {
    if (user.isApiToken() || user.personId() == null) {
      throw new Forbidden(ProblemCode.NOTIFICATIONS_PEOPLE_ONLY);
    }
  }
}
