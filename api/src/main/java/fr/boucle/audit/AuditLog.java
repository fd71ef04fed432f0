package fr.boucle.audit;

import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records sensitive actions (roles, agreements, orders, prices, stock adjustments) in the same
 * transaction as the change they describe, and reads them back for admins and the operator.
 */
@Singleton
public class AuditLog {

  private final Sql sql;
  private final JsonMapper json;

  AuditLog(Sql sql, JsonMapper json) {
    this.sql = sql;
    this.json = json;
  }

  public void record(
      @Nullable CurrentUser actor,
      @Nullable UUID organisationId,
      String action,
      String objectType,
      @Nullable Object objectId,
      Map<String, ?> details) {
    String detailsJson;
    try {
      detailsJson = json.writeValueAsString(details);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sql.update(
        "INSERT INTO audit_event (organisation_id, actor_id, actor_label, action, object_type,"
            + " object_id, details) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)",
        organisationId,
        actor == null ? null : actor.personId(),
        actor == null ? "system" : actor.label(),
        action,
        objectType,
        objectId == null ? null : objectId.toString(),
        detailsJson);
  }

  /** One page of an organisation's events, newest first; all organisations when null. */
  public List<AuditEvent> page(@Nullable UUID organisationId, int page, int size) {
    String where = organisationId == null ? "" : " WHERE organisation_id = ?";
    Object[] params =
        organisationId == null
            ? new Object[] {size, (long) page * size}
            : new Object[] {organisationId, size, (long) page * size};
    return sql.list(
        "SELECT * FROM audit_event"
            + where
            + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?",
        rs -> {
          Map<String, Object> details;
          try {
            details = json.readValue(rs.getString("details"), Map.class);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return new AuditEvent(
              rs.getLong("id"),
              Sql.uuid(rs, "organisation_id"),
              Sql.uuid(rs, "actor_id"),
              rs.getString("actor_label"),
              rs.getString("action"),
              rs.getString("object_type"),
              rs.getString("object_id"),
              details,
              Sql.instant(rs, "occurred_at"));
        },
        params);
  }

  public long count(@Nullable UUID organisationId) {
    return organisationId == null
        ? sql.count("SELECT count(*) FROM audit_event")
        : sql.count("SELECT count(*) FROM audit_event WHERE organisation_id = ?", organisationId);
  }
}
