package fr.boucle.organisation.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where account e-mails go: SMTP in production and tests, the log for a local demo. */
interface MailTransport {

  void send(String to, String subject, String body);

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
