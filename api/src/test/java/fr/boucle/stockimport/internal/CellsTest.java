package fr.boucle.stockimport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.boucle.stockimport.ImportField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How import cells are read, without any service. */
class CellsTest {

  @Test
  void readsFrenchAndEnglishDecimals() throws Exception {
    assertThat(Cells.decimal("12,50")).isEqualByComparingTo("12.50");
    assertThat(Cells.decimal("1 234,50")).isEqualByComparingTo("1234.50");
    assertThat(Cells.decimal("1\u00A0234,50 €")).isEqualByComparingTo("1234.50");
    assertThat(Cells.decimal("1\u202F234,5")).isEqualByComparingTo("1234.5");
    assertThat(Cells.decimal("1.234,50")).isEqualByComparingTo("1234.50");
    assertThat(Cells.decimal("1,234.50")).isEqualByComparingTo("1234.50");
    assertThat(Cells.decimal("189.9")).isEqualByComparingTo(new BigDecimal("189.9"));
    assertThat(Cells.decimal("-3")).isEqualByComparingTo("-3");
    assertThat(Cells.decimal("  ")).isNull();
    assertThatThrownBy(() -> Cells.decimal("douze")).isInstanceOf(Cells.Bad.class);
    assertThatThrownBy(() -> Cells.decimal("1,2,3.4.5")).isInstanceOf(Cells.Bad.class);
  }

  @Test
  void wholeNumbersRefuseFractions() throws Exception {
    assertThat(Cells.integer("4,0")).isEqualTo(4);
    assertThatThrownBy(() -> Cells.integer("2,5")).hasMessageContaining("whole number");
  }

  @Test
  void labelsBecomeCodes() throws Exception {
    assertThat(Cells.code(ImportField.CONDITION, "Très bon état")).isEqualTo("TRES_BON_ETAT");
    assertThat(Cells.code(ImportField.CONDITION, "état d'usage")).isEqualTo("ETAT_USAGE");
    assertThat(Cells.code(ImportField.ORIGIN, "Reconditionné")).isEqualTo("RECONDITIONNE");
    assertThat(Cells.code(ImportField.KIND, "pièce unique")).isEqualTo("UNIQUE_ITEM");
    assertThat(Cells.code(ImportField.STATUS, "Publié")).isEqualTo("PUBLISHED");
    assertThat(Cells.code(ImportField.CONDITION, "cassé")).isEqualTo("cassé"); // rules name it
    assertThat(Cells.bool("Oui")).isTrue();
    assertThat(Cells.bool("non")).isFalse();
  }

  @Test
  void formulaLikeTextIsKeptAsText() {
    assertThat(Cells.neutralised("=HYPERLINK(\"http://x\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(Cells.neutralised("+33 1 23")).isEqualTo("'+33 1 23");
    assertThat(Cells.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Cells.neutralised("Chaise")).isEqualTo("Chaise");
    assertThat(ListImportErrors.safeCell("-3")).isEqualTo("\"'-3\"");
    assertThat(ListImportErrors.safeCell("a \"b\"")).isEqualTo("\"a \"\"b\"\"\"");
  }

  @Test
  void headersSuggestFields() {
    assertThat(ImportField.suggestedFor("Référence")).contains(ImportField.SKU);
    assertThat(ImportField.suggestedFor("Prix HT (€)")).contains(ImportField.PRICE);
    assertThat(ImportField.suggestedFor("Quantité")).contains(ImportField.QUANTITY);
    assertThat(ImportField.suggestedFor("Poids (kg)")).contains(ImportField.WEIGHT);
    assertThat(ImportField.suggestedFor("Dépôt")).contains(ImportField.DEPOT);
    assertThat(ImportField.suggestedFor("Couleur")).isEmpty();
  }

  @Test
  void separatorIsTheMostFrequentOutsideQuotes() {
    assertThat(CsvTableReader.separatorOf("a;b;c")).isEqualTo(';');
    assertThat(CsvTableReader.separatorOf("\"a;b\",c,d")).isEqualTo(',');
    assertThat(CsvTableReader.separatorOf("a\tb\tc")).isEqualTo('\t');
    assertThat(CsvTableReader.separatorOf("just words")).isEqualTo((char) 0);
    assertThat(TableFile.uniqueHeaders(List.of("\uFEFFPrix", "", "Prix", " ")))
        .containsExactly("Prix", "Colonne 2", "Prix (2)");
  }

  @Test
  void remembersTheFirstLineOfEachSku() {
    SkuSet seen = new SkuSet();
    for (int i = 0; i < 5000; i++) {
      assertThat(seen.addOrFirstLine("SKU-" + i, i + 2)).isZero();
    }
    assertThat(seen.addOrFirstLine("SKU-42", 9000)).isEqualTo(44);
    assertThat(seen.addOrFirstLine("SKU-4999", 9001)).isEqualTo(5001);
  }
}
