package fr.boucle.reporting.internal;

import fr.boucle.reporting.PurchaseElsewhereEntry;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an import of purchases made elsewhere: a CSV (UTF-8, comma or semicolon) or the first sheet
 * of an XLSX, a header row naming the columns of {@code POST /api/reports/agec/purchases} ({@link
 * #COLUMNS}), amounts in cents. Cells that cannot be read are reported per row and field, like the
 * rules of {@link PurchaseElsewhereEntry}; row numbers are the file's (the header is 1).
 */
final class PurchaseTable {

  static final List<String> COLUMNS =
      List.of(
          "purchasedOn",
          "category",
          "description",
          "supplierName",
          "totalExclVatCents",
          "reuseCents",
          "donationCents",
          "recycledCents");
  static final int MAX_ROWS = 5_000;

  /** One data row: its number in the file, the entry read and the cells that could not be read. */
  record Line(int rowNumber, PurchaseElsewhereEntry entry, List<Problem.FieldError> unreadable) {}

  private PurchaseTable() {}

  static List<Line> read(String filename, byte[] content) {
    List<Map<String, String>> rows;
    List<Integer> numbers = new ArrayList<>();
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".xlsx")) {
        rows = xlsx(content, numbers);
      } else if (name.endsWith(".csv")) {
        rows = csv(content, numbers);
      } else {
        throw problem("file", Message.of(ProblemCode.FILE_CSV_OR_XLSX));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ValidationFailed v) {
        throw v;
      }
      throw problem(
          "file",
          Message.of(ProblemCode.FILE_UNREADABLE, "reason", String.valueOf(e.getMessage())));
    }
    if (rows.isEmpty()) {
      throw problem("file", Message.of(ProblemCode.FILE_NO_PURCHASE));
    }
    if (rows.size() > MAX_ROWS) {
      throw problem("file", Message.of(ProblemCode.FILE_TOO_MANY_ROWS, "max", MAX_ROWS));
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      lines.add(line(numbers.get(i), rows.get(i)));
    }
    return lines;
  }

  static String prefix(int rowNumber) {
    return "rows[" + rowNumber + "].";
  }

  private static Line line(int number, Map<String, String> cells) {
    String prefix = prefix(number);
    List<Problem.FieldError> unreadable = new ArrayList<>();
    LocalDate date = null;
    String rawDate = cells.get("purchasedOn");
    if (rawDate != null && !rawDate.isBlank()) {
      try {
        date = LocalDate.parse(rawDate.strip());
      } catch (DateTimeParseException e) {
        unreadable.add(Problem.FieldError.of(prefix + "purchasedOn", ProblemCode.DATE_FORMAT));
      }
    }
    PurchaseElsewhereEntry entry =
        new PurchaseElsewhereEntry(
            date,
            strip(cells.get("category")),
            strip(cells.get("description")),
            strip(cells.get("supplierName")),
            cents(cells, "totalExclVatCents", prefix, unreadable),
            cents(cells, "reuseCents", prefix, unreadable),
            cents(cells, "donationCents", prefix, unreadable),
            cents(cells, "recycledCents", prefix, unreadable));
    return new Line(number, entry, unreadable);
  }

  private static @Nullable Long cents(
      Map<String, String> cells, String field, String prefix, List<Problem.FieldError> errors) {
    String raw = cells.get(field);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(raw.strip()).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      errors.add(Problem.FieldError.of(prefix + field, ProblemCode.NOT_WHOLE_CENTS));
      return null;
    }
  }

  private static @Nullable String strip(@Nullable String value) {
    return value == null ? null : value.strip();
  }

  private static List<Map<String, String>> csv(byte[] content, List<Integer> numbers)
      throws IOException {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int firstLineEnd = text.indexOf('\n');
    String header = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
    char delimiter = header.contains(";") && !header.contains(",") ? ';' : ',';
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .get();
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader reader =
            new InputStreamReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      checkHeader(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        if (rows.size() > MAX_ROWS) {
          break;
        }
        if (record.stream().allMatch(String::isBlank)) {
          continue; // an empty line keeps its number: the record number is the line's
        }
        Map<String, String> cells = new HashMap<>();
        for (String column : COLUMNS) {
          cells.put(
              column, record.isMapped(column) && record.isSet(column) ? record.get(column) : null);
        }
        rows.add(cells);
        numbers.add((int) record.getRecordNumber() + 1);
      }
    }
    return rows;
  }

  private static List<Map<String, String>> xlsx(byte[] content, List<Integer> numbers)
      throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(sheet.getFirstRowNum());
      if (header == null) {
        throw problem("file", Message.of(ProblemCode.FILE_NO_HEADER));
      }
      List<String> names = new ArrayList<>();
      for (int c = 0; c < header.getLastCellNum(); c++) {
        Cell cell = header.getCell(c);
        names.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
      }
      checkHeader(names);
      for (int r = header.getRowNum() + 1;
          r <= sheet.getLastRowNum() && rows.size() <= MAX_ROWS;
          r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        Map<String, String> cells = new HashMap<>();
        boolean empty = true;
        for (int c = 0; c < names.size(); c++) {
          if (!COLUMNS.contains(names.get(c))) {
            continue;
          }
          String value = text(row.getCell(c), formatter);
          empty &= value == null || value.isBlank();
          cells.put(names.get(c), value);
        }
        if (!empty) {
          rows.add(cells);
          numbers.add(r + 1);
        }
      }
    }
    return rows;
  }

  /** A date cell as yyyy-mm-dd, a number as a plain decimal, anything else as shown. */
  private static @Nullable String text(@Nullable Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC) {
      if (DateUtil.isCellDateFormatted(cell)) {
        return cell.getLocalDateTimeCellValue().toLocalDate().toString();
      }
      return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
    return formatter.formatCellValue(cell);
  }

  private static void checkHeader(List<String> names) {
    ValidationFailed.Collector missing = new ValidationFailed.Collector();
    for (String column : COLUMNS) {
      if (!names.contains(column)) {
        missing.add("file", ProblemCode.MISSING_COLUMN, "column", column);
      }
    }
    missing.throwIfAny();
  }

  private static ValidationFailed problem(String field, Message message) {
    return new ValidationFailed(List.of(new Problem.FieldError(field, message)));
  }
}
