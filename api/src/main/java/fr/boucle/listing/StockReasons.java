package fr.boucle.listing;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import java.util.Optional;

/**
 * The reasons Boucle itself writes in the stock ledger ("Created", "Import stock.csv", "Purchase
 * order refuse"…, fixed English words since the first rows), said by a code so the interface words
 * them in its reader's language. A reason a person typed has none and is shown as typed.
 */
public final class StockReasons {

  private static final String ORDER = "Purchase order";
  private static final String IMPORT = "Import ";

  private static final Map<String, ProblemCode> FIXED =
      Map.ofEntries(
          Map.entry("Created", ProblemCode.STOCK_REASON_CREATED),
          Map.entry("Edited", ProblemCode.STOCK_REASON_EDITED),
          Map.entry("API", ProblemCode.STOCK_REASON_API),
          Map.entry(ORDER, ProblemCode.STOCK_REASON_ORDER_PLACED),
          Map.entry(ORDER + " delivered", ProblemCode.STOCK_REASON_ORDER_DELIVERED),
          Map.entry(ORDER + " reject", ProblemCode.STOCK_REASON_ORDER_REJECTED),
          Map.entry(ORDER + " refuse", ProblemCode.STOCK_REASON_ORDER_REFUSED),
          Map.entry(ORDER + " cancel", ProblemCode.STOCK_REASON_ORDER_CANCELLED),
          Map.entry(ORDER + " supplier_cancel", ProblemCode.STOCK_REASON_ORDER_CANCELLED),
          Map.entry(ORDER + " expired", ProblemCode.STOCK_REASON_ORDER_EXPIRED));

  private StockReasons() {}

  /** What a ledger reason says as a code, when Boucle wrote it; empty for a person's own words. */
  public static Optional<Message> said(@Nullable String reason) {
    if (reason == null) {
      return Optional.empty();
    }
    ProblemCode fixed = FIXED.get(reason);
    if (fixed != null) {
      return Optional.of(Message.of(fixed));
    }
    if (reason.startsWith(IMPORT) && reason.length() > IMPORT.length()) {
      return Optional.of(
          Message.of(ProblemCode.STOCK_REASON_IMPORT, "file", reason.substring(IMPORT.length())));
    }
    return Optional.empty();
  }
}
