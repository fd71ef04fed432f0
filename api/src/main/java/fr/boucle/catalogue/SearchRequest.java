package fr.boucle.catalogue;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A catalogue search, already validated: bounded text, known filter values, money in cents.
 *
 * @param page zero-based page number
 * @param orderableAwards when not null, only listings a buyer may order under these awards (an
 *     empty list matches nothing); null searches the whole market
 */
public record SearchRequest(
    @Nullable String query,
    @Nullable String category,
    List<String> conditions,
    List<String> origins,
    @Nullable Integer warrantyMinMonths,
    List<String> energyClasses,
    @Nullable Long priceMinCents,
    @Nullable Long priceMaxCents,
    List<String> suppliers,
    List<String> insertionFamilies,
    List<String> departments,
    boolean inStockOnly,
    @Nullable Double latitude,
    @Nullable Double longitude,
    @Nullable Double radiusKm,
    Sort sort,
    int page,
    int size,
    @Nullable List<BuyerAwards.Award> orderableAwards) {

  /** The orders results can come in. */
  public enum Sort {
    RELEVANCE,
    PRICE_ASC,
    PRICE_DESC,
    DISTANCE,
    NEWEST
  }

  public boolean hasLocation() {
    return latitude != null && longitude != null;
  }
}
