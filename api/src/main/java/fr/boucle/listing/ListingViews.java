package fr.boucle.listing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
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

  /** One row of the stock ledger. */
  @Serdeable
  public record Movement(
      long id, String kind, int quantity, String actor, @Nullable String reason, Instant at) {}

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
