package fr.boucle.invoicing.internal.document;

import fr.boucle.invoicing.InvoiceDocument;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * Mustang's PDF/A-3 exporter with the clock taken out: the document information, the XMP metadata
 * and the attached XML carry the invoice's issue date instead of "now", and the file identifier is
 * the invoice's id, so that rendering the same document twice gives the same bytes.
 */
final class FixedDateExporter extends ZUGFeRDExporterFromA3 {

  private final Calendar issued;
  private final byte[] fileId;

  FixedDateExporter(InvoiceDocument document) {
    GregorianCalendar day = new GregorianCalendar(TimeZone.getTimeZone("Europe/Paris"));
    day.clear();
    day.set(
        document.issueDate().getYear(),
        document.issueDate().getMonthValue() - 1,
        document.issueDate().getDayOfMonth(),
        12,
        0,
        0);
    this.issued = day;
    this.fileId =
        ByteBuffer.allocate(16)
            .putLong(document.id().getMostSignificantBits())
            .putLong(document.id().getLeastSignificantBits())
            .array();
  }

  @Override
  protected void prepareDocument() throws IOException {
    super.prepareDocument();
    COSArray id = new COSArray();
    id.add(new COSString(fileId));
    id.add(new COSString(fileId));
    doc.getDocument().getTrailer().setItem(COSName.ID, id);
  }

  /** Mustang's Dublin Core, with the document's title and the issue date instead of "now". */
  @Override
  protected void writeDublinCoreSchema(XMPMetadata metadata) {
    DublinCoreSchema dc = getDublinCoreSchema(metadata);
    dc.setFormat("application/pdf");
    dc.addCreator(creator);
    dc.addDate(issued);
    String title = doc.getDocumentInformation().getTitle();
    if (title != null) {
      dc.setTitle(title);
    }
  }

  @Override
  protected void writeXMLBasicSchema(XMPMetadata metadata) {
    super.writeXMLBasicSchema(metadata);
    XMPBasicSchema basic = metadata.getXMPBasicSchema();
    basic.setCreateDate(issued);
    basic.setModifyDate(issued);
  }

  @Override
  protected void writeDocumentInformation() {
    super.writeDocumentInformation();
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setCreationDate(issued);
    info.setModificationDate(issued);
  }

  @Override
  public void PDFAttachGenericFile(
      PDDocument target,
      String filename,
      String relationship,
      String description,
      String subType,
      byte[] data)
      throws IOException {
    super.PDFAttachGenericFile(target, filename, relationship, description, subType, data);
    PDComplexFileSpecification spec =
        new PDDocumentNameDictionary(target.getDocumentCatalog())
            .getEmbeddedFiles()
            .getNames()
            .get(filename);
    PDEmbeddedFile file = spec.getEmbeddedFile();
    file.setCreationDate(issued);
    file.setModDate(issued);
  }
}
