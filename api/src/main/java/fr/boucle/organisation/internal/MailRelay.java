package fr.boucle.organisation.internal;

import fr.boucle.shared.jdbc.Sql;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the mail outbox. Each pass claims due mails with {@code FOR UPDATE SKIP LOCKED} (so
 * several instances share the work without sending a mail twice), sends them in order and marks
 * them sent in the same transaction. A failed mail waits longer after each failure (exponential
 * backoff, capped) and is given up after {@code boucle.mail.relay.max-attempts}, kept with its last
 * error for the operator. The first failure ends the pass: when SMTP is down the rest of the batch
 * would only fail the same way.
 */
@Singleton
@Requires(property = "boucle.mail.relay.enabled", notEquals = "false")
class MailRelay {

  private static final Logger LOG = LoggerFactory.getLogger(MailRelay.class);
  private static final int MAX_ERROR_LENGTH = 2000;

  private final TransactionOperations<Connection> transactions;
  private final Sql sql;
  private final MailTransport transport;
  private final MailRelaySettings settings;

  MailRelay(
      TransactionOperations<Connection> transactions,
      Sql sql,
      MailTransport transport,
      MailRelaySettings settings) {
    this.transactions = transactions;
    this.sql = sql;
    this.transport = transport;
    this.settings = settings;
  }

  @Scheduled(fixedDelay = "${boucle.mail.relay.interval:2s}", initialDelay = "1s")
  void tick() {
    try {
      while (relayOnce() == settings.batchSize()) {
        // keep draining while full batches leave
      }
    } catch (RuntimeException e) {
      LOG.warn("Mail relay pass failed: {}", e.getMessage());
    }
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "1m")
  void purge() {
    try {
      purge(Instant.now());
    } catch (RuntimeException e) {
      LOG.warn("Mail outbox purge failed: {}", e.getMessage());
    }
  }

  /**
   * Sent mails older than keep-sent (boucle.retention.sent-mails) are deleted; answers how many.
   */
  int purge(Instant now) {
    int purged =
        sql.update("DELETE FROM mail_outbox WHERE sent_at < ?", now.minus(settings.keepSent()));
    if (purged > 0) {
      LOG.info("Purged {} sent e-mails from the outbox", purged);
    }
    return purged;
  }

  /** One pass: answers how many mails were sent. */
  int relayOnce() {
    record Due(
        long id,
        String recipient,
        String subject,
        String body,
        String listUnsubscribe,
        int attempts) {}
    Integer sent =
        transactions.executeWrite(status -> {
          List<Due> due =
              sql.list(
                  "SELECT id, recipient, subject, body, list_unsubscribe, attempts FROM mail_outbox"
                      + " WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()"
                      + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                  rs ->
                      new Due(
                          rs.getLong("id"),
                          rs.getString("recipient"),
                          rs.getString("subject"),
                          rs.getString("body"),
                          rs.getString("list_unsubscribe"),
                          rs.getInt("attempts")),
                  settings.batchSize());
          int done = 0;
          for (Due mail : due) {
            try {
              transport.send(mail.recipient(), mail.subject(), mail.body(), mail.listUnsubscribe());
            } catch (RuntimeException e) {
              failed(mail.id(), mail.attempts() + 1, describe(e));
              break;
            }
            sql.update(
                "UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ?",
                mail.id());
            done++;
          }
          return done;
        });
    return sent == null ? 0 : sent;
  }

  private void failed(long id, int attempts, String error) {
    if (settings.givesUpAfter(attempts)) {
      sql.update(
          "UPDATE mail_outbox SET attempts = ?, last_error = ?, failed_at = now() WHERE id = ?",
          attempts,
          error,
          id);
      LOG.warn("Gave up e-mail #{} of the outbox after {} attempts: {}", id, attempts, error);
    } else {
      sql.update(
          "UPDATE mail_outbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
          attempts,
          error,
          Instant.now().plus(settings.retryAfter(attempts)),
          id);
      LOG.info("E-mail #{} not sent (attempt {}), will retry: {}", id, attempts, error);
    }
  }

  /** The deepest cause says what went wrong ("Connection refused"), the wrapper rarely does. */
  static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (!text.isEmpty()) {
        text.append(" ← ");
      }
      text.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        text.append(": ").append(t.getMessage());
      }
    }
    return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
  }
}
