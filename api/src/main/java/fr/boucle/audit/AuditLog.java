package fr.boucle.audit;

import fr.boucle.audit.internal.AuditEvents;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records sensitive actions (roles, agreements, orders, prices, stock adjustments) in the same
 * transaction as the change they describe, and reads them back for admins and the operator.
 */
@Singleton
public class AuditLog {

  private final AuditEvents events;

  AuditLog(AuditEvents events) {
    this.events = events;
  }

  public void record(
      @Nullable CurrentUser actor,
      @Nullable UUID organisationId,
      String action,
      String objectType,
      @Nullable Object objectId,
      Map<String, ?> details) {
    events.append(
        organisationId,
        actor == null ? null : actor.personId(),
        actor == null ? "system" : actor.label(),
        action,
        objectType,
        objectId == null ? null : objectId.toString(),
        details);
  }

  /** One page of an organisation's events, newest first; all organisations when null. */
  public List<AuditEvent> page(@Nullable UUID organisationId, int page, int size) {
    return events.page(organisationId, page, size);
  }

  public long count(@Nullable UUID organisationId) {
    return events.count(organisationId);
  }
}
