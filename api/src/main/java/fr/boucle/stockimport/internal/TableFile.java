package fr.boucle.stockimport.internal;

import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
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
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * An uploaded table, read as a stream: a CSV file (UTF-8 with or without BOM, else Windows-1252;
 * separator ';', ',' or tab found in the header line) or the first sheet of an XLSX workbook (read
 * with POI's SAX event API, never loaded whole). The first non-empty row holds the headers.
 *
 * <p>What reading may cost is bounded by {@link Limits}: a CSV record's length (an unclosed quote
 * would otherwise read the rest of the file as one cell), a cell's length, the characters of an
 * XLSX's shared strings (held in memory) and the uncompressed size of each XLSX entry (zip bombs;
 * POI also refuses entries compressed more than 100 times).
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

  /** What reading one file may cost; see {@link ImportSettings} for the configured values. */
  record Limits(
      int maxLineChars, int maxCellChars, long maxSharedStringsChars, long maxXlsxEntryBytes) {}

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
      return inspectXlsx(file, limits);
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
    return collect(file, partial, limits);
  }

  private static Shape inspectXlsx(Path file, Limits limits) throws IOException {
    try {
      return collect(file, new Shape(Format.XLSX, null, null, List.of(), List.of(), 0), limits);
    } catch (ValidationFailed e) {
      throw e;
    } catch (RuntimeException | IOException e) {
      throw unreadable("is a ZIP archive but not a readable Excel workbook (.xlsx)");
    }
  }

  /** Reads the whole file once: headers, first rows, row count, and whether it parses at all. */
  private static Shape collect(Path file, Shape shape, Limits limits) throws IOException {
    List<List<String>> sample = new ArrayList<>();
    List<String>[] headers = new List[1];
    int[] rows = {0};
    read(
        file,
        shape,
        limits,
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
  static void read(Path file, Shape shape, Limits limits, RowHandler handler) throws IOException {
    read(file, shape, limits, handler, false);
  }

  private static void read(
      Path file, Shape shape, Limits limits, RowHandler handler, boolean inspecting)
      throws IOException {
    if (shape.format() == Format.XLSX) {
      readXlsx(file, limits, handler);
    } else {
      readCsv(file, shape, limits, handler, inspecting);
    }
  }

  private static void readCsv(
      Path file, Shape shape, Limits limits, RowHandler handler, boolean inspecting)
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
    long lastLine = 0;
    try (Reader reader =
            new BufferedReader(
                new InputStreamReader(
                    new BufferedInputStream(Files.newInputStream(file), 1 << 16), charset),
                1 << 16);
        RecordLimit limited = new RecordLimit(skipBom(reader), limits.maxLineChars());
        CSVParser parser = CSVParser.builder().setReader(limited).setFormat(format).get()) {
      try {
        for (CSVRecord record : parser) {
          lastLine = parser.getCurrentLineNumber();
          limited.nextRecord();
          List<String> cells = record.toList();
          for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null && cells.get(c).length() > limits.maxCellChars()) {
              throw cellTooLong(record.getRecordNumber() == 1 ? 1 : (int) lastLine, c, limits);
            }
          }
          if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            continue;
          }
          handler.row((int) lastLine, cells); // the line where the record ends
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        if (e.getCause() instanceof RecordTooLong) {
          throw unreadable(
              "line "
                  + (lastLine + 1)
                  + " is longer than "
                  + limits.maxLineChars()
                  + " characters: is a quote left open?");
        }
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

  private static ValidationFailed cellTooLong(int line, int column, Limits limits) {
    return unreadable(
        "line "
            + line
            + ", column "
            + (column + 1)
            + ": a cell holds more than "
            + limits.maxCellChars()
            + " characters");
  }

  /** Thrown by {@link RecordLimit} when one record runs longer than allowed. */
  private static final class RecordTooLong extends IOException {
    RecordTooLong() {
      super("record too long", null);
    }
  }

  /**
   * Counts the characters read since the last complete record and stops the parser past the limit,
   * so one endless record (an unclosed quote) is never held whole. The parser reads ahead by its
   * own buffer (8 KB), so the bound is exact to within that.
   */
  private static final class RecordLimit extends FilterReader {
    private final long max;
    private long count;

    RecordLimit(Reader in, int maxChars) {
      super(in);
      this.max = maxChars + 8192L;
    }

    void nextRecord() {
      count = 0;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0 && ++count > max) {
        throw new RecordTooLong();
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0 && (count += n) > max) {
        throw new RecordTooLong();
      }
      return n;
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

  private static void readXlsx(Path file, Limits limits, RowHandler handler) throws IOException {
    // Process-wide POI settings; every workbook Boucle opens is an upload.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(limits.maxXlsxEntryBytes());
    OPCPackage opened;
    try {
      opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      ValidationFailed zip = zipProblem(e, limits);
      if (zip != null) {
        throw zip;
      }
      throw new IOException("unreadable workbook: " + e.getMessage(), e);
    }
    try (OPCPackage pkg = opened) {
      XSSFReader reader = new XSSFReader(pkg);
      SharedStrings strings = BoundedSharedStrings.read(pkg, limits);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw unreadable("is a workbook without sheets");
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        CellLimit limited = new CellLimit(limits);
        limited.setParent(parser);
        limited.setContentHandler(
            new XSSFSheetXMLHandler(
                styles, null, strings, new Rows(handler), new PlainNumbers(), false));
        limited.parse(new InputSource(sheet));
      }
    } catch (ValidationFailed e) {
      throw e;
    } catch (Exception e) {
      ValidationFailed zip = zipProblem(e, limits);
      if (zip != null) {
        throw zip;
      }
      if (e instanceof IOException io) {
        throw io;
      }
      throw new IOException("unreadable workbook: " + e.getMessage(), e);
    }
  }

  /** The problem for a workbook POI refused as a zip bomb, or null for any other failure. */
  private static @Nullable ValidationFailed zipProblem(Exception e, Limits limits) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      String m = c.getMessage() == null ? "" : c.getMessage();
      if (m.contains("Zip bomb")) {
        return unreadable(
            "is refused: once uncompressed it would exceed "
                + limits.maxXlsxEntryBytes() / (1024 * 1024)
                + " MB per part or expand more than 100 times (a zip bomb?)");
      }
    }
    if (e instanceof ValidationFailed v) {
      return v;
    }
    return null;
  }

  /**
   * Stops a sheet whose cell text runs past the cell limit, before POI gathers it whole: counts the
   * characters inside each {@code <c>} element.
   */
  private static final class CellLimit extends XMLFilterImpl {
    private final Limits limits;
    private String ref = "";
    private long chars;

    CellLimit(Limits limits) {
      this.limits = limits;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if ("c".equals(localName)) {
        ref = atts.getValue("r") == null ? "" : atts.getValue("r");
        chars = 0;
      }
      super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      chars += length;
      if (chars > limits.maxCellChars()) {
        CellReference cell = new CellReference(ref.isEmpty() ? "A1" : ref);
        throw cellTooLong(cell.getRow() + 1, cell.getCol(), limits);
      }
      super.characters(ch, start, length);
    }
  }

  /**
   * The workbook's shared strings, read with a bound on their total length: POI's own table holds
   * them all in memory, however many a small compressed file announces.
   */
  private static final class BoundedSharedStrings extends DefaultHandler implements SharedStrings {
    private final List<String> strings = new ArrayList<>();
    private final long maxChars;
    private final StringBuilder current = new StringBuilder();
    private long total;
    private boolean inText;
    private int phonetic;

    private BoundedSharedStrings(long maxChars) {
      this.maxChars = maxChars;
    }

    static SharedStrings read(OPCPackage pkg, Limits limits) throws Exception {
      BoundedSharedStrings table = new BoundedSharedStrings(limits.maxSharedStringsChars());
      List<PackagePart> parts =
          pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
      if (!parts.isEmpty()) {
        try (InputStream in = parts.get(0).getInputStream()) {
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(table);
          parser.parse(new InputSource(in));
        }
      }
      return table;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      switch (localName) {
        case "si" -> current.setLength(0);
        case "rPh" -> phonetic++;
        case "t" -> inText = phonetic == 0;
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "si" -> strings.add(current.toString());
        case "rPh" -> phonetic--;
        case "t" -> inText = false;
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!inText) {
        return;
      }
      total += length;
      if (total > maxChars) {
        throw unreadable(
            "holds more than "
                + maxChars
                + " characters of shared strings (the workbook's text table): split it or save"
                + " it as CSV");
      }
      current.append(ch, start, length);
    }

    @Override
    public RichTextString getItemAt(int idx) {
      return new XSSFRichTextString(idx >= 0 && idx < strings.size() ? strings.get(idx) : "");
    }

    @Override
    public int getCount() {
      return strings.size();
    }

    @Override
    public int getUniqueCount() {
      return strings.size();
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
