package fr.boucle.needs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What callers send to the needs board; {@link NeedRules} names every field that is wrong. */
public final class NeedCommands {

  private NeedCommands() {}

  /** A need to publish, or the new content of an open need nobody has answered yet. */
  @Serdeable
  public record Publish(
      @Nullable String title,
      @Nullable String description,
      @Nullable List<String> categoryIds,
      @Nullable Integer quantity,
      @Nullable UUID serviceId,
      @Nullable LocalDate targetDate,
      @Nullable LocalDate closingDate,
      @Nullable Long budgetMinCents,
      @Nullable Long budgetMaxCents,
      @Nullable NeedKind kind,
      @Nullable UUID lotId,
      @Nullable NeedVisibility visibility) {}

  /** A supplier's answer: a message, listings with quantities and/or a free-text offer. */
  @Serdeable
  public record Answer(
      @Nullable String message,
      @Nullable String offer,
      @Nullable LocalDate availableOn,
      @Nullable List<Line> lines,
      @Nullable List<UUID> partnerIds) {}

  /** Units of one of the answering supplier's listings. */
  @Serdeable
  public record Line(@Nullable UUID listingId, @Nullable Integer quantity) {}

  /** "Not for us", with an optional word for the buyer. */
  @Serdeable
  public record Decline(@Nullable String message) {}

  /** Closing a need: what came of it and, when bought, for how much excl. VAT. */
  @Serdeable
  public record Close(@Nullable NeedOutcome outcome, @Nullable Long amountCents) {}

  /** Cancelling a need, with the reason the suppliers will read. */
  @Serdeable
  public record Cancel(@Nullable String reason) {}

  /** A message in an answer's thread. */
  @Serdeable
  public record Message(@Nullable String body) {}
}
