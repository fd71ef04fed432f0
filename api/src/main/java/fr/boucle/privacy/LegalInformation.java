package fr.boucle.privacy;

import fr.boucle.shared.retention.RetentionSettings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.util.List;

/**
 * What the legal pages show: publisher, director of publication, host, data protection contact, and
 * how long each kind of personal data is kept, read from the configuration the jobs use.
 */
@Serdeable
public record LegalInformation(
    Publisher publisher,
    String director,
    Host host,
    DataProtection dataProtection,
    List<RetentionPeriod> retention) {

  @Serdeable
  public record Publisher(
      String name, String address, String email, String phone, String registration) {}

  @Serdeable
  public record Host(String name, String address, String phone) {}

  @Serdeable
  public record DataProtection(String contact, String email, String address) {}

  /**
   * One kind of data, how long it is kept (in seconds) and the job that enforces it (null when the
   * data is kept for its legal period and no job deletes it).
   */
  @Serdeable
  public record RetentionPeriod(String key, long seconds, @Nullable String job) {
    RetentionPeriod(String key, Duration period, @Nullable String job) {
      this(key, period.toSeconds(), job);
    }
  }

  public static LegalInformation of(LegalSettings legal, RetentionSettings retention) {
    return new LegalInformation(
        new Publisher(
            legal.publisherName(),
            legal.publisherAddress(),
            legal.publisherEmail(),
            legal.publisherPhone(),
            legal.publisherRegistration()),
        legal.director(),
        new Host(legal.hostName(), legal.hostAddress(), legal.hostPhone()),
        new DataProtection(
            legal.dataProtectionContact(),
            legal.dataProtectionEmail(),
            legal.dataProtectionAddress()),
        List.of(
            new RetentionPeriod(
                "signInFailures", retention.signInFailures(), "LoginThrottle.purge"),
            new RetentionPeriod(
                "expiredLinks", retention.expiredLinks(), "RetentionJobs.purgeExpiredLinks"),
            new RetentionPeriod(
                "importFiles",
                retention.importFiles(),
                "UploadedFiles.purgeExpired, StagedLinesRetention.purge"),
            new RetentionPeriod("sentMails", retention.sentMails(), "MailRelay.purge"),
            new RetentionPeriod(
                "inactiveAccounts", retention.inactiveAccounts(), "InactiveAccounts.run"),
            new RetentionPeriod(
                "inactivityWarning", retention.inactivityWarning(), "InactiveAccounts.run"),
            new RetentionPeriod("ordersAndInvoices", retention.ordersAndInvoices(), null),
            new RetentionPeriod("auditTrail", retention.auditTrail(), null)));
  }
}
