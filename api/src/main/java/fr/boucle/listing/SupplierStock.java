package fr.boucle.listing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Which suppliers have something on sale, for the areas that look for them (the needs board). */
public interface SupplierStock {

  /**
   * The suppliers with a published listing in one of these categories or below them, some of it
   * available.
   */
  Set<UUID> suppliersWithStockIn(Collection<String> categoryIds);

  /** A listing put on sale, with what a match needs to know of it (its depot: where it is). */
  record Published(
      UUID listingId,
      UUID supplierId,
      UUID depotId,
      String categoryId,
      String title,
      Instant publishedAt) {}

  /**
   * The listings on sale (published, some available) first published after {@code since}, oldest
   * first, at most {@code limit}.
   */
  List<Published> publishedSince(Instant since, int limit);

  /**
   * The listings already on sale whose available quantity came back from 0 to more than 0 after
   * {@code since} (a stock movement on a listing published before it), still available and
   * published, oldest first, at most {@code limit}; {@link Published#publishedAt} is when the stock
   * came back.
   */
  List<Published> restockedSince(Instant since, int limit);
}
