package fr.boucle.insertion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the insertion-hour endpoints answer. */
public final class InsertionViews {

  private InsertionViews() {}

  /** A declaration as its supplier and the buyer see it. */
  @Serdeable
  public record DeclarationView(
      UUID id,
      UUID lotId,
      String agreementReference,
      int lotNumber,
      String lotTitle,
      int periodIndex,
      LocalDate periodStartsOn,
      LocalDate periodEndsOn,
      int hours,
      @Nullable String comment,
      DeclarationStatus status,
      String evidenceFileName,
      Instant declaredAt,
      @Nullable Instant decidedAt,
      @Nullable String rejectionReason) {}

  /** A lot the supplier may declare hours on, with its periods. */
  @Serdeable
  public record DeclarableLot(
      UUID lotId,
      String agreementReference,
      String agreementTitle,
      int lotNumber,
      String lotTitle,
      int targetHours,
      java.util.List<Period> periods) {}

  @Serdeable
  public record Period(int periodIndex, LocalDate startsOn, LocalDate endsOn) {}

  /** An evidence file to download. */
  public record Evidence(String fileName, String mediaType, byte[] content) {}
}
