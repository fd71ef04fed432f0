package fr.boucle.listing;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
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
      errors.add("reason", ProblemCode.FIELD_AT_MOST_CHARS, "max", MAX_REASON);
    }
    MovementKind kind;
    int delta;
    int reserved = stock.reserved();
    String field;
    if (change.onHand() != null) {
      field = "onHand";
      if (change.kind() != null || change.quantity() != null || change.available() != null) {
        errors.add("onHand", ProblemCode.STOCK_ONE_WAY);
      }
      kind = MovementKind.ADJUSTED;
      delta = change.onHand() - reserved - stock.available();
      if (change.onHand() < 0 || change.onHand() > ListingRules.MAX_QUANTITY) {
        errors.add("onHand", ProblemCode.FIELD_BETWEEN, "min", 0, "max", ListingRules.MAX_QUANTITY);
      } else if (change.onHand() < reserved) {
        errors.add("onHand", reservedRefusal(reserved));
      }
    } else if (change.available() != null) {
      field = "available";
      if (change.kind() != null || change.quantity() != null) {
        errors.add("available", ProblemCode.STOCK_ONE_WAY_AVAILABLE);
      }
      kind = MovementKind.ADJUSTED;
      delta = change.available() - stock.available();
      if (change.available() < 0 || change.available() > ListingRules.MAX_QUANTITY) {
        errors.add(
            "available", ProblemCode.FIELD_BETWEEN, "min", 0, "max", ListingRules.MAX_QUANTITY);
      }
    } else {
      field = "quantity";
      kind = byHand(change.kind());
      if (kind == null) {
        errors.add("kind", ProblemCode.STOCK_KIND);
      }
      int q = change.quantity() == null ? 0 : change.quantity();
      if (change.quantity() == null || q == 0) {
        errors.add("quantity", ProblemCode.QUANTITY_NOT_ZERO);
      } else if (kind != MovementKind.ADJUSTED && q < 0) {
        errors.add("quantity", ProblemCode.QUANTITY_POSITIVE);
      }
      delta = kind == MovementKind.SOLD ? -Math.abs(q) : q;
      if (kind == MovementKind.ADJUSTED && (reason == null || reason.isEmpty())) {
        errors.add("reason", ProblemCode.REASON_FOR_ADJUSTMENT);
      }
    }
    errors.throwIfAny();
    int after = stock.available() + delta;
    if (after < 0) {
      errors.add(
          "quantity",
          ProblemCode.STOCK_WOULD_GO_NEGATIVE,
          "after",
          after,
          "available",
          stock.available());
    } else if (stock.uniqueItem() && after + reserved > 1) {
      errors.add(
          field, reserved > 0 ? ProblemCode.UNIQUE_ITEM_RESERVED : ProblemCode.UNIQUE_ITEM_SINGLE);
    }
    errors.throwIfAny();
    return new StockMove(kind, delta, reason);
  }

  /** Whether the ledger gets a row: a change to the same quantity records nothing. */
  public boolean movesStock() {
    return delta != 0;
  }

  /** Why an on-hand count below the units that open orders hold can't be taken. */
  public static Message reservedRefusal(int reserved) {
    return Message.of(ProblemCode.STOCK_RESERVED_ON_HAND, "reserved", reserved, "count", reserved);
  }

  private static @Nullable MovementKind byHand(@Nullable String kind) {
    String code = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
    return MovementKind.BY_HAND.stream()
        .filter(k -> k.name().equals(code))
        .findFirst()
        .orElse(null);
  }
}
