package fr.boucle.reporting;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The spend alerts raised on the buyer's lot periods, newest first. */
@Serdeable
public record SpendAlertList(List<Alert> alerts) {

  /** A lot period's consumption reached a threshold (80 or 100 % of its maximum). */
  @Serdeable
  public record Alert(
      UUID lotId,
      String agreementReference,
      int lotNumber,
      String lotTitle,
      int periodIndex,
      int threshold,
      Instant reachedAt,
      int consumedBp) {}
}
