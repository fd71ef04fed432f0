package fr.boucle.organisation.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where account e-mails go: SMTP in production and tests, the log for a local demo. */
interface MailTransport {

  void send(String to, String subject, String body);

  /**
   * Sends with RFC 8058 one-click unsubscribe headers when {@code listUnsubscribe} (an https
   * address answering POST) is given.
   */
  default void send(String to, String subject, String body, @Nullable String listUnsubscribe) {
    send(to, subject, body);
  }

  /** Sends through the configured SMTP server (javamail.properties.mail.smtp.*). */
  @Singleton
  @Requires(property = "boucle.mail.log-only", notEquals = "true")
  class Smtp implements MailTransport {
    private final EmailSender<?, ?> sender;

    Smtp(EmailSender<?, ?> sender) {
      this.sender = sender;
    }

    @Override
    public void send(String to, String subject, String body) {
      sender.send(Email.builder().to(to).subject(subject).body(body));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void send(String to, String subject, String body, @Nullable String listUnsubscribe) {
      if (listUnsubscribe == null) {
        send(to, subject, body);
        return;
      }
      ((EmailSender<Object, ?>) sender)
          .send(
              Email.builder().to(to).subject(subject).body(body),
              message -> {
                if (message instanceof Message mime) {
                  try {
                    mime.setHeader("List-Unsubscribe", "<" + listUnsubscribe + ">");
                    mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                  } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                  }
                }
              });
    }
  }

  /** Writes e-mails to the log, so a local demo can follow invitation and reset links. */
  @Singleton
  @Requires(property = "boucle.mail.log-only", value = "true")
  class Log implements MailTransport {
    private static final Logger LOG = LoggerFactory.getLogger("boucle.mail");

    @Override
    public void send(String to, String subject, String body) {
      LOG.info("E-mail to {} — {}\n{}", to, subject, body);
    }
  }
}
