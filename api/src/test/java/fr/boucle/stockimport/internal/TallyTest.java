package fr.boucle.stockimport.internal;

import static fr.boucle.shared.web.ProblemCode.FIELD_BETWEEN;
import static fr.boucle.shared.web.ProblemCode.IMPORT_NOT_A_NUMBER;
import static fr.boucle.shared.web.ProblemCode.IMPORT_SKU_AGAIN;
import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.listing.ListingWriter;
import fr.boucle.shared.web.Message;
import fr.boucle.stockimport.LineError;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a pass over a file counts its lines, without any service. */
class TallyTest {

  private static ListingWriter.Result result(ListingWriter.Outcome outcome, String refusal) {
    return new ListingWriter.Result(
        UUID.randomUUID(),
        "SKU",
        outcome,
        0,
        refusal == null
            ? null
            : fr.boucle.shared.web.Message.of(fr.boucle.shared.web.ProblemCode.FIELD_INVALID));
  }

  @Test
  void countsEachOutcomeAndLeavesRefusedRowsToTheRejected() {
    Tally t = new Tally();
    t.count(
        List.of(
            result(ListingWriter.Outcome.CREATED, null),
            result(ListingWriter.Outcome.CREATED, null),
            result(ListingWriter.Outcome.UPDATED, null),
            result(ListingWriter.Outcome.UNCHANGED, null),
            result(ListingWriter.Outcome.UPDATED, "below the reserved units")));
    assertThat(t.created).isEqualTo(2);
    assertThat(t.updated).isEqualTo(1);
    assertThat(t.unchanged).isEqualTo(1);
  }

  @Test
  void aRejectedLineWithSeveralErrorsCountsOnce() {
    LineError price =
        LineError.of(3, "Prix", "priceExclVat", "douze", Message.of(IMPORT_NOT_A_NUMBER));
    LineError qty =
        LineError.of(
            3, "Quantité", "quantity", "-1", Message.of(FIELD_BETWEEN, "min", 0, "max", 9));
    LineError sku =
        LineError.of(5, "Référence", "sku", "A", Message.of(IMPORT_SKU_AGAIN, "first", 2));
    assertThat(Tally.lineCount(Arrays.asList(price, qty, null, sku, null))).isEqualTo(2);
  }

  @Test
  void aFailedCheckKeepsOnlyWhatItChecked() {
    Tally check = new Tally();
    check.processed = 10;
    check.rejected = 2;
    check.created = 8;
    Tally nothing = check.nothingWritten();
    assertThat(nothing.processed).isEqualTo(10);
    assertThat(nothing.rejected).isEqualTo(2);
    assertThat(nothing.created).isZero();
  }
}
