package fr.boucle.stockimport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rejected line is said by its code and values, in the reader's language. */
class LineErrorTest {

  @Test
  void keepsTheCodeAndValuesAndWordsThemInTheReadersLanguage() {
    LineError e =
        LineError.of(
            7, "Référence", "sku", "A-1", Message.of(ProblemCode.IMPORT_SKU_AGAIN, "first", 2));
    assertThat(e.code()).isEqualTo("import-sku-again");
    assertThat(e.params()).isEqualTo(Map.of("first", "2"));
    assertThat(e.reason()).isEqualTo("appears again: line 2 has the same SKU (one line per SKU)");
    assertThat(e.in(Locale.FRENCH).reason())
        .isEqualTo("apparaît à nouveau : la ligne 2 a la même référence (une ligne par référence)");
    assertThat(e.in(Locale.FRENCH).code()).isEqualTo("import-sku-again");
  }

  @Test
  void aLineKeptBeforeCodesKeepsItsText() {
    LineError old =
        new LineError(3, "Prix", "priceExclVat", "douze", null, null, "is not a number");
    assertThat(old.in(Locale.FRENCH)).isEqualTo(old);
  }
}
