package fr.boucle.stockimport.internal;

import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import fr.boucle.stockimport.ImportFormat;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An uploaded table, read as a stream by the reader of its format: a CSV file ({@link
 * CsvTableReader}) or the first sheet of an XLSX workbook ({@link XlsxTableReader}). The first
 * non-empty row holds the headers.
 *
 * <p>What reading may cost is bounded by {@link Limits}: a CSV record's length (an unclosed quote
 * would otherwise read the rest of the file as one cell), a cell's length, the characters of an
 * XLSX's shared strings (held in memory) and the uncompressed size of each XLSX entry (zip bombs;
 * POI also refuses entries compressed more than 100 times).
 */
final class TableFile {

  /** How to read a file, as found when it was uploaded. */
  record Shape(
      ImportFormat format,
      @Nullable String encoding,
      @Nullable String separator,
      List<String> headers,
      List<List<String>> sample,
      int rows) {}

  /** Receives each row: its line in the file (the header is line 1 of a CSV) and its cells. */
  @FunctionalInterface
  interface RowHandler {
    void row(int line, List<String> cells);
  }

  /** What reading one file may cost; see {@link ImportSettings} for the configured values. */
  record Limits(
      int maxLineChars, int maxCellChars, long maxSharedStringsChars, long maxXlsxEntryBytes) {}

  static final int SAMPLE_ROWS = 5;
  static final int MAX_COLUMNS = 200;
  static final int SNIFF_BYTES = 64 * 1024;
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private TableFile() {}

  static ValidationFailed unreadable(String reason) {
    return new ValidationFailed(
        Problem.FieldError.of("file", ProblemCode.IMPORT_FILE_UNREADABLE, "reason", reason));
  }

  static ValidationFailed cellTooLong(int line, int column, Limits limits) {
    return unreadable(
        "line "
            + line
            + ", column "
            + (column + 1)
            + ": a cell holds more than "
            + limits.maxCellChars()
            + " characters");
  }

  /** Finds the format, encoding, separator, headers and row count, or names why it can't. */
  static Shape inspect(Path file, Limits limits) throws IOException {
    byte[] head = new byte[SNIFF_BYTES];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    head = Arrays.copyOf(head, n);
    if (n == 0) {
      throw unreadable("is empty");
    }
    if (startsWith(head, ZIP)) {
      try {
        return collect(
            file, new Shape(ImportFormat.XLSX, null, null, List.of(), List.of(), 0), limits);
      } catch (ValidationFailed e) {
        throw e;
      } catch (RuntimeException | IOException e) {
        throw unreadable("is a ZIP archive but not a readable Excel workbook (.xlsx)");
      }
    }
    if (startsWith(head, OLE2)) {
      throw unreadable(
          "is an old Excel workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV");
    }
    return collect(file, CsvTableReader.sniff(file, head), limits);
  }

  /** Reads the whole file once: headers, first rows, row count, and whether it parses at all. */
  private static Shape collect(Path file, Shape shape, Limits limits) throws IOException {
    List<List<String>> sample = new ArrayList<>();
    List<List<String>> headers = new ArrayList<>(1);
    int[] rows = {0};
    readerOf(shape.format())
        .read(
            file,
            shape,
            limits,
            (line, cells) -> {
              if (headers.isEmpty()) {
                headers.add(cells);
                return;
              }
              rows[0]++;
              if (sample.size() < SAMPLE_ROWS) {
                sample.add(cells);
              }
            },
            true);
    if (headers.isEmpty()) {
      throw unreadable("has no header line: it holds no rows");
    }
    List<String> named = uniqueHeaders(headers.get(0));
    if (named.size() < 2) {
      throw unreadable("has a single column: a listing needs several (SKU, title, price…)");
    }
    if (named.size() > MAX_COLUMNS) {
      throw unreadable("has more than " + MAX_COLUMNS + " columns: is its first line the header?");
    }
    return new Shape(shape.format(), shape.encoding(), shape.separator(), named, sample, rows[0]);
  }

  /** Blank headers become "Colonne N", repeated ones "Prix (2)", so each column has a name. */
  static List<String> uniqueHeaders(List<String> raw) {
    int last = raw.size();
    while (last > 0 && (raw.get(last - 1) == null || raw.get(last - 1).isBlank())) {
      last--;
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < last; i++) {
      String h = raw.get(i) == null ? "" : raw.get(i).strip();
      if (h.startsWith("\uFEFF")) {
        h = h.substring(1).strip();
      }
      String name = h.isEmpty() ? "Colonne " + (i + 1) : h;
      String unique = name;
      for (int k = 2; names.contains(unique); k++) {
        unique = name + " (" + k + ")";
      }
      names.add(unique);
    }
    return names;
  }

  /**
   * Streams the rows, the header row included (the handler tells them apart); blank rows are
   * skipped.
   */
  static void read(Path file, Shape shape, Limits limits, RowHandler handler) throws IOException {
    readerOf(shape.format()).read(file, shape, limits, handler, false);
  }

  private static TableReader readerOf(ImportFormat format) {
    return switch (format) {
      case CSV -> new CsvTableReader();
      case XLSX -> new XlsxTableReader();
    };
  }

  static boolean startsWith(byte[] data, byte[] prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
