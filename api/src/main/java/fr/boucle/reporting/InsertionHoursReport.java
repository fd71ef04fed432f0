package fr.boucle.reporting;

import fr.boucle.insertion.DeclarationStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Insertion hours of a buyer's lots with a social clause: planned, declared and accepted. */
@Serdeable
public record InsertionHoursReport(List<Lot> lots) {

  @Serdeable
  public record Lot(
      UUID lotId,
      UUID agreementId,
      String agreementReference,
      int lotNumber,
      String lotTitle,
      long targetHours,
      long declaredHours,
      long acceptedHours,
      List<Period> periods,
      List<Declaration> declarations) {}

  @Serdeable
  public record Period(
      int periodIndex,
      LocalDate startsOn,
      LocalDate endsOn,
      long plannedHours,
      long declaredHours,
      long acceptedHours) {}

  @Serdeable
  public record Declaration(
      UUID id,
      String supplierName,
      String supplierSiret,
      int periodIndex,
      int hours,
      DeclarationStatus status,
      String evidenceFileName,
      Instant declaredAt,
      @Nullable Instant decidedAt,
      @Nullable String rejectionReason) {}
}
