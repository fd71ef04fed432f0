package fr.boucle.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Account e-mails leave through the outbox: against real PostgreSQL and a real SMTP server
 * (GreenMail) that the tests stop and start to stage an outage.
 */
@MicronautTest(transactional = false)
class MailOutboxIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Sql sql;
  @Inject ResetPassword resetPassword;
  @Inject Mailer mailer;
  @Inject TransactionOperations<Connection> transactions;

  @Value("${boucle.mail.relay.max-attempts}")
  int maxAttempts;

  private GreenMail smtp;

  record Row(
      long id,
      int attempts,
      String lastError,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant sentAt,
      Instant failedAt) {}

  @AfterEach
  void stopSmtp() {
    smtpDown();
  }

  @Test
  void aResetRequestSucceedsDuringAnSmtpOutageAndItsMailLeavesOnceSmtpIsBack() throws Exception {
    smtpUp();
    AccessFixtures.Org org =
        new AccessFixtures(client.toBlocking()).supplier("Panne SMTP " + UUID.randomUUID());
    smtpDown();

    int status =
        new ApiSession(client.toBlocking())
            .exchange(
                HttpRequest.POST("/api/auth/password-reset", Map.of("email", org.adminEmail())),
                Map.class)
            .code();
    assertThat(status).as("a reset request while SMTP is down").isEqualTo(202);

    // The relay keeps trying, further apart each time, and says why it failed.
    Row retried =
        await()
            .atMost(PATIENCE)
            .until(
                () -> resetRowFor(org.adminEmail()), r -> r.isPresent() && r.get().attempts() >= 2)
            .orElseThrow();
    assertThat(retried.sentAt()).isNull();
    assertThat(retried.failedAt()).isNull();
    assertThat(retried.lastError()).isNotBlank();
    assertThat(retried.nextAttemptAt()).isAfter(retried.createdAt());

    smtpUp();
    MimeMessage delivered =
        await()
            .atMost(PATIENCE)
            .until(() -> resetMailsTo(org.adminEmail()), m -> !m.isEmpty())
            .get(0);
    assertThat(AccessFixtures.text(delivered.getContent()))
        .contains("http://boucle.test/mot-de-passe/nouveau/rst_");
    Row sent =
        await()
            .atMost(PATIENCE)
            .until(
                () -> resetRowFor(org.adminEmail()), r -> r.isPresent() && r.get().sentAt() != null)
            .orElseThrow();
    assertThat(sent.attempts()).isGreaterThanOrEqualTo(2);
    assertThat(resetMailsTo(org.adminEmail())).as("delivered once").hasSize(1);
  }

  @Test
  void aMailWhoseTransactionRollsBackIsNeverSent() throws Exception {
    smtpUp();
    AccessFixtures.Org cancelled =
        new AccessFixtures(client.toBlocking()).supplier("Annulation " + UUID.randomUUID());
    AccessFixtures.Org witness =
        new AccessFixtures(client.toBlocking()).supplier("Témoin " + UUID.randomUUID());

    transactions.executeWrite(status -> {
      resetPassword.request(cancelled.adminEmail());
      status.setRollbackOnly();
      return null;
    });
    transactions.executeWrite(status -> {
      resetPassword.request(witness.adminEmail());
      return null;
    });

    // The relay takes rows in order: once the later, committed mail has arrived, an earlier one
    // would have too.
    await().atMost(PATIENCE).until(() -> resetMailsTo(witness.adminEmail()), m -> !m.isEmpty());
    assertThat(resetMailsTo(cancelled.adminEmail())).isEmpty();
    assertThat(resetRowFor(cancelled.adminEmail())).isEmpty();
  }

  @Test
  void aMailThatKeepsFailingIsGivenUpAndKeptWithItsError() throws Exception {
    String recipient = "abandon-" + UUID.randomUUID() + "@boucle.test";
    sql.update(
        "INSERT INTO mail_outbox (recipient, subject, body, attempts) VALUES (?, ?, ?, ?)",
        recipient,
        "Réinitialisation de votre mot de passe Boucle",
        "Un dernier essai",
        maxAttempts - 1);

    Row givenUp =
        await()
            .atMost(PATIENCE)
            .until(() -> rowFor(recipient), r -> r.isPresent() && r.get().failedAt() != null)
            .orElseThrow();
    assertThat(givenUp.attempts()).isEqualTo(maxAttempts);
    assertThat(givenUp.lastError()).isNotBlank();
    assertThat(givenUp.sentAt()).isNull();
    Map<?, ?> health =
        new AccessFixtures(client.toBlocking()).operator().get("/api/operator/health", Map.class);
    Map<?, ?> mail = (Map<?, ?>) ((Map<?, ?>) health.get("details")).get("mail");
    assertThat(((Number) ((Map<?, ?>) mail.get("details")).get("failed")).longValue())
        .as("given-up mails on the operator's health page")
        .isGreaterThanOrEqualTo(1);

    // SMTP comes back: a mail given up stays given up, later mails leave.
    smtpUp();
    String later = "apres-" + UUID.randomUUID() + "@boucle.test";
    transactions.executeWrite(status -> {
      mailer.passwordReset(later, "rst_apres", PersonLanguages.FRENCH);
      return null;
    });
    await().atMost(PATIENCE).until(() -> resetMailsTo(later), m -> !m.isEmpty());
    assertThat(resetMailsTo(recipient)).isEmpty();
    assertThat(rowFor(recipient).orElseThrow().sentAt()).isNull();
  }

  private void smtpUp() {
    smtp = TestMail.server();
    smtp.start();
  }

  private void smtpDown() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  private List<MimeMessage> resetMailsTo(String email) {
    if (smtp == null) {
      return List.of();
    }
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> {
          try {
            return m.getAllRecipients()[0].toString().equals(email)
                && m.getSubject().contains("mot de passe");
          } catch (Exception e) {
            return false;
          }
        })
        .toList();
  }

  private Optional<Row> resetRowFor(String email) {
    return sql.one(
        "SELECT * FROM mail_outbox WHERE recipient = ? AND subject LIKE '%mot de passe%'",
        MailOutboxIT::row, email);
  }

  private Optional<Row> rowFor(String email) {
    return sql.one("SELECT * FROM mail_outbox WHERE recipient = ?", MailOutboxIT::row, email);
  }

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "next_attempt_at"),
        Sql.instant(rs, "sent_at"),
        Sql.instant(rs, "failed_at"));
  }
}
