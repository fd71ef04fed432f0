package fr.boucle.stockimport.internal;

import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * An uploaded table, read as a stream: a CSV file (UTF-8 with or without BOM, else Windows-1252;
 * separator ';', ',' or tab found in the header line) or the first sheet of an XLSX workbook (read
 * with POI's SAX event API, never loaded whole). The first non-empty row holds the headers.
 */
final class TableFile {

  enum Format {
    CSV,
    XLSX
  }

  /** How to read a file, as found when it was uploaded. */
  record Shape(
      Format format,
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

  static final int SAMPLE_ROWS = 5;
  private static final int SNIFF_BYTES = 64 * 1024;
  private static final int MAX_COLUMNS = 200;
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TableFile() {}

  private static ValidationFailed unreadable(String reason) {
    return new ValidationFailed(
        List.of(new fr.boucle.shared.web.Problem.FieldError("file", reason)));
  }

  /** Finds the format, encoding, separator, headers and row count, or names why it can't. */
  static Shape inspect(Path file) throws IOException {
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
      return inspectXlsx(file);
    }
    if (startsWith(head, OLE2)) {
      throw unreadable(
          "is an old Excel workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV");
    }
    int control = 0;
    for (byte b : head) {
      if (b == 0) {
        throw unreadable("holds binary data: it is neither a CSV text file nor an .xlsx workbook");
      }
      if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    if (control > n / 100) {
      throw unreadable("holds binary data: it is neither a CSV text file nor an .xlsx workbook");
    }
    boolean bom = startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    String encoding =
        charset == StandardCharsets.UTF_8 ? (bom ? "UTF-8 (BOM)" : "UTF-8") : "windows-1252";
    String firstLine = firstLine(head, charset);
    if (firstLine == null) {
      throw unreadable("has no header line (no line break in its first 64 KB)");
    }
    char separator = separatorOf(firstLine);
    if (separator == 0) {
      throw unreadable(
          "has a single column in its first line: expected a header line with columns separated"
              + " by ';', ',' or tabs");
    }
    Shape partial =
        new Shape(Format.CSV, encoding, String.valueOf(separator), List.of(), List.of(), 0);
    return collect(file, partial);
  }

  private static Shape inspectXlsx(Path file) throws IOException {
    try {
      return collect(file, new Shape(Format.XLSX, null, null, List.of(), List.of(), 0));
    } catch (ValidationFailed e) {
      throw e;
    } catch (RuntimeException | IOException e) {
      throw unreadable("is a ZIP archive but not a readable Excel workbook (.xlsx)");
    }
  }

  /** Reads the whole file once: headers, first rows, row count, and whether it parses at all. */
  private static Shape collect(Path file, Shape shape) throws IOException {
    List<List<String>> sample = new ArrayList<>();
    List<String>[] headers = new List[1];
    int[] rows = {0};
    read(
        file,
        shape,
        (line, cells) -> {
          if (headers[0] == null) {
            headers[0] = cells;
            return;
          }
          rows[0]++;
          if (sample.size() < SAMPLE_ROWS) {
            sample.add(cells);
          }
        },
        true);
    if (headers[0] == null) {
      throw unreadable("has no header line: it holds no rows");
    }
    List<String> named = uniqueHeaders(headers[0]);
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
  static void read(Path file, Shape shape, RowHandler handler) throws IOException {
    read(file, shape, handler, false);
  }

  private static void read(Path file, Shape shape, RowHandler handler, boolean inspecting)
      throws IOException {
    if (shape.format() == Format.XLSX) {
      readXlsx(file, handler);
    } else {
      readCsv(file, shape, handler, inspecting);
    }
  }

  private static void readCsv(Path file, Shape shape, RowHandler handler, boolean inspecting)
      throws IOException {
    Charset charset =
        shape.encoding() != null && shape.encoding().startsWith("UTF-8")
            ? StandardCharsets.UTF_8
            : WINDOWS_1252;
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(shape.separator().charAt(0))
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(false)
            .get();
    try (Reader reader =
            new BufferedReader(
                new InputStreamReader(
                    new BufferedInputStream(Files.newInputStream(file), 1 << 16), charset),
                1 << 16);
        CSVParser parser = CSVParser.builder().setReader(skipBom(reader)).setFormat(format).get()) {
      long lastLine = 0;
      try {
        for (CSVRecord record : parser) {
          lastLine = parser.getCurrentLineNumber();
          List<String> cells = record.toList();
          if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            continue;
          }
          handler.row((int) lastLine, cells); // the line where the record ends
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        if (!inspecting) {
          throw e;
        }
        String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        throw unreadable(
            "is not a well-formed CSV file after line "
                + lastLine
                + (why == null ? "" : ": " + why.replaceAll("\\s+", " ")));
      }
    }
  }

  private static Reader skipBom(Reader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  /** Numbers as plain decimals ("12.5"), whatever the cell's display format. */
  private static final class PlainNumbers extends DataFormatter {
    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  private static void readXlsx(Path file, RowHandler handler) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw unreadable("is a workbook without sheets");
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                styles, null, strings, new Rows(handler), new PlainNumbers(), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (ValidationFailed e) {
      throw e;
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("unreadable workbook: " + e.getMessage(), e);
    }
  }

  /** Gathers the SAX cells of a row into a list, empty cells included. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final RowHandler handler;
    private final List<String> cells = new ArrayList<>();

    Rows(RowHandler handler) {
      this.handler = handler;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
        handler.row(rowNum + 1, new ArrayList<>(cells));
      }
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int col = ref == null ? cells.size() : new CellReference(ref).getCol();
      if (col >= MAX_COLUMNS * 2) {
        return;
      }
      while (cells.size() < col) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
    }
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
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

  /** Whether the whole file decodes as UTF-8 (read in blocks, never held in memory). */
  private static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    try (InputStream stream = Files.newInputStream(file)) {
      byte[] chunk = new byte[1 << 15];
      int read;
      while ((read = stream.read(chunk)) > 0) {
        in.put(chunk, 0, read);
        in.flip();
        CoderResult r = decoder.decode(in, out, false);
        if (r.isError()) {
          return false;
        }
        in.compact();
        out.clear();
      }
      in.flip();
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError() || in.hasRemaining()) {
        return false;
      }
      return !decoder.flush(out).isError();
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static @Nullable String firstLine(byte[] head, Charset charset) {
    String text = new String(head, charset);
    int end = text.indexOf('\n');
    if (end < 0) {
      if (head.length < SNIFF_BYTES) {
        end = text.length(); // a file of one line
      } else {
        return null;
      }
    }
    return text.substring(0, end);
  }

  /** The one of ';', ',' and tab found most often outside quotes in the header line. */
  static char separatorOf(String line) {
    int semi = 0;
    int comma = 0;
    int tab = 0;
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        switch (c) {
          case ';' -> semi++;
          case ',' -> comma++;
          case '\t' -> tab++;
          default -> {}
        }
      }
    }
    if (semi == 0 && comma == 0 && tab == 0) {
      return 0;
    }
    if (semi >= comma && semi >= tab) {
      return ';';
    }
    return tab > comma ? '\t' : ',';
  }
}
