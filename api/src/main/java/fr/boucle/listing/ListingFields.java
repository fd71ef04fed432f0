package fr.boucle.listing;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * A draft once {@link ListingRules} accepted it: normalised, in the units the database stores
 * (cents, basis points, grams).
 */
@Serdeable
public record ListingFields(
    String sku,
    String kind,
    String title,
    String description,
    String categoryId,
    String brand,
    String model,
    String serialNumber,
    String condition,
    String origin,
    int warrantyMonths,
    String energyClass,
    Integer weightGrams,
    Integer lengthCm,
    Integer widthCm,
    Integer heightCm,
    long priceExclVatCents,
    int vatRateBp,
    int minimumOrderQuantity,
    UUID depotId,
    boolean pickupAvailable,
    List<String> deliveryDepartments,
    Long deliveryFeeCents,
    Integer deliveryLeadDays,
    Integer quantity,
    String status) {

  /** The columns that describe the listing (not its stock or status), in a comparable form. */
  public List<Object> descriptive() {
    return java.util.Arrays.asList(
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
        weightGrams,
        lengthCm,
        widthCm,
        heightCm,
        priceExclVatCents,
        vatRateBp,
        minimumOrderQuantity,
        depotId,
        pickupAvailable,
        deliveryDepartments,
        deliveryFeeCents,
        deliveryLeadDays);
  }
}
