package fr.boucle.organisation.internal;

import fr.boucle.organisation.PersonMail;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.UUID;

/** {@link PersonMail} through the account e-mails' outbox. */
@Singleton
class OutboxPersonMail implements PersonMail {

  private final Sql sql;
  private final MailOutbox outbox;
  private final Mailer mailer;

  OutboxPersonMail(Sql sql, MailOutbox outbox, Mailer mailer) {
    this.sql = sql;
    this.outbox = outbox;
    this.mailer = mailer;
  }

  @Override
  public void send(UUID personId, String subject, String body) {
    sql.one("SELECT email FROM person WHERE id = ? AND active", rs -> rs.getString(1), personId)
        .ifPresent(to -> outbox.enqueue(to, subject, body));
  }

  @Override
  public void sendUnsubscribable(
      UUID personId, String subject, String body, String unsubscribeUrl) {
    sql.one("SELECT email FROM person WHERE id = ? AND active", rs -> rs.getString(1), personId)
        .ifPresent(to -> outbox.enqueue(to, subject, body, unsubscribeUrl));
  }

  @Override
  public String link(String path) {
    return mailer.link(path);
  }
}
