package fr.boucle.organisation.internal;

import fr.boucle.organisation.PersonMail;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** {@link PersonMail} through the account e-mails' outbox, in the person's language. */
@Singleton
class OutboxPersonMail implements PersonMail {

  private record Recipient(String email, String language) {
    Letter letter(Letter french, Letter english) {
      return PersonLanguages.ENGLISH.equals(language) ? english : french;
    }
  }

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
    recipient(personId)
        .ifPresent(to -> {
          Letter letter = to.letter(french, english);
          outbox.enqueue(to.email(), letter.subject(), letter.body());
        });
  }

  @Override
  public void sendUnsubscribable(
      UUID personId, Letter french, Letter english, String unsubscribeUrl) {
    recipient(personId)
        .ifPresent(to -> {
          Letter letter = to.letter(french, english);
          outbox.enqueue(to.email(), letter.subject(), letter.body(), unsubscribeUrl);
        });
  }

  private Optional<Recipient> recipient(UUID personId) {
    return sql.one(
        "SELECT email, language FROM person WHERE id = ? AND active",
        rs -> new Recipient(rs.getString(1), rs.getString(2)),
        personId);
  }

  @Override
  public String link(String path) {
    return mailer.link(path);
  }
}
