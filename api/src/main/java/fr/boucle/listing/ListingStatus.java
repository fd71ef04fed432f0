package fr.boucle.listing;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a listing stands: only a published one shows in the catalogue and takes orders. */
public enum ListingStatus {
  DRAFT,
  PUBLISHED,
  SOLD_OUT,
  ARCHIVED;

  /** The statuses a supplier may set; SOLD_OUT follows the stock. */
  public static final Set<ListingStatus> SETTABLE = EnumSet.of(DRAFT, PUBLISHED, ARCHIVED);

  private static final Set<String> CODES = codes(EnumSet.allOf(ListingStatus.class));

  /** Published listings, and sold-out ones waiting for stock, are seen by buyers. */
  public boolean isOnSale() {
    return this == PUBLISHED || this == SOLD_OUT;
  }

  /** The status a listing shows once its available stock is known. */
  public ListingStatus withAvailable(int available) {
    return this == PUBLISHED && available == 0 ? SOLD_OUT : this;
  }

  public static boolean isOnSale(String status) {
    return status != null && CODES.contains(status) && valueOf(status).isOnSale();
  }

  public static Set<String> codes() {
    return CODES;
  }

  public static Set<String> codes(Set<ListingStatus> statuses) {
    return statuses.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }
}
