package fr.boucle.listing;

import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import java.util.Locale;

/**
 * A hand-made stock change checked against the listing's stock: the ledger row it becomes. One way
 * of saying it at a time (units on hand, units available, or a kind and a quantity); an adjustment
 * gives its reason; stock never goes below zero, never below what open orders hold, and a unique
 * item never holds more than one unit in all.
 */
public record StockMove(MovementKind kind, int delta, @Nullable String reason) {

  public static final int MAX_REASON = 300;

  /** A listing's stock as the ledger holds it now. */
  public record Stock(boolean uniqueItem, int available, int reserved) {}

  /** Checks the change; throws {@link ValidationFailed} naming every bad field. */
  public static StockMove of(StockChange change, Stock stock) {
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    String reason = change.reason() == null ? null : change.reason().strip();
    if (reason != null && reason.length() > MAX_REASON) {
      errors.add("reason", "must be at most " + MAX_REASON + " characters");
    }
    MovementKind kind;
    int delta;
    int reserved = stock.reserved();
    String field;
    if (change.onHand() != null) {
      field = "onHand";
      if (change.kind() != null || change.quantity() != null || change.available() != null) {
        errors.add("onHand", "give either onHand, available, or kind and quantity");
      }
      kind = MovementKind.ADJUSTED;
      delta = change.onHand() - reserved - stock.available();
      if (change.onHand() < 0 || change.onHand() > ListingRules.MAX_QUANTITY) {
        errors.add("onHand", "must be between 0 and " + ListingRules.MAX_QUANTITY);
      } else if (change.onHand() < reserved) {
        errors.add("onHand", reservedRefusal(reserved));
      }
    } else if (change.available() != null) {
      field = "available";
      if (change.kind() != null || change.quantity() != null) {
        errors.add("available", "give either available, or kind and quantity");
      }
      kind = MovementKind.ADJUSTED;
      delta = change.available() - stock.available();
      if (change.available() < 0 || change.available() > ListingRules.MAX_QUANTITY) {
        errors.add("available", "must be between 0 and " + ListingRules.MAX_QUANTITY);
      }
    } else {
      field = "quantity";
      kind = byHand(change.kind());
      if (kind == null) {
        errors.add("kind", "must be RECEIVED, ADJUSTED or SOLD (reservations come from orders)");
      }
      int q = change.quantity() == null ? 0 : change.quantity();
      if (change.quantity() == null || q == 0) {
        errors.add("quantity", "is required and must not be 0");
      } else if (kind != MovementKind.ADJUSTED && q < 0) {
        errors.add("quantity", "must be positive; use ADJUSTED for a correction");
      }
      delta = kind == MovementKind.SOLD ? -Math.abs(q) : q;
      if (kind == MovementKind.ADJUSTED && (reason == null || reason.isEmpty())) {
        errors.add("reason", "is required for an adjustment (inventory count, breakage…)");
      }
    }
    errors.throwIfAny();
    int after = stock.available() + delta;
    if (after < 0) {
      errors.add(
          "quantity", "would leave " + after + " available; only " + stock.available() + " are");
    } else if (stock.uniqueItem() && after + reserved > 1) {
      errors.add(
          field,
          reserved > 0
              ? "a unique item is a single unit, and it is reserved by an open order"
              : "a unique item is a single unit");
    }
    errors.throwIfAny();
    return new StockMove(kind, delta, reason);
  }

  /** Whether the ledger gets a row: a change to the same quantity records nothing. */
  public boolean movesStock() {
    return delta != 0;
  }

  /** Why an on-hand count below the units that open orders hold can't be taken. */
  public static String reservedRefusal(int reserved) {
    return reserved
        + (reserved == 1 ? " unit is" : " units are")
        + " reserved by open orders and still on hand: the count on hand can't be lower (cancel"
        + " or refuse the order first)";
  }

  private static @Nullable MovementKind byHand(@Nullable String kind) {
    String code = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
    return MovementKind.BY_HAND.stream()
        .filter(k -> k.name().equals(code))
        .findFirst()
        .orElse(null);
  }
}
