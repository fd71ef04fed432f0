package fr.boucle.needs;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * The buyer admin's sourcing statistics over the needs created between two dates (inclusive, Paris
 * time). Averages are decimal strings with two places ("1.50"); shares are basis points.
 */
@Serdeable
public record SourcingFigures(
    LocalDate from,
    LocalDate to,
    long published,
    long open,
    long closed,
    long cancelled,
    long proposals,
    long notForUs,
    String proposalsPerNeed,
    String notForUsPerNeed,
    long answeredNeeds,
    long insertionAnsweredNeeds,
    int insertionShareBasisPoints,
    List<Outcome> outcomes,
    List<Month> months) {

  /** Closed needs with this outcome and the amounts recorded, excl. VAT. */
  @Serdeable
  public record Outcome(NeedOutcome outcome, long count, long amountCents) {}

  /** Needs created in the month ("2026-03") and those of them with at least one proposal. */
  @Serdeable
  public record Month(String month, long published, long answered) {}
}
