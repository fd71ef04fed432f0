package fr.boucle.organisation.internal;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reports the mail outbox's backlog on the operator's health page: mails waiting, mails being
 * retried (SMTP refused them so far) and mails given up. Always UP: a late e-mail is the operator's
 * concern, not a reason to take the instance out of service.
 */
@Singleton
class MailOutboxHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  private final MailOutbox outbox;

  MailOutboxHealthIndicator(MailOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    MailOutbox.Backlog backlog = outbox.backlog();
    this.healthStatus = HealthStatus.UP;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("pending", backlog.pending());
    details.put("retrying", backlog.retrying());
    details.put("failed", backlog.failed());
    if (backlog.oldestPendingSince() != null) {
      details.put("oldestPendingSince", backlog.oldestPendingSince().toString());
    }
    return details;
  }

  @Override
  protected String getName() {
    return "mail";
  }
}
