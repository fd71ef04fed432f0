package fr.boucle.listing;

import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * Writes checked listings by the supplier's SKU, in the caller's transaction: new SKUs are created,
 * changed ones updated, identical ones left alone (so sending the same data twice changes nothing),
 * and a wanted quantity becomes a stock-ledger movement of the difference.
 *
 * <p>A quantity is what the supplier has <em>on hand</em>: the units reserved by open orders are
 * still on its shelves, so they are subtracted to find what is available. An on-hand count below
 * the reserved units is refused for that row.
 */
public interface ListingWriter {

  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /**
   * What happened to one input row; {@code refusal} says why it can't be written (then nothing is
   * written for the whole call).
   */
  record Result(
      UUID listingId,
      String sku,
      Outcome outcome,
      int stockDelta,
      @Nullable fr.boucle.shared.web.Message refusal) {}

  List<Result> upsert(CurrentUser actor, UUID supplierId, List<ListingFields> listings, String why);

  /**
   * Locks, in the caller's transaction, every listing of the supplier with one of these SKUs, all
   * at once or none: answers false without waiting (and holding nothing) when one of them is locked
   * by someone else, so the caller may end its transaction and try again later.
   */
  boolean tryLockAll(UUID supplierId, List<String> skus);

  /** What {@link #upsert} would answer for these rows now, without writing or locking anything. */
  List<Result> preview(UUID supplierId, List<ListingFields> listings);
}
