package fr.boucle.stockimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A supplier's stock file as a test writes it: {@code StockFile.frenchCsv().aChair("A-1")
 * .utf8WithBom()}. Lines are written as given, separated by the file's separator.
 */
final class StockFile {

  /** The columns of a French spreadsheet export, in the order the lines below fill them. */
  static final List<String> FRENCH_COLUMNS =
      List.of(
          "Référence",
          "Désignation",
          "Catégorie",
          "État",
          "Origine",
          "Prix HT",
          "TVA",
          "Quantité",
          "Marque");

  private final String separator;
  private final StringBuilder text = new StringBuilder();

  private StockFile(String separator, List<String> headers) {
    this.separator = separator;
    line(headers.toArray(String[]::new));
  }

  /** A CSV with the French columns, separated by ';' as French Excel writes it. */
  static StockFile frenchCsv() {
    return new StockFile(";", FRENCH_COLUMNS);
  }

  static StockFile csv(String separator, String... headers) {
    return new StockFile(separator, List.of(headers));
  }

  /** One line, its cells written as given (quotes included). */
  StockFile line(String... cells) {
    text.append(String.join(separator, cells)).append('\n');
    return this;
  }

  StockFile blankLine() {
    text.append('\n');
    return this;
  }

  /** Text appended as it is, e.g. a malformed line. */
  StockFile raw(String lines) {
    text.append(lines);
    return this;
  }

  /** A valid French line for a chair: one unit at 1 € excl. VAT. */
  StockFile aChair(String sku) {
    return line(sku, "Chaise", "chaise", "Bon", "Réemploi", "1", "20", "1", "");
  }

  /** A valid French line for a stackable chair at 12,50 € with this quantity on hand. */
  StockFile aStackableChair(String sku, int quantity) {
    return line(
        sku,
        "Chaise empilable",
        "chaise",
        "Bon état",
        "Réemploi",
        "12,50",
        "20",
        "" + quantity,
        "");
  }

  String text() {
    return text.toString();
  }

  byte[] utf8() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  byte[] utf8WithBom() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(utf8());
    return out.toByteArray();
  }

  byte[] windows1252() {
    return text().getBytes(Charset.forName("windows-1252"));
  }

  /** A workbook whose first sheet holds these rows: strings as text, doubles as numbers. */
  static byte[] xlsx(Object[]... rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook wb = new SXSSFWorkbook(50)) {
      SXSSFSheet sheet = wb.createSheet("Stock");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] instanceof Double d) {
            row.createCell(c).setCellValue(d);
          } else {
            row.createCell(c).setCellValue((String) rows[r][c]);
          }
        }
      }
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
