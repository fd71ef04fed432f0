package fr.boucle.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report's main table as a CSV or XLSX export (docs/reports-api.md): headers in the reader's
 * language, one row per row of the JSON, amounts in euros with two decimals. A cell is a String, a
 * {@link BigDecimal} or null (empty).
 */
record ReportTable(String sheetName, List<String> headers, List<List<Object>> rows) {

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  /** Cents as euros with two decimals: 123450 → 1234.50. */
  static BigDecimal euros(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  /** Basis points as percent with two decimals (null stays empty): 1234 → 12.34. */
  static BigDecimal percentOfBp(Integer bp) {
    return bp == null ? null : BigDecimal.valueOf(bp, 2);
  }

  byte[] csv() {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
      printer.printRecord(headers);
      for (List<Object> row : rows) {
        printer.printRecord(
            row.stream()
                .map(v -> v instanceof BigDecimal d ? d.toPlainString() : v == null ? "" : v)
                .toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  byte[] xlsx() {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle decimal = workbook.createCellStyle();
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      Row header = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(headers.get(c));
        cell.setCellStyle(bold);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            if (d.scale() == 2) {
              cell.setCellStyle(decimal);
            }
          } else {
            cell.setCellValue(v.toString());
          }
        }
      }
      for (int c = 0; c < headers.size(); c++) {
        sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 2)) * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
