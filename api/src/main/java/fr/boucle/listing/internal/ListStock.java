package fr.boucle.listing.internal;

import fr.boucle.listing.ListingStatus;
import fr.boucle.listing.ListingViews;
import fr.boucle.listing.StockAccess;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Reads the supplier's stock: its table of listings, one listing, a listing's ledger. */
@Singleton
public class ListStock {

  static final Set<String> SORTS =
      Set.of("title", "sku", "price", "available", "updated", "status");

  /** Filters of the stock table, as asked. */
  public record Filter(
      @Nullable String q,
      @Nullable String status,
      @Nullable String categoryId,
      @Nullable String sort,
      int page,
      int size) {}

  private final Listings listings;
  private final StockMovements movements;
  private final StockViews views;

  ListStock(Listings listings, StockMovements movements, StockViews views) {
    this.listings = listings;
    this.movements = movements;
    this.views = views;
  }

  public Page<ListingViews.ListingRow> list(CurrentUser user, Filter f) {
    StockAccess.require(user, false);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    String status = f.status() == null ? null : f.status().toUpperCase(Locale.ROOT);
    if (status != null && !ListingStatus.codes().contains(status)) {
      errors.add(
          "status", ProblemCode.FIELD_ONE_OF, "values", "DRAFT, PUBLISHED, SOLD_OUT, ARCHIVED");
    }
    String sort = f.sort() == null || f.sort().isBlank() ? "-updated" : f.sort();
    boolean desc = sort.startsWith("-");
    String key = desc ? sort.substring(1) : sort;
    if (!SORTS.contains(key)) {
      errors.add("sort", ProblemCode.STOCK_SORT, "values", SORTS.stream().sorted().toList());
    }
    if (f.q() != null && f.q().length() > 200) {
      errors.add("q", ProblemCode.FIELD_AT_MOST_CHARS, "max", 200);
    }
    errors.throwIfAny();
    Listings.StockQuery query =
        new Listings.StockQuery(
            user.organisationId(),
            status == null ? null : ListingStatus.valueOf(status),
            f.categoryId(),
            f.q(),
            key,
            desc,
            f.page(),
            f.size());
    long total = listings.count(query);
    List<StoredListing> page = listings.page(query);
    return new Page<>(views.rows(user.organisationId(), page), f.page(), f.size(), total);
  }

  public ListingViews.ListingView get(CurrentUser user, UUID id) {
    StockAccess.requireObject(user, false, "Listing");
    return views.view(user.organisationId(), id);
  }

  /** A listing's stock ledger, newest first. */
  public Page<ListingViews.Movement> ledger(CurrentUser user, UUID id, int page, int size) {
    StockAccess.requireObject(user, false, "Listing");
    views.stored(user.organisationId(), id);
    long total = movements.countByListingId(id);
    List<ListingViews.Movement> rows =
        movements.findByListingIdOrderByIdDesc(id, Pageable.from(page, size)).stream()
            .map(m ->
                ListingViews.Movement.of(
                    m.id(), m.kind().name(), m.quantity(), m.actor(), m.reason(), m.occurredAt()))
            .toList();
    return new Page<>(rows, page, size, total);
  }
}
