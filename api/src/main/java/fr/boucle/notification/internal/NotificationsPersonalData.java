package fr.boucle.notification.internal;

import fr.boucle.organisation.PersonalDataSource;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** A person's notifications, for the copy of their data (organisation's PersonalDataSource). */
@Singleton
class NotificationsPersonalData implements PersonalDataSource {

  private final Sql sql;

  NotificationsPersonalData(Sql sql) {
    this.sql = sql;
  }

  @Override
  public String section() {
    return "notifications";
  }

  @Override
  public List<AuthoredRecord> authoredBy(UUID personId) {
    return sql.list(
        "SELECT id, kind, created_at, subject, link FROM notification WHERE person_id = ?"
            + " ORDER BY created_at, id",
        rs ->
            new AuthoredRecord(
                "notification/" + rs.getLong("id"),
                rs.getString("kind"),
                Sql.instant(rs, "created_at"),
                rs.getString("subject") + " (" + rs.getString("link") + ")"),
        personId);
  }
}
