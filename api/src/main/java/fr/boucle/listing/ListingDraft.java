package fr.boucle.listing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a supplier says about one listing, from the form, the API or one line of an import file.
 * Every field is optional here so that {@link ListingRules} can name each missing or bad one; money
 * is decimal euros (at most two decimals), never floating point.
 *
 * @param quantity the available quantity the supplier wants; the stock ledger records the
 *     difference with what is available now (never a blind overwrite). Absent: stock unchanged.
 * @param status DRAFT, PUBLISHED or ARCHIVED; absent keeps the current status (DRAFT when new).
 */
@Serdeable
public record ListingDraft(
    @Nullable String sku,
    @Nullable String kind,
    @Nullable String title,
    @Nullable String description,
    @Nullable String categoryId,
    @Nullable String brand,
    @Nullable String model,
    @Nullable String serialNumber,
    @Nullable String condition,
    @Nullable String origin,
    @Nullable Integer warrantyMonths,
    @Nullable String energyClass,
    @Nullable BigDecimal weightKg,
    @Nullable Integer lengthCm,
    @Nullable Integer widthCm,
    @Nullable Integer heightCm,
    @Nullable BigDecimal priceExclVat,
    @Nullable BigDecimal vatRate,
    @Nullable Integer minimumOrderQuantity,
    @Nullable UUID depotId,
    @Nullable Boolean pickupAvailable,
    @Nullable List<String> deliveryDepartments,
    @Nullable BigDecimal deliveryFee,
    @Nullable Integer deliveryLeadDays,
    @Nullable Integer quantity,
    @Nullable String status) {

  /** The same draft for another SKU (the API's upsert takes the SKU from the path). */
  public ListingDraft withSku(String newSku) {
    return new ListingDraft(
        newSku,
        kind,
        title,
        description,
        categoryId,
        brand,
        model,
        serialNumber,
        condition,
        origin,
        warrantyMonths,
        energyClass,
        weightKg,
        lengthCm,
        widthCm,
        heightCm,
        priceExclVat,
        vatRate,
        minimumOrderQuantity,
        depotId,
        pickupAvailable,
        deliveryDepartments,
        deliveryFee,
        deliveryLeadDays,
        quantity,
        status);
  }
}
