package fr.boucle.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.TestMail;
import fr.boucle.privacy.LegalInformation;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.retention.RetentionSettings;
import fr.boucle.shared.security.Role;
import fr.boucle.stockimport.internal.StagedLinesRetention;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19: each retention job keeps its data for the configured period and not a moment longer.
 * The test controls the clock: it dates its rows at T0, years back (so no other test's rows are
 * touched), and passes the job the "now" it wants (T0 plus the period, each side of the limit). The
 * periods are application.yml's defaults (boucle.retention.*).
 */
@MicronautTest(transactional = false)
class RetentionJobsIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  private static final Instant T0 =
      Instant.now().minus(Duration.ofDays(3000)).truncatedTo(ChronoUnit.SECONDS);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject LoginThrottle throttle;
  @Inject RetentionJobs jobs;
  @Inject MailRelay relay;
  @Inject InactiveAccounts inactive;
  @Inject StagedLinesRetention stagedLines;
  @Inject PersonalRecords records;
  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Inject RetentionSettings retention;

  @Test
  void theLegalPagesShowThePeriodsTheJobsApplyAndPlaceholdersForTheOperator() {
    LegalInformation legal =
        client.toBlocking().retrieve(HttpRequest.GET("/api/legal"), LegalInformation.class);
    Map<String, Long> shown =
        legal.retention().stream()
            .collect(
                Collectors.toMap(
                    LegalInformation.RetentionPeriod::key,
                    LegalInformation.RetentionPeriod::seconds));
    assertThat(shown)
        .containsEntry("signInFailures", retention.signInFailures().toSeconds())
        .containsEntry("signInFailures", 900L)
        .containsEntry("expiredLinks", Duration.ofDays(30).toSeconds())
        .containsEntry("importFiles", Duration.ofHours(24).toSeconds())
        .containsEntry("sentMails", Duration.ofDays(7).toSeconds())
        .containsEntry("inactiveAccounts", retention.inactiveAccounts().toSeconds())
        .containsEntry("inactivityWarning", retention.inactivityWarning().toSeconds());
    assertThat(legal.director()).contains("à renseigner");
    assertThat(legal.dataProtection().email()).contains("à renseigner");
  }

  private static Timestamp at(Duration after) {
    return Timestamp.from(T0.plus(after));
  }

  @Test
  void failedSignInsGoAfterFifteenMinutes() {
    String email = "retention-" + UUID.randomUUID() + "@boucle.test";
    sql.update(
        "INSERT INTO login_failure (email, client_ip, occurred_at) VALUES (?, '192.0.2.9', ?)",
        email,
        at(Duration.ZERO));
    throttle.purge(T0.plus(Duration.ofMinutes(14)));
    assertThat(sql.count("SELECT count(*) FROM login_failure WHERE email = ?", email)).isOne();
    throttle.purge(T0.plus(Duration.ofMinutes(16)));
    assertThat(sql.count("SELECT count(*) FROM login_failure WHERE email = ?", email)).isZero();
  }

  @Test
  void invitationsAndResetLinksGoThirtyDaysAfterTheirExpiryOrUse() {
    AccessFixtures.Org org =
        new AccessFixtures(client.toBlocking()).supplier("Rétention liens " + UUID.randomUUID());
    UUID admin = personId(org.adminEmail());
    String invited = "invite-" + UUID.randomUUID() + "@boucle.test";
    // One expired unused at T0, one accepted at T0 (still valid then), one valid for years.
    insertInvitation(org.id(), admin, invited, at(Duration.ZERO), null);
    insertInvitation(org.id(), admin, invited, at(Duration.ofDays(7)), at(Duration.ZERO));
    insertInvitation(org.id(), admin, invited, at(Duration.ofDays(10_000)), null);
    sql.update(
        "INSERT INTO password_reset (token_hash, person_id, expires_at)"
            + " VALUES (decode(md5(random()::text), 'hex'), ?, ?)",
        admin,
        at(Duration.ZERO));

    jobs.purgeExpiredLinks(T0.plus(Duration.ofDays(29)));
    assertThat(sql.count("SELECT count(*) FROM invitation WHERE email = ?", invited)).isEqualTo(3);
    assertThat(sql.count("SELECT count(*) FROM password_reset WHERE person_id = ?", admin)).isOne();

    jobs.purgeExpiredLinks(T0.plus(Duration.ofDays(31)));
    assertThat(sql.count("SELECT count(*) FROM invitation WHERE email = ?", invited))
        .as("only the invitation still valid stays")
        .isOne();
    assertThat(sql.count("SELECT count(*) FROM password_reset WHERE person_id = ?", admin))
        .isZero();
  }

  @Test
  void sentMailsGoAfterSevenDaysUnsentOnesStay() {
    String to = "outbox-" + UUID.randomUUID() + "@boucle.test";
    sql.update(
        "INSERT INTO mail_outbox (recipient, subject, body, sent_at) VALUES (?, 'envoyé', '-', ?)",
        to,
        at(Duration.ZERO));
    sql.update(
        "INSERT INTO mail_outbox (recipient, subject, body, failed_at, created_at)"
            + " VALUES (?, 'abandonné', '-', ?, ?)",
        to,
        at(Duration.ZERO),
        at(Duration.ZERO));
    relay.purge(T0.plus(Duration.ofDays(6)));
    assertThat(sql.count("SELECT count(*) FROM mail_outbox WHERE recipient = ?", to)).isEqualTo(2);
    relay.purge(T0.plus(Duration.ofDays(8)));
    assertThat(sql.count("SELECT count(*) FROM mail_outbox WHERE recipient = ?", to))
        .as("the given-up mail stays for the operator")
        .isOne();
  }

  @Test
  void stagedImportLinesGoADayAfterTheImportsLastChange() {
    AccessFixtures.Org org =
        new AccessFixtures(client.toBlocking()).supplier("Rétention import " + UUID.randomUUID());
    UUID id = UUID.randomUUID();
    sql.update(
        "INSERT INTO stock_import (id, supplier_id, file_name, file_size, format, headers,"
            + " status, created_by, created_at, updated_at)"
            + " VALUES (?, ?, 'stock.csv', 10, 'CSV', '[]'::jsonb, 'RUNNING', ?, ?, ?)",
        id,
        org.id(),
        org.adminEmail(),
        at(Duration.ZERO),
        at(Duration.ZERO));
    sql.update(
        "INSERT INTO stock_import_stage (import_id, line, sku, fields) VALUES (?, 2, 'A-1', '{}')",
        id);
    stagedLines.purge(T0.plus(Duration.ofHours(23)));
    assertThat(sql.count("SELECT count(*) FROM stock_import_stage WHERE import_id = ?", id))
        .isOne();
    stagedLines.purge(T0.plus(Duration.ofHours(25)));
    assertThat(sql.count("SELECT count(*) FROM stock_import_stage WHERE import_id = ?", id))
        .isZero();
  }

  @Test
  void inactiveAccountsAreWarnedByMailThenDeactivatedButNeverTheLastAdministrator()
      throws Exception {
    AccessFixtures.Org org =
        new AccessFixtures(client.toBlocking()).supplier("Rétention comptes " + UUID.randomUUID());
    UUID admin = personId(org.adminEmail());
    String staffEmail = "equipe-" + UUID.randomUUID() + "@fournisseur.test";
    UUID staff =
        provisioning.createPerson(
            org.id(),
            staffEmail,
            "Sam Idle",
            AccessFixtures.PASSWORD,
            Set.of(Role.SUPPLIER_STAFF),
            Set.of());
    String backEmail = "retour-" + UUID.randomUUID() + "@fournisseur.test";
    UUID back =
        provisioning.createPerson(
            org.id(),
            backEmail,
            "Rita Retour",
            AccessFixtures.PASSWORD,
            Set.of(Role.SUPPLIER_STAFF),
            Set.of());
    sql.update(
        "UPDATE person SET last_signed_in_at = ?, created_at = ? WHERE organisation_id = ?",
        at(Duration.ZERO),
        at(Duration.ZERO),
        org.id());
    sql.update("UPDATE person SET language = 'en' WHERE id = ?", back);

    // 730 days without a sign-in deactivate; the warning goes 30 days before.
    inactive.run(T0.plus(Duration.ofDays(699)));
    assertThat(warned(org.id())).isZero();

    inactive.run(T0.plus(Duration.ofDays(701)));
    assertThat(warned(org.id())).isEqualTo(3);
    // Each in their own language.
    LocalDate deactivation =
        LocalDate.ofInstant(T0.plus(Duration.ofDays(730)), ZoneId.of("Europe/Paris"));
    List<MimeMessage> mails = AccessFixtures.mailsTo(mail, staffEmail, 1);
    assertThat(mails.get(0).getSubject())
        .isEqualTo(
            "Votre compte Boucle sera désactivé le "
                + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(deactivation));
    assertThat(AccessFixtures.mailsTo(mail, backEmail, 1).get(0).getSubject())
        .isEqualTo(
            "Your Boucle account will be deactivated on "
                + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(deactivation));
    assertThat(AccessFixtures.text(mails.get(0).getContent()))
        .contains("http://boucle.test/connexion");
    AccessFixtures.mailsTo(mail, org.adminEmail(), 1);

    // Rita signs in after the warning: her clock starts again.
    records.signedIn(back, T0.plus(Duration.ofDays(720)));

    // Not yet a full warning period after the warning: nobody goes.
    inactive.run(T0.plus(Duration.ofDays(725)));
    assertThat(activeIn(org.id())).isEqualTo(3);

    InactiveAccounts.Outcome outcome = inactive.run(T0.plus(Duration.ofDays(731)));
    assertThat(active(staff)).isFalse();
    assertThat(active(back)).as("signed in since the warning").isTrue();
    assertThat(active(admin)).as("the organisation's last active administrator").isTrue();
    assertThat(outcome.keptLastAdministrators()).contains(admin);
    assertThat(
            sql.count(
                "SELECT count(*) FROM audit_event WHERE action = 'person.deactivated-inactive'"
                    + " AND object_id = ?",
                staff.toString()))
        .isOne();
  }

  private UUID personId(String email) {
    return sql.one("SELECT id FROM person WHERE email = ?", rs -> Sql.uuid(rs, "id"), email)
        .orElseThrow();
  }

  private long warned(UUID organisationId) {
    return sql.count(
        "SELECT count(*) FROM person WHERE organisation_id = ? AND inactivity_warned_at IS NOT NULL",
        organisationId);
  }

  private long activeIn(UUID organisationId) {
    return sql.count(
        "SELECT count(*) FROM person WHERE organisation_id = ? AND active", organisationId);
  }

  private boolean active(UUID personId) {
    return sql.count("SELECT count(*) FROM person WHERE id = ? AND active", personId) > 0;
  }

  private void insertInvitation(
      UUID organisationId, UUID by, String email, Timestamp expiresAt, Timestamp acceptedAt) {
    sql.update(
        "INSERT INTO invitation (id, organisation_id, email, roles, token_hash, invited_by,"
            + " created_at, expires_at, accepted_at)"
            + " VALUES (?, ?, ?, '{SUPPLIER_STAFF}', decode(md5(random()::text), 'hex'), ?, ?, ?, ?)",
        UUID.randomUUID(),
        organisationId,
        email,
        by,
        at(Duration.ZERO),
        expiresAt,
        acceptedAt);
  }
}
