package fr.boucle.listing;

import fr.boucle.shared.web.Message;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the supplier's stock API answers. Money is a decimal string in euros, exact. */
public final class ListingViews {

  private ListingViews() {}

  /** A row of the stock table. */
  @Serdeable
  public record ListingRow(
      UUID id,
      String sku,
      String kind,
      String title,
      String categoryId,
      String condition,
      String priceExclVat,
      int availableQuantity,
      int reservedQuantity,
      String status,
      String depotName,
      Instant updatedAt,
      long version) {}

  /** One listing, whole. {@code version} changes with every change; send it back to update. */
  @Serdeable
  public record ListingView(
      UUID id,
      String sku,
      String kind,
      String title,
      String description,
      String categoryId,
      @Nullable String brand,
      @Nullable String model,
      @Nullable String serialNumber,
      String condition,
      String origin,
      int warrantyMonths,
      @Nullable String energyClass,
      @Nullable String weightKg,
      @Nullable Integer lengthCm,
      @Nullable Integer widthCm,
      @Nullable Integer heightCm,
      String priceExclVat,
      String vatRate,
      String priceInclVat,
      int minimumOrderQuantity,
      UUID depotId,
      String depotName,
      boolean pickupAvailable,
      List<String> deliveryDepartments,
      @Nullable String deliveryFee,
      @Nullable Integer deliveryLeadDays,
      int availableQuantity,
      int reservedQuantity,
      String status,
      @Nullable Instant publishedAt,
      Instant createdAt,
      Instant updatedAt,
      long version) {}

  /**
   * One row of the stock ledger.
   *
   * @param actor who moved the stock (a person's label, "system" for Boucle itself)
   * @param reason as written: a person's words, or Boucle's fixed English words
   * @param reasonCode for a reason Boucle wrote, its code ({@link StockReasons}) to word it in the
   *     reader's language; null for a person's words
   * @param reasonParams the values needed to say it (an import's file name)
   */
  @Serdeable
  public record Movement(
      long id,
      String kind,
      int quantity,
      String actor,
      @Nullable String reason,
      @Nullable String reasonCode,
      @Nullable Map<String, String> reasonParams,
      Instant at) {

    /** A ledger row, its reason said by a code when Boucle wrote it. */
    public static Movement of(
        long id, String kind, int quantity, String actor, @Nullable String reason, Instant at) {
      Optional<Message> said = StockReasons.said(reason);
      return new Movement(
          id,
          kind,
          quantity,
          actor,
          reason,
          said.map(m -> m.code().code()).orElse(null),
          said.map(m -> m.params()).filter(p -> !p.isEmpty()).orElse(null),
          at);
    }
  }

  /** The answer of an upsert by SKU. */
  @Serdeable
  public record Upserted(String outcome, int stockDelta, ListingView listing) {}

  /** One change of the feed. */
  @Serdeable
  public record Change(
      String cursor,
      UUID listingId,
      String type,
      @Nullable String actor,
      Instant at,
      ChangedListing listing) {}

  /** The listing as it was right after the change. */
  @Serdeable
  public record ChangedListing(
      String sku,
      String title,
      String status,
      int availableQuantity,
      String priceExclVat,
      String categoryId) {}

  /** A page of the change feed; call again with {@code next} (same when nothing new yet). */
  @Serdeable
  public record Changes(List<Change> changes, String next, boolean more) {}
}
