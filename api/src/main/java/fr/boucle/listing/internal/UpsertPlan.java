package fr.boucle.listing.internal;

import fr.boucle.listing.ListingFields;
import fr.boucle.listing.ListingStatus;
import fr.boucle.listing.ListingWriter.Outcome;
import fr.boucle.listing.ListingWriter.Result;
import fr.boucle.listing.MovementKind;
import fr.boucle.listing.StockMove;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What an upsert by SKU does, decided in plain Java from the listings as they are: a new SKU is
 * created with its opening stock, a changed one updated, an identical one left alone; a wanted
 * quantity on hand becomes a ledger row of the difference with what is available and reserved.
 */
record UpsertPlan(
    List<Result> results,
    List<Listings.NewListing> inserts,
    List<Listings.Changed> updates,
    List<StockMovements.NewMovement> movements) {

  /** A listing as the plan knows it, updated as the plan goes (a SKU may come twice). */
  record Known(
      UUID id, List<Object> descriptive, ListingStatus status, int available, int reserved) {

    static Known of(StoredListing l) {
      return new Known(l.id(), l.fields().descriptive(), l.status(), l.available(), l.reserved());
    }
  }

  static UpsertPlan of(
      List<StoredListing> existing,
      List<ListingFields> listings,
      String who,
      String why,
      Supplier<UUID> newId) {
    Map<String, Known> known = new HashMap<>();
    existing.forEach(l -> known.put(l.sku(), Known.of(l)));
    List<Listings.NewListing> inserts = new ArrayList<>();
    List<Listings.Changed> updates = new ArrayList<>();
    List<StockMovements.NewMovement> movements = new ArrayList<>();
    List<Result> results = new ArrayList<>();
    for (ListingFields f : listings) {
      Known before = known.get(f.sku());
      Outcome outcome;
      UUID id;
      int available;
      int reserved = before == null ? 0 : before.reserved();
      int delta;
      ListingStatus status;
      fr.boucle.shared.web.Message refusal = null;
      if (before == null) {
        id = newId.get();
        int opening = f.quantity() == null ? 0 : f.quantity();
        status = wanted(f, ListingStatus.DRAFT, opening);
        inserts.add(new Listings.NewListing(id, f, opening, status));
        outcome = Outcome.CREATED;
        available = 0;
        delta = opening;
        if (opening > 0) {
          movements.add(
              new StockMovements.NewMovement(id, MovementKind.RECEIVED, opening, who, why, true));
        }
      } else {
        id = before.id();
        available = before.available();
        status = wanted(f, before.status(), before.available());
        if (!f.descriptive().equals(before.descriptive()) || status != before.status()) {
          updates.add(new Listings.Changed(id, f, status));
          outcome = Outcome.UPDATED;
        } else {
          outcome = Outcome.UNCHANGED;
        }
        // The quantity is on hand: units reserved by open orders are part of it.
        delta = f.quantity() == null ? 0 : f.quantity() - reserved - available;
        if (f.quantity() != null && f.quantity() < reserved) {
          refusal = StockMove.reservedRefusal(reserved);
          delta = 0;
        }
        if (delta != 0) {
          movements.add(
              new StockMovements.NewMovement(id, MovementKind.ADJUSTED, delta, who, why, false));
          if (outcome == Outcome.UNCHANGED) {
            outcome = Outcome.UPDATED;
          }
        }
      }
      known.put(f.sku(), new Known(id, f.descriptive(), status, available + delta, reserved));
      results.add(new Result(id, f.sku(), outcome, delta, refusal));
    }
    return new UpsertPlan(results, inserts, updates, movements);
  }

  /** The status the row asks for, sold out when nothing is available; else the current one. */
  private static ListingStatus wanted(ListingFields f, ListingStatus current, int available) {
    return f.status() == null
        ? current
        : ListingStatus.valueOf(f.status()).withAvailable(available);
  }
}
