package fr.boucle.organisation.internal;

import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.retention.RetentionSettings;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organisation area's nightly retention pass (boucle.retention.cron): invitations and
 * password-reset links past boucle.retention.expired-links after their expiry or use, then the
 * inactive accounts ({@link InactiveAccounts}). Failed sign-ins and sent mails have their own, more
 * frequent passes ({@link LoginThrottle#purge}, {@link MailRelay#purge}) with periods from the same
 * configuration.
 */
@Singleton
public class RetentionJobs {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionJobs.class);

  private final Sql sql;
  private final RetentionSettings retention;
  private final InactiveAccounts inactive;
  private final Clock clock;

  RetentionJobs(Sql sql, RetentionSettings retention, InactiveAccounts inactive, Clock clock) {
    this.sql = sql;
    this.retention = retention;
    this.inactive = inactive;
    this.clock = clock;
  }

  @Scheduled(cron = "${boucle.retention.cron:0 15 3 * * *}")
  void nightly() {
    Instant now = clock.instant();
    try {
      int links = purgeExpiredLinks(now);
      if (links > 0) {
        LOG.info("Retention: {} expired invitations and reset links deleted", links);
      }
    } catch (RuntimeException e) {
      LOG.warn("Retention of expired links failed; next run will retry", e);
    }
    try {
      inactive.run(now);
    } catch (RuntimeException e) {
      LOG.warn("Retention of inactive accounts failed; next run will retry", e);
    }
  }

  /**
   * Deletes the invitations accepted, revoked or expired, and the reset links used or expired, more
   * than boucle.retention.expired-links ago; answers how many rows.
   */
  public int purgeExpiredLinks(Instant now) {
    Timestamp cutoff = Timestamp.from(now.minus(retention.expiredLinks()));
    int invitations =
        sql.update(
            "DELETE FROM invitation WHERE LEAST(expires_at, COALESCE(accepted_at, expires_at),"
                + " COALESCE(revoked_at, expires_at)) < ?",
            cutoff);
    int resets =
        sql.update(
            "DELETE FROM password_reset WHERE LEAST(expires_at, COALESCE(used_at, expires_at)) < ?",
            cutoff);
    return invitations + resets;
  }
}
