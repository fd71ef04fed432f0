package fr.boucle.stockimport.internal;

import static fr.boucle.stockimport.internal.TableFile.unreadable;

import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads the first sheet of an XLSX workbook with POI's SAX event API, never loaded whole; numbers
 * as plain decimals, whatever their display format.
 */
final class XlsxTableReader implements TableReader {

  @Override
  public void read(
      Path file,
      TableFile.Shape shape,
      TableFile.Limits limits,
      TableFile.RowHandler handler,
      boolean inspecting)
      throws IOException {
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
  private static @Nullable ValidationFailed zipProblem(Exception e, TableFile.Limits limits) {
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

  /** Numbers as plain decimals ("12.5"), whatever the cell's display format. */
  private static final class PlainNumbers extends DataFormatter {
    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  /**
   * Stops a sheet whose cell text runs past the cell limit, before POI gathers it whole: counts the
   * characters inside each {@code <c>} element.
   */
  private static final class CellLimit extends XMLFilterImpl {
    private final TableFile.Limits limits;
    private String ref = "";
    private long chars;

    CellLimit(TableFile.Limits limits) {
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
        throw TableFile.cellTooLong(cell.getRow() + 1, cell.getCol(), limits);
      }
      super.characters(ch, start, length);
    }
  }

  /** Gathers the SAX cells of a row into a list, empty cells included. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final TableFile.RowHandler handler;
    private final List<String> cells = new ArrayList<>();

    Rows(TableFile.RowHandler handler) {
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
      if (col >= TableFile.MAX_COLUMNS * 2) {
        return;
      }
      while (cells.size() < col) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
    }
  }
}
