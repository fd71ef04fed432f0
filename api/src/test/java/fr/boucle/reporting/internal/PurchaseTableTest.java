package fr.boucle.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ValidationFailed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PurchaseTableTest {

  private static final String HEADER = String.join(";", PurchaseTable.COLUMNS);

  @Test
  void readsASemicolonCsvWithItsRowNumbers() {
    String csv =
        HEADER
            + "\n2026-01-05;Jeux et jouets;Toys;Ressourcerie;12000;12000;0;0\n"
            + "\n"
            + "2026-02-05;Jeux et jouets;Games;Ressourcerie;abc;0;0;1.5\n";
    List<PurchaseTable.Line> lines =
        PurchaseTable.read("achats.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).rowNumber()).isEqualTo(2);
    assertThat(lines.get(0).entry().purchasedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(lines.get(0).entry().totalExclVatCents()).isEqualTo(12_000L);
    assertThat(lines.get(0).unreadable()).isEmpty();
    assertThat(lines.get(1).rowNumber()).isEqualTo(4);
    assertThat(lines.get(1).unreadable())
        .extracting(Problem.FieldError::field)
        .containsExactly("rows[4].totalExclVatCents", "rows[4].recycledCents");
  }

  @Test
  void readsTheFirstSheetOfAWorkbook() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Achats");
      Row header = sheet.createRow(0);
      for (int c = 0; c < PurchaseTable.COLUMNS.size(); c++) {
        header.createCell(c).setCellValue(PurchaseTable.COLUMNS.get(c));
      }
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("2026-03-01");
      row.createCell(1).setCellValue("Jeux et jouets");
      row.createCell(2).setCellValue("Puzzles");
      row.createCell(3).setCellValue("Emmaüs");
      row.createCell(4).setCellValue(4500);
      row.createCell(5).setCellValue(4500);
      row.createCell(6).setCellValue(0);
      row.createCell(7).setCellValue(0);
      workbook.write(out);
      xlsx = out.toByteArray();
    }
    List<PurchaseTable.Line> lines = PurchaseTable.read("achats.xlsx", xlsx);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).rowNumber()).isEqualTo(2);
    assertThat(lines.get(0).entry().supplierName()).isEqualTo("Emmaüs");
    assertThat(lines.get(0).entry().reuseCents()).isEqualTo(4_500L);
  }

  @Test
  void refusesAFileWithoutTheColumns() {
    assertThatThrownBy(() ->
            PurchaseTable.read("a.csv", "date,amount\n1,2\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ValidationFailed.class);
    assertThatThrownBy(() -> PurchaseTable.read("a.pdf", new byte[] {1}))
        .isInstanceOf(ValidationFailed.class);
  }
}
