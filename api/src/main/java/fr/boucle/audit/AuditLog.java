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

  /** Records an action whose actor is named otherwise than by a session (an erased person). */
  public void recordAs(
      UUID actorId,
      String actorLabel,
      @Nullable UUID organisationId,
      String action,
      String objectType,
      @Nullable Object objectId,
      Map<String, ?> details) {
    events.append(
        organisationId,
        actorId,
        actorLabel,
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

  /** The events a person did or that concern them (a person object), oldest first. */
  public List<AuditEvent> about(UUID personId) {
    return events.about(personId);
  }

  /**
   * The one change the trail allows: when a person's account is erased, their address in the
   * entries they did or that name it becomes their pseudonym. Answers the entries changed.
   */
  public int pseudonymise(UUID personId, String formerLabel, String pseudonym) {
    return events.pseudonymise(personId, formerLabel, pseudonym);
  }
}
