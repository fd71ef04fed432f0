package fr.boucle.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * One page of catalogue results with facet counts; the stable shape of the public search API.
 *
 * @param orderable true when results were limited to what the signed-in buyer may order
 */
@Serdeable
public record SearchResult(
    long total,
    int page,
    int size,
    List<Item> items,
    Map<String, List<FacetValue>> facets,
    boolean orderable) {

  /** A result card. Prices are exact: a decimal string in euros and the integer cents. */
  @Serdeable
  public record Item(
      String id,
      String title,
      String priceExclVat,
      long priceExclVatCents,
      int vatRateBasisPoints,
      String condition,
      String origin,
      int warrantyMonths,
      @Nullable String energyClass,
      String categoryId,
      int availableQuantity,
      Supplier supplier,
      String depotDepartment,
      @Nullable Double distanceKm,
      @Nullable String photoUrl,
      @Nullable String highlightTitle,
      @Nullable String highlightDescription) {}

  @Serdeable
  public record Supplier(String id, String name, String insertionStatus, String insertionFamily) {}

  /** A facet value with the number of results it would give, other filters applied. */
  @Serdeable
  public record FacetValue(String value, @Nullable String label, long count) {}
}
