package fr.boucle.invoicing;

/**
 * Renders an issued invoice or credit note: the Factur-X EN 16931 PDF/A-3 that is the legal
 * document, and its CII XML alone for an upload to Chorus Pro. Pure: the same document always
 * renders to the same content.
 */
public interface InvoiceRendering {

  /** The PDF/A-3 with its CII XML embedded as factur-x.xml (profile EN 16931). */
  byte[] facturX(InvoiceDocument document);

  /** The UN/CEFACT CII XML of the EN 16931 profile. */
  byte[] cii(InvoiceDocument document);
}
