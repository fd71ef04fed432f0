package fr.boucle.organisation.internal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How {@link MailRelay} delivers the outbox (boucle.mail.relay.*). The pass interval itself is read
 * by the scheduler: boucle.mail.relay.interval.
 *
 * @param batchSize mails claimed per pass
 * @param maxAttempts attempts before a mail is given up (kept, with its last error)
 * @param firstRetry wait after the first failure; doubles with each further failure
 * @param maxRetry the longest wait between two attempts
 * @param keepSent how long sent mails stay in the outbox before the purge deletes them
 */
@ConfigurationProperties("boucle.mail.relay")
record MailRelaySettings(
    @Bindable(defaultValue = "50") int batchSize,
    @Bindable(defaultValue = "20") int maxAttempts,
    @Bindable(defaultValue = "30s") Duration firstRetry,
    @Bindable(defaultValue = "1h") Duration maxRetry,
    @Bindable(defaultValue = "7d") Duration keepSent) {

  /** The wait before the next attempt, after the given number of failed attempts (1 or more). */
  Duration retryAfter(int failedAttempts) {
    int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
    Duration wait = firstRetry.multipliedBy(1L << doublings);
    return wait.compareTo(maxRetry) > 0 || wait.isNegative() ? maxRetry : wait;
  }

  /** Whether a mail that has now failed this many times is given up. */
  boolean givesUpAfter(int failedAttempts) {
    return failedAttempts >= maxAttempts;
  }
}
