package fr.boucle.needs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the needs board answers. */
public final class NeedViews {

  private NeedViews() {}

  /** A category named in the caller's language. */
  @Serdeable
  public record CategoryRef(String id, String label) {}

  /**
   * A need as the board lists it. {@code answerCount} counts proposals; {@code myAnswer} is the
   * calling supplier's answer kind (null when it has not answered, and for buyers).
   */
  @Serdeable
  public record NeedSummary(
      UUID id,
      String title,
      UUID buyerId,
      String buyerName,
      UUID serviceId,
      String serviceName,
      String department,
      List<CategoryRef> categories,
      int quantity,
      NeedKind kind,
      NeedVisibility visibility,
      NeedStatus status,
      boolean openForAnswers,
      LocalDate closingDate,
      @Nullable LocalDate targetDate,
      @Nullable Long budgetMinCents,
      @Nullable Long budgetMaxCents,
      int answerCount,
      @Nullable AnswerKind myAnswer,
      Instant createdAt) {}

  /** A need in full, with what the caller may do with it. */
  @Serdeable
  public record NeedDetail(
      NeedSummary summary,
      String description,
      @Nullable UUID lotId,
      @Nullable String lotLabel,
      @Nullable String cancelReason,
      @Nullable NeedOutcome outcome,
      @Nullable Long outcomeAmountCents,
      boolean editable,
      boolean answerable,
      @Nullable UUID myAnswerId) {}

  /** One proposed listing, priced when answered. */
  @Serdeable
  public record AnswerLine(
      UUID listingId,
      String title,
      String categoryId,
      int quantity,
      long unitPriceExclVatCents,
      long lineExclVatCents) {}

  /** A supplier named on an answer. */
  @Serdeable
  public record SupplierRef(UUID id, String name, @Nullable String insertionStatus) {}

  /** An answer, with its supplier, its partners and what it proposes. */
  @Serdeable
  public record Answer(
      UUID id,
      UUID needId,
      SupplierRef supplier,
      List<SupplierRef> partners,
      AnswerKind kind,
      String message,
      @Nullable String offer,
      @Nullable LocalDate availableOn,
      String status,
      List<AnswerLine> lines,
      long totalExclVatCents,
      @Nullable Double distanceKm,
      int messageCount,
      Instant createdAt) {}

  /** A message of an answer's thread. */
  @Serdeable
  public record Message(
      long id, String organisationName, String authorName, String body, boolean mine, Instant at) {}

  /** What accepting a proposal did: the lines put in the caller's cart. */
  @Serdeable
  public record Accepted(UUID answerId, int linesAdded, int cartLineCount) {}
}
