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
import org.apache.xmpbox.XmpConstants;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.Attribute;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.ChoiceType;
import org.apache.xmpbox.type.DefinedStructuredType;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.type.TextType;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * Mustang's PDF/A-3 exporter with the clock taken out: the document information, the XMP metadata
 * and the attached XML carry the invoice's issue date instead of "now", and the file identifier is
 * the invoice's id, so that rendering the same document twice gives the same bytes.
 */
final class FixedDateExporter extends ZUGFeRDExporterFromA3 {

  private static final String UA_NS = "http://www.aiim.org/pdfua/ns/id/";
  private static final String SCHEMA_NS = "http://www.aiim.org/pdfa/ns/schema#";
  private static final String PROPERTY_NS = "http://www.aiim.org/pdfa/ns/property#";

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

  /**
   * Mustang's Factur-X schemas, and the PDF/UA identification openhtmltopdf wrote (Mustang starts
   * the XMP afresh): the invoice is tagged for assistive technologies. PDF/A wants every schema
   * outside its predefined ones described in the extension schemas, so pdfuaid joins Factur-X's.
   */
  @Override
  protected void addXMP(XMPMetadata metadata) {
    super.addXMP(metadata);
    XMPSchema ua = new XMPSchema(metadata, UA_NS, "pdfuaid");
    ua.addProperty(
        metadata.getTypeMapping().createInteger(ua.getNamespace(), ua.getPrefix(), "part", 1));
    metadata.addSchema(ua);

    PDFAExtensionSchema extensions =
        metadata.getAllSchemas().stream()
            .filter(PDFAExtensionSchema.class::isInstance)
            .map(PDFAExtensionSchema.class::cast)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("Mustang wrote no PDF/A extension"));
    ArrayProperty schemas = extensions.getSchemasProperty();
    DefinedStructuredType schema = item(metadata, extensions);
    schema.addProperty(
        new TextType(
            metadata,
            SCHEMA_NS,
            "pdfaSchema",
            PDFASchemaType.SCHEMA,
            "PDF/UA Universal Accessibility Schema"));
    schema.addProperty(
        new TextType(metadata, SCHEMA_NS, "pdfaSchema", PDFASchemaType.NAMESPACE_URI, UA_NS));
    schema.addProperty(
        new TextType(metadata, SCHEMA_NS, "pdfaSchema", PDFASchemaType.PREFIX, "pdfuaid"));
    ArrayProperty properties =
        new ArrayProperty(
            metadata, SCHEMA_NS, "pdfaSchema", PDFASchemaType.PROPERTY, Cardinality.Seq);
    DefinedStructuredType part = item(metadata, extensions);
    part.addProperty(choice(metadata, PDFAPropertyType.NAME, "part"));
    part.addProperty(choice(metadata, PDFAPropertyType.VALUETYPE, "Integer"));
    part.addProperty(choice(metadata, PDFAPropertyType.CATEGORY, "internal"));
    part.addProperty(
        choice(
            metadata,
            PDFAPropertyType.DESCRIPTION,
            "Indicates, which part of ISO 14289 standard is followed"));
    properties.addProperty(part);
    schema.addProperty(properties);
    schemas.addProperty(schema);
  }

  private static DefinedStructuredType item(XMPMetadata metadata, PDFAExtensionSchema extensions) {
    DefinedStructuredType item =
        new DefinedStructuredType(
            metadata, extensions.getNamespace(), extensions.getPrefix(), XmpConstants.LIST_NAME);
    item.setAttribute(
        new Attribute(
            extensions.getNamespace(), XmpConstants.PARSE_TYPE, XmpConstants.RESOURCE_NAME));
    return item;
  }

  private static ChoiceType choice(XMPMetadata metadata, String name, String value) {
    return new ChoiceType(metadata, PROPERTY_NS, "pdfaProperty", name, value);
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
