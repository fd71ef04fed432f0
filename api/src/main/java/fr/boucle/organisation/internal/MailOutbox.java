package fr.boucle.organisation.internal;

import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * The account e-mails waiting to leave. A mail is queued in the caller's transaction, so it exists
 * exactly when the change that caused it commits; {@link MailRelay} delivers it later, which keeps
 * an SMTP outage from failing the request.
 */
@Singleton
class MailOutbox {

  /** How many mails wait, retry or were given up, for the operator's health page. */
  record Backlog(long pending, long retrying, long failed, Instant oldestPendingSince) {}

  private final Sql sql;

  MailOutbox(Sql sql) {
    this.sql = sql;
  }

  void enqueue(String to, String subject, String body) {
    sql.update(
        "INSERT INTO mail_outbox (recipient, subject, body) VALUES (?, ?, ?)", to, subject, body);
  }

  /** A mail with a one-click unsubscribe address (sent as RFC 8058 List-Unsubscribe headers). */
  void enqueue(String to, String subject, String body, String listUnsubscribe) {
    sql.update(
        "INSERT INTO mail_outbox (recipient, subject, body, list_unsubscribe) VALUES (?, ?, ?, ?)",
        to,
        subject,
        body,
        listUnsubscribe);
  }

  Backlog backlog() {
    return sql.one(
            "SELECT count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL) AS pending,"
                + " count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL AND attempts > 0)"
                + " AS retrying,"
                + " count(*) FILTER (WHERE failed_at IS NOT NULL) AS failed,"
                + " min(created_at) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL) AS oldest"
                + " FROM mail_outbox WHERE sent_at IS NULL",
            rs ->
                new Backlog(
                    rs.getLong("pending"),
                    rs.getLong("retrying"),
                    rs.getLong("failed"),
                    Sql.instant(rs, "oldest")))
        .orElseThrow();
  }
}
