package fr.boucle.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.boucle.shared.web.ValidationFailed;
import org.junit.jupiter.api.Test;

class StockMoveTest {

  private static final StockMove.Stock FOUR_LOTS = new StockMove.Stock(false, 4, 0);

  private static StockChange change(String kind, Integer quantity, String reason) {
    return new StockChange(kind, quantity, null, reason, null);
  }

  private static String errors(StockChange change, StockMove.Stock stock) {
    try {
      StockMove.of(change, stock);
    } catch (ValidationFailed e) {
      return e.getMessage() + " " + e.errors();
    }
    throw new AssertionError("accepted");
  }

  @Test
  void aSaleRemovesUnitsAndAReceptionAddsThem() {
    assertThat(StockMove.of(change("sold", 3, null), FOUR_LOTS))
        .isEqualTo(new StockMove(MovementKind.SOLD, -3, null));
    assertThat(StockMove.of(change("RECEIVED", 2, " Arrivage "), FOUR_LOTS))
        .isEqualTo(new StockMove(MovementKind.RECEIVED, 2, "Arrivage"));
  }

  @Test
  void refusesToSellMoreThanIsAvailable() {
    assertThat(errors(change("SOLD", 5, null), FOUR_LOTS)).contains("would leave -1 available");
  }

  @Test
  void anAdjustmentNeedsAReason() {
    assertThat(errors(change("ADJUSTED", -1, null), FOUR_LOTS)).contains("reason");
  }

  @Test
  void reservationsComeFromOrdersOnly() {
    assertThat(errors(change("RESERVED", 1, null), FOUR_LOTS)).contains("kind");
  }

  @Test
  void unitsOnHandIncludeTheReservedOnes() {
    StockMove.Stock reserved = new StockMove.Stock(false, 4, 2);
    assertThat(StockMove.of(new StockChange(null, null, null, "Inventaire", 5), reserved))
        .isEqualTo(new StockMove(MovementKind.ADJUSTED, -1, "Inventaire"));
    assertThat(errors(new StockChange(null, null, null, null, 1), reserved))
        .contains("2 units are reserved by open orders");
  }

  @Test
  void setsTheAvailableQuantityByItsDifference() {
    assertThat(StockMove.of(new StockChange(null, null, 7, "Inventaire", null), FOUR_LOTS))
        .isEqualTo(new StockMove(MovementKind.ADJUSTED, 3, "Inventaire"));
    assertThat(StockMove.of(new StockChange(null, null, 4, null, null), FOUR_LOTS).movesStock())
        .isFalse();
  }

  @Test
  void aUniqueItemHoldsOneUnitInAll() {
    StockMove.Stock reservedItem = new StockMove.Stock(true, 0, 1);
    assertThatThrownBy(() -> StockMove.of(change("RECEIVED", 1, null), reservedItem))
        .isInstanceOf(ValidationFailed.class);
    assertThat(errors(change("RECEIVED", 1, null), reservedItem))
        .contains("reserved by an open order");
    assertThat(errors(change("RECEIVED", 1, null), new StockMove.Stock(true, 1, 0)))
        .contains("a unique item is a single unit");
  }
}
