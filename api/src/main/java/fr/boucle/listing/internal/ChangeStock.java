package fr.boucle.listing.internal;

import fr.boucle.listing.ListingRules;
import fr.boucle.listing.ListingStatus;
import fr.boucle.listing.ListingViews;
import fr.boucle.listing.StockAccess;
import fr.boucle.listing.StockChange;
import fr.boucle.listing.StockMove;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.TradingStanding;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.UUID;

/**
 * A supplier publishes, unpublishes or archives a listing, or records a stock movement by hand:
 * each under the listing's row lock, each movement a ledger row with who, when and why.
 */
@Singleton
public class ChangeStock {

  private final Listings listings;
  private final StockMovements movements;
  private final StockViews views;
  private final TradingStanding standing;

  ChangeStock(
      Listings listings, StockMovements movements, StockViews views, TradingStanding standing) {
    this.listings = listings;
    this.movements = movements;
    this.views = views;
    this.standing = standing;
  }

  @Transactional
  public ListingViews.ListingView changeStatus(CurrentUser user, UUID id, @Nullable String wanted) {
    StockAccess.requireObject(user, true, "Listing");
    StoredListing current = views.locked(user.organisationId(), id);
    String code = wanted == null ? "" : wanted.strip().toUpperCase(Locale.ROOT);
    if (!ListingRules.SETTABLE_STATUSES.contains(code)) {
      new ValidationFailed.Collector()
          .add("status", ProblemCode.FIELD_ONE_OF, "values", "DRAFT, PUBLISHED, ARCHIVED")
          .throwIfAny();
    }
    ListingStatus next = ListingStatus.valueOf(code).withAvailable(current.available());
    if (next.isOnSale() && !current.status().isOnSale()) {
      standing.requireTrading(user.organisationId(), SkuListingWriter.PUBLISH);
    }
    if (next != current.status()) {
      listings.tagActor(Actors.of(user));
      listings.changeStatus(id, next);
    }
    return views.view(user.organisationId(), id);
  }

  @Transactional
  public ListingViews.ListingView moveStock(CurrentUser user, UUID id, StockChange change) {
    StockAccess.requireObject(user, true, "Listing");
    StoredListing current = views.locked(user.organisationId(), id);
    StockMove move = StockMove.of(change, current.stock());
    if (move.movesStock()) {
      String actor = Actors.of(user);
      listings.tagActor(actor);
      movements.add(
          new StockMovements.NewMovement(
              id, move.kind(), move.delta(), actor, move.reason(), false));
    }
    return views.view(user.organisationId(), id);
  }
}
