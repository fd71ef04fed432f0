package fr.boucle.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Who did what, when, to which object. */
@Serdeable
public record AuditEvent(
    long id,
    @Nullable UUID organisationId,
    @Nullable UUID actorId,
    String actor,
    String action,
    String objectType,
    @Nullable String objectId,
    Map<String, Object> details,
    Instant occurredAt) {}
