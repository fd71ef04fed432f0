package fr.boucle.listing.internal;

import fr.boucle.listing.ListingDraft;
import fr.boucle.listing.ListingFields;
import fr.boucle.listing.ListingRules;
import fr.boucle.listing.ListingViews;
import fr.boucle.listing.ListingWriter;
import fr.boucle.listing.StockAccess;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * A supplier replaces a listing's description (and, when given, its wanted quantity and status),
 * from the form by its id or from a stock system by its SKU.
 */
@Singleton
public class EditListing {

  private final ListingRules rules;
  private final Listings listings;
  private final ListingWriter writer;
  private final StockViews views;

  EditListing(ListingRules rules, Listings listings, ListingWriter writer, StockViews views) {
    this.rules = rules;
    this.listings = listings;
    this.writer = writer;
    this.views = views;
  }

  /** {@code expectedVersion} guards against overwriting a change made meanwhile by someone else. */
  @Transactional
  public ListingViews.ListingView update(
      CurrentUser user, UUID id, ListingDraft draft, @Nullable Long expectedVersion) {
    StockAccess.requireObject(user, true, "Listing");
    UUID supplierId = user.organisationId();
    StoredListing current = views.locked(supplierId, id);
    if (expectedVersion != null && expectedVersion != current.version()) {
      throw new ProblemException(HttpStatus.CONFLICT, ProblemCode.LISTING_CHANGED);
    }
    String sku = draft.sku() == null ? current.sku() : draft.sku();
    ListingFields fields = rules.checked(supplierId, draft.withSku(sku));
    if (!fields.sku().equals(current.sku())) {
      if (listings.countBySupplierIdAndSku(supplierId, fields.sku()) > 0) {
        new ValidationFailed.Collector().add("sku", ProblemCode.SKU_TAKEN).throwIfAny();
      }
      listings.changeSku(id, fields.sku());
    }
    writer.upsert(user, supplierId, List.of(fields), "Edited");
    return views.view(supplierId, id);
  }

  /** Upsert by SKU for stock systems: created, updated or unchanged. */
  @Transactional
  public ListingViews.Upserted upsertBySku(CurrentUser user, String sku, ListingDraft draft) {
    StockAccess.require(user, true);
    ListingFields fields = rules.checked(user.organisationId(), draft.withSku(sku));
    ListingWriter.Result r =
        writer.upsert(user, user.organisationId(), List.of(fields), "API").get(0);
    return new ListingViews.Upserted(
        r.outcome().name(), r.stockDelta(), views.view(user.organisationId(), r.listingId()));
  }
}
