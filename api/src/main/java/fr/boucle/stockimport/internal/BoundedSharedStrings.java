package fr.boucle.stockimport.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings, read with a bound on their total length: POI's own table holds them
 * all in memory, however many a small compressed file announces.
 */
final class BoundedSharedStrings extends DefaultHandler implements SharedStrings {
  private final List<String> strings = new ArrayList<>();
  private final long maxChars;
  private final StringBuilder current = new StringBuilder();
  private long total;
  private boolean inText;
  private int phonetic;

  private BoundedSharedStrings(long maxChars) {
    this.maxChars = maxChars;
  }

  static SharedStrings read(OPCPackage pkg, TableFile.Limits limits) throws Exception {
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
      throw TableFile.unreadable(
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
