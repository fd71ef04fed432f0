package fr.boucle.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report's main table as a CSV (UTF-8, comma-separated, amounts in euros with two decimals) or an
 * XLSX sheet (amounts as numbers formatted 0.00, counts as whole numbers): the same rows.
 */
public final class TableExport {

  /** Cents, written in euros. */
  public record Euros(long cents) {
    BigDecimal value() {
      return BigDecimal.valueOf(cents, 2);
    }
  }

  private final List<String> headers;
  private final List<List<Object>> rows = new ArrayList<>();

  public TableExport(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  /** Adds a row of String, Number or {@link Euros} cells (null: empty). */
  public TableExport row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells");
    }
    rows.add(java.util.Arrays.asList(cells));
    return this;
  }

  public byte[] csv() {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(
            out,
            CSVFormat.DEFAULT
                .builder()
                .setHeader(headers.toArray(String[]::new))
                .setRecordSeparator("\n")
                .get())) {
      for (List<Object> row : rows) {
        List<String> cells = new ArrayList<>();
        for (Object c : row) {
          cells.add(
              c == null
                  ? ""
                  : c instanceof Euros e ? e.value().toPlainString() : String.valueOf(c));
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public byte[] xlsx(String sheetName) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(sheetName);
      CellStyle money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("0.00"));
      Row head = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        head.createCell(i).setCellValue(headers.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<Object> cells = rows.get(r);
        for (int i = 0; i < cells.size(); i++) {
          Object c = cells.get(i);
          if (c instanceof Euros e) {
            var cell = row.createCell(i);
            cell.setCellValue(e.value().doubleValue());
            cell.setCellStyle(money);
          } else if (c instanceof Number n) {
            row.createCell(i).setCellValue(n.doubleValue());
          } else if (c != null) {
            row.createCell(i).setCellValue(String.valueOf(c));
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
