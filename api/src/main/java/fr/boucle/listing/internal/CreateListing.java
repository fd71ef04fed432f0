package fr.boucle.listing.internal;

import fr.boucle.listing.ListingDraft;
import fr.boucle.listing.ListingFields;
import fr.boucle.listing.ListingRules;
import fr.boucle.listing.ListingViews;
import fr.boucle.listing.ListingWriter;
import fr.boucle.listing.StockAccess;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/** A supplier creates a listing from the form; its quantity is the opening stock. */
@Singleton
public class CreateListing {

  private final ListingRules rules;
  private final Listings listings;
  private final ListingWriter writer;
  private final StockViews views;

  CreateListing(ListingRules rules, Listings listings, ListingWriter writer, StockViews views) {
    this.rules = rules;
    this.listings = listings;
    this.writer = writer;
    this.views = views;
  }

  @Transactional
  public ListingViews.ListingView create(CurrentUser user, ListingDraft draft) {
    StockAccess.require(user, true);
    ListingFields fields = rules.checked(user.organisationId(), draft);
    if (listings.countBySupplierIdAndSku(user.organisationId(), fields.sku()) > 0) {
      new ValidationFailed.Collector().add("sku", ProblemCode.SKU_TAKEN).throwIfAny();
    }
    ListingWriter.Result r =
        writer.upsert(user, user.organisationId(), List.of(fields), "Created").get(0);
    return views.view(user.organisationId(), r.listingId());
  }
}
