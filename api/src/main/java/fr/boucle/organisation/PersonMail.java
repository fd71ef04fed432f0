package fr.boucle.organisation;

import java.util.UUID;

/**
 * E-mails to a person about something that happened in another area (an order expired, a supplier
 * cancelled). Queued in the caller's transaction, so a mail exists exactly when its cause commits,
 * and sent by the outbox relay: an SMTP outage never fails the caller.
 */
public interface PersonMail {

  /** Queues a mail to the person's address; nothing if the person is gone or disabled. */
  void send(UUID personId, String subject, String body);

  /**
   * Like {@link #send}, for a mail the person subscribed to: {@code unsubscribeUrl} answers a POST
   * without signing in, and goes in the RFC 8058 {@code List-Unsubscribe} and {@code
   * List-Unsubscribe-Post} headers so mail clients offer a one-click unsubscribe.
   */
  void sendUnsubscribable(UUID personId, String subject, String body, String unsubscribeUrl);

  /** An absolute link to a page of Boucle, for a mail's body. */
  String link(String path);
}
