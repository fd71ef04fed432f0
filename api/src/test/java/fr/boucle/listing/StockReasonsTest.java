package fr.boucle.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The ledger reasons Boucle writes are said by codes; a person's words are left as they are. */
class StockReasonsTest {

  @Test
  void boucleSOwnReasonsHaveCodesAndFrenchWords() {
    assertThat(StockReasons.said("Purchase order").map(m -> m.code().code()))
        .contains("stock-reason-order-placed");
    assertThat(StockReasons.said("Purchase order supplier_cancel").map(m -> m.in(Locale.FRENCH)))
        .contains("Bon de commande annulé");
    assertThat(StockReasons.said("Purchase order expired").map(m -> m.in(Locale.FRENCH)))
        .contains("Bon de commande expiré (non approuvé à temps)");
    assertThat(StockReasons.said("Import stock été.csv").map(m -> m.params()))
        .hasValueSatisfying(p -> assertThat(p).containsEntry("file", "stock été.csv"));
    assertThat(StockReasons.said("Import stock.csv").map(m -> m.in(Locale.FRENCH)))
        .contains("Import de stock.csv");
    assertThat(StockReasons.said("Created").map(m -> m.in(Locale.ENGLISH)))
        .contains("Listing created");
  }

  @Test
  void aPersonsOwnReasonHasNone() {
    assertThat(StockReasons.said("Inventaire de fin d'année")).isEmpty();
    assertThat(StockReasons.said("Import")).isEmpty();
    assertThat(StockReasons.said("Purchase order lost")).isEmpty();
    assertThat(StockReasons.said(null)).isEmpty();
  }
}
