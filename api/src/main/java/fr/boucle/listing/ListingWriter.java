package fr.boucle.listing;

import fr.boucle.shared.security.CurrentUser;
import java.util.List;
import java.util.UUID;

/**
 * Writes checked listings by the supplier's SKU, in the caller's transaction: new SKUs are created,
 * changed ones updated, identical ones left alone (so sending the same data twice changes nothing),
 * and a wanted quantity becomes a stock-ledger movement of the difference.
 */
public interface ListingWriter {

  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** What happened to one input row. */
  record Result(UUID listingId, String sku, Outcome outcome, int stockDelta) {}

  List<Result> upsert(CurrentUser actor, UUID supplierId, List<ListingFields> listings, String why);

  /** What {@link #upsert} would answer for these rows now, without writing or locking anything. */
  List<Result> preview(UUID supplierId, List<ListingFields> listings);
}
