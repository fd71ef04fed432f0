package fr.boucle.organisation;

import java.util.UUID;

/**
 * E-mails to a person about something that happened in another area (an order expired, a supplier
 * cancelled). Queued in the caller's transaction, so a mail exists exactly when its cause commits,
 * and sent by the outbox relay: an SMTP outage never fails the caller. Each mail is written in
 * French and English; the person gets the one of their language (person.language).
 */
public interface PersonMail {

  /** One mail in one language. */
  record Letter(String subject, String body) {}

  /**
   * Queues the letter of the person's language to their address; nothing if the person is gone or
   * disabled.
   */
  void send(UUID personId, Letter french, Letter english);

  /**
   * Like {@link #send}, for a mail the person subscribed to: {@code unsubscribeUrl} answers a POST
   * without signing in, and goes in the RFC 8058 {@code List-Unsubscribe} and {@code
   * List-Unsubscribe-Post} headers so mail clients offer a one-click unsubscribe.
   */
  void sendUnsubscribable(UUID personId, Letter french, Letter english, String unsubscribeUrl);

  /** An absolute link to a page of Boucle, for a mail's body. */
  String link(String path);
}
