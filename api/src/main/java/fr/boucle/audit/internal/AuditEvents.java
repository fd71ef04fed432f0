package fr.boucle.audit.internal;

import fr.boucle.audit.AuditEvent;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The audit_event table: appended to, never changed; details are JSON. */
@Singleton
public class AuditEvents {

  private final Sql sql;
  private final JsonMapper json;

  AuditEvents(Sql sql, JsonMapper json) {
    this.sql = sql;
    this.json = json;
  }

  public void append(
      @Nullable UUID organisationId,
      @Nullable UUID actorId,
      String actorLabel,
      String action,
      String objectType,
      @Nullable String objectId,
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
        actorId,
        actorLabel,
        action,
        objectType,
        objectId,
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
        this::event,
        params);
  }

  private AuditEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new AuditEvent(
        rs.getLong("id"),
        Sql.uuid(rs, "organisation_id"),
        Sql.uuid(rs, "actor_id"),
        rs.getString("actor_label"),
        rs.getString("action"),
        rs.getString("object_type"),
        rs.getString("object_id"),
        details(rs.getString("details")),
        Sql.instant(rs, "occurred_at"));
  }

  public List<AuditEvent> about(UUID personId) {
    return sql.list(
        "SELECT * FROM audit_event WHERE actor_id = ?"
            + " OR (object_type = 'person' AND object_id = ?) ORDER BY occurred_at, id",
        this::event,
        personId,
        personId.toString());
  }

  /**
   * Replaces a former label (an address) with a pseudonym in the entries the person did and in the
   * details that name the address (JSON strings: an address holds no quote nor backslash).
   */
  public int pseudonymise(UUID personId, String formerLabel, String pseudonym) {
    int labels =
        sql.update(
            "UPDATE audit_event SET actor_label = ? WHERE actor_id = ? OR actor_label = ?",
            pseudonym,
            personId,
            formerLabel);
    int details =
        sql.update(
            "UPDATE audit_event SET details = replace(details::text, ?, ?)::jsonb"
                + " WHERE strpos(details::text, ?) > 0",
            '"' + formerLabel + '"',
            '"' + pseudonym + '"',
            '"' + formerLabel + '"');
    return labels + details;
  }

  public long count(@Nullable UUID organisationId) {
    return organisationId == null
        ? sql.count("SELECT count(*) FROM audit_event")
        : sql.count("SELECT count(*) FROM audit_event WHERE organisation_id = ?", organisationId);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> details(String raw) {
    try {
      return json.readValue(raw, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
