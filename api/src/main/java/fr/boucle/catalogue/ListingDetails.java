package fr.boucle.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A listing's public page: what a buyer needs to choose it. Prices are exact decimal strings in
 * euros with their integer cents; the VAT rate is in basis points (2000 = 20 %).
 *
 * @param availableQuantity the stock ledger's balance, never negative
 * @param distanceKm from the point or buyer service the caller gave, else null
 * @param photos the gallery, in the supplier's order (thumbnail and large sizes; never the
 *     original)
 */
@Serdeable
public record ListingDetails(
    String id,
    String title,
    String description,
    List<CategoryRef> categoryPath,
    @Nullable String brand,
    @Nullable String model,
    String condition,
    String origin,
    int warrantyMonths,
    @Nullable String energyClass,
    @Nullable Integer weightGrams,
    String priceExclVat,
    long priceExclVatCents,
    int vatRateBasisPoints,
    String priceInclVat,
    long priceInclVatCents,
    int minimumOrderQuantity,
    int availableQuantity,
    String status,
    Supplier supplier,
    Depot depot,
    @Nullable Double distanceKm,
    List<Photo> photos) {

  /** A category on the way from the root of the taxonomy to the listing's own category. */
  @Serdeable
  public record CategoryRef(String id, String label) {}

  @Serdeable
  public record Supplier(
      String id, String name, String insertionStatus, String insertionFamily, String siret) {}

  /** Where the goods are picked up; coordinates as exact decimal strings. */
  @Serdeable
  public record Depot(
      String name,
      String street,
      String postcode,
      String city,
      String department,
      String latitude,
      String longitude) {}

  @Serdeable
  public record Photo(String thumbUrl, String largeUrl, String alt) {}
}
