package fr.boucle.notification.internal;

import fr.boucle.notification.NotificationKind;
import fr.boucle.notification.NotificationViews;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** The notification table, owned by the notification area. */
@Singleton
class NotificationStore {

  private final Sql sql;

  NotificationStore(Sql sql) {
    this.sql = sql;
  }

  void insert(UUID personId, NotificationKind kind, String subject, String link) {
    sql.update(
        "INSERT INTO notification (person_id, kind, subject, link) VALUES (?, ?, ?, ?)",
        personId,
        kind.name(),
        subject,
        link);
  }

  List<NotificationViews.Notification> page(UUID personId, int page, int size) {
    return sql.list(
        "SELECT * FROM notification WHERE person_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
        NotificationStore::row,
        personId,
        size,
        (long) page * size);
  }

  long count(UUID personId) {
    return sql.count("SELECT count(*) FROM notification WHERE person_id = ?", personId);
  }

  long unread(UUID personId) {
    return sql.count(
        "SELECT count(*) FROM notification WHERE person_id = ? AND read_at IS NULL", personId);
  }

  /** Marks one of the person's notifications read; false if it is not the person's. */
  boolean markRead(UUID personId, long id) {
    return sql.update(
            "UPDATE notification SET read_at = coalesce(read_at, now())"
                + " WHERE id = ? AND person_id = ?",
            id,
            personId)
        == 1;
  }

  int markAllRead(UUID personId) {
    return sql.update(
        "UPDATE notification SET read_at = now() WHERE person_id = ? AND read_at IS NULL",
        personId);
  }

  private static NotificationViews.Notification row(ResultSet rs) throws SQLException {
    return new NotificationViews.Notification(
        rs.getLong("id"),
        NotificationKind.valueOf(rs.getString("kind")),
        rs.getString("subject"),
        rs.getString("link"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "read_at"));
  }
}
