package fr.boucle.organisation.internal;

import fr.boucle.organisation.PersonMail;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.UUID;

/** {@link PersonMail} through the account e-mails' outbox, in the person's language. */
@Singleton
class OutboxPersonMail implements PersonMail {

  private record Recipient(String email, String language) {}

  private final Sql sql;
  private final MailOutbox outbox;
  private final Mailer mailer;

  OutboxPersonMail(Sql sql, MailOutbox outbox, Mailer mailer) {
    this.sql = sql;
    this.outbox = outbox;
    this.mailer = mailer;
  }

  @Override
  public void send(UUID personId, Letter french, Letter english) {
    sql.one(
            "SELECT email, language FROM person WHERE id = ? AND active",
            rs -> new Recipient(rs.getString(1), rs.getString(2)),
            personId)
        .ifPresent(to -> {
          Letter letter = PersonLanguages.ENGLISH.equals(to.language()) ? english : french;
          outbox.enqueue(to.email(), letter.subject(), letter.body());
        });
  }

  @Override
  public String link(String path) {
    return mailer.link(path);
  }
}
