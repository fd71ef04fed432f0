package fr.boucle.stockimport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ValidationFailed;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bounds on what reading an import file may cost: line, cell and shared-string sizes. */
class TableFileTest {

  @TempDir Path dir;

  private static final TableFile.Limits SMALL = new TableFile.Limits(2_000, 500, 1_000, 1L << 30);

  private Path csv(String text) throws Exception {
    Path file = dir.resolve("file.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path xlsx(Workbook wb, String... rows) throws Exception {
    Path file = dir.resolve("file.xlsx");
    try (wb;
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Stock");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        String[] cells = rows[r].split(";", -1);
        for (int c = 0; c < cells.length; c++) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
      wb.write(out);
    }
    return file;
  }

  private static String reason(Throwable e) {
    return ((ValidationFailed) e)
        .errors().stream().map(Problem.FieldError::message).findFirst().orElse("");
  }

  @Test
  void readsAFileWithinTheLimits() throws Exception {
    TableFile.Shape shape = TableFile.inspect(csv("sku;titre\nA-1;Chaise\n"), SMALL);
    assertThat(shape.headers()).containsExactly("sku", "titre");
    assertThat(shape.rows()).isEqualTo(1);
  }

  @Test
  void refusesACsvLineAboveTheLineLimitNamingTheLine() throws Exception {
    // An unclosed quote would otherwise read the rest of the file as one cell.
    Path file = csv("sku;titre\nA-1;Chaise\nA-2;\"" + "y".repeat(30_000) + "\nA-3;Table\n");
    assertThatThrownBy(() -> TableFile.inspect(file, SMALL))
        .isInstanceOf(ValidationFailed.class)
        .satisfies(e -> assertThat(reason(e)).contains("line 3").contains("2000 characters"));
  }

  @Test
  void refusesACsvCellAboveTheCellLimitNamingLineAndColumn() throws Exception {
    Path file = csv("sku;titre\nA-1;Chaise\nA-2;" + "z".repeat(600) + "\n");
    assertThatThrownBy(() -> TableFile.inspect(file, SMALL))
        .isInstanceOf(ValidationFailed.class)
        .satisfies(
            e -> assertThat(reason(e)).contains("line 3").contains("column 2").contains("500"));
  }

  @Test
  void refusesAnXlsxCellAboveTheCellLimitNamingLineAndColumn() throws Exception {
    Path file = xlsx(new SXSSFWorkbook(), "sku;titre", "A-1;Chaise", "A-2;" + "z".repeat(600));
    assertThatThrownBy(() -> TableFile.inspect(file, SMALL))
        .isInstanceOf(ValidationFailed.class)
        .satisfies(
            e -> assertThat(reason(e)).contains("line 3").contains("column 2").contains("500"));
  }

  @Test
  void refusesAnXlsxWhoseSharedStringsExceedTheLimit() throws Exception {
    String long1 = "a".repeat(400);
    String long2 = "b".repeat(400);
    String long3 = "c".repeat(400);
    Path file =
        xlsx(new XSSFWorkbook(), "sku;titre", "A-1;" + long1, "A-2;" + long2, "A-3;" + long3);
    assertThatThrownBy(() -> TableFile.inspect(file, SMALL))
        .isInstanceOf(ValidationFailed.class)
        .satisfies(e -> assertThat(reason(e)).contains("shared strings"));
  }

  @Test
  void refusesAnXlsxEntryLargerThanTheEntryLimit() throws Exception {
    Path file = xlsx(new SXSSFWorkbook(), "sku;titre", "A-1;" + "q".repeat(400));
    TableFile.Limits tinyEntries = new TableFile.Limits(2_000, 500, 1_000, 1_000);
    assertThatThrownBy(() -> TableFile.inspect(file, tinyEntries))
        .isInstanceOf(ValidationFailed.class)
        .satisfies(e -> assertThat(reason(e)).contains("uncompressed"));
  }
}
