package fr.boucle.organisation;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What another area holds that a person authored (orders, needs, messages), for the copy of their
 * data the person downloads (RGPD art. 15). Implemented by the owning areas, as {@link DepotUsage}
 * is: the organisation area gathers every implementation.
 */
public interface PersonalDataSource {

  /** The section of the copy these records go in, e.g. "orders". */
  String section();

  /** The records the person authored, oldest first. */
  List<AuthoredRecord> authoredBy(UUID personId);

  /** One thing the person authored, with the reference that finds it again. */
  @Serdeable
  record AuthoredRecord(String reference, String kind, Instant at, String summary) {}
}
