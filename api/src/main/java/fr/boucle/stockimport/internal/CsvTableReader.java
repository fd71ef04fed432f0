package fr.boucle.stockimport.internal;

import static fr.boucle.stockimport.internal.TableFile.unreadable;

import fr.boucle.stockimport.ImportFormat;
import io.micronaut.core.annotation.Nullable;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file: UTF-8 with or without BOM, else Windows-1252; the separator (';', ',' or tab)
 * is the one found most often in the header line. A record longer than the line limit (an unclosed
 * quote) stops the reading before it is held whole.
 */
final class CsvTableReader implements TableReader {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The shape of a text file from its first bytes (encoding and separator), before its rows are
   * read; refuses binary data and a file without columns.
   */
  static TableFile.Shape sniff(Path file, byte[] head) throws IOException {
    int n = head.length;
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
    boolean bom = TableFile.startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
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
    return new TableFile.Shape(
        ImportFormat.CSV, encoding, String.valueOf(separator), List.of(), List.of(), 0);
  }

  @Override
  public void read(
      Path file,
      TableFile.Shape shape,
      TableFile.Limits limits,
      TableFile.RowHandler handler,
      boolean inspecting)
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
              throw TableFile.cellTooLong(
                  record.getRecordNumber() == 1 ? 1 : (int) lastLine, c, limits);
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
      if (head.length < TableFile.SNIFF_BYTES) {
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
