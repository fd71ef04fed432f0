package fr.boucle.invoicing.internal.document;

import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceDocument.Kind;
import fr.boucle.invoicing.InvoiceDocument.Party;
import fr.boucle.invoicing.InvoiceDocument.VatRegime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.mustangproject.BankDetails;
import org.mustangproject.Contact;
import org.mustangproject.IncludedNote;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.ReferencedDocument;
import org.mustangproject.SchemedID;
import org.mustangproject.SubjectCode;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.TransactionCalculator;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;

/**
 * The UN/CEFACT CII XML of the EN 16931 profile (Factur-X 1.0, {@code urn:cen.eu:en16931:2017}),
 * built with Mustang's object model from an issued {@link InvoiceDocument}, with the business terms
 * Chorus Pro and the French e-invoicing rules (BR-FR) look at.
 */
final class CiiInvoice {

  /** UNTDID 1001. */
  private static final String CREDIT_NOTE = "381";

  /** UN/ECE rec. 20 "one" (piece). */
  private static final String UNIT_PIECE = "C62";

  /** ISO 6523 ICD of the SIRET (BT-29/BT-46 scheme) and of the SIREN (BT-30/BT-47 scheme). */
  private static final String SCHEME_SIRET = "0009";

  private static final String SCHEME_SIREN = "0002";

  /** BT-23, French reform's billing frames: goods (B1), goods already paid (B2). */
  private static final String FRAME_GOODS = "B1";

  private static final String FRAME_GOODS_PAID = "B2";

  static final String FRANCHISE_MENTION = "TVA non applicable, art. 293 B du CGI";

  /** The VATEX code of the French "franchise en base" (CEF VATEX code list). */
  static final String FRANCHISE_VATEX = "VATEX-FR-FRANCHISE";

  static final String NOTE_PMT =
      "En cas de retard de paiement, une indemnité forfaitaire pour frais de recouvrement de 40 €"
          + " est due de plein droit (art. L. 441-10 du code de commerce ; art. D. 2192-35 du code"
          + " de la commande publique).";

  static final String NOTE_PMD =
      "En cas de retard de paiement, des intérêts moratoires sont dus de plein droit au taux"
          + " d'intérêt appliqué par la Banque centrale européenne à ses opérations principales de"
          + " refinancement les plus récentes, majoré de 8 points (art. R. 2192-31 du code de la"
          + " commande publique).";

  static final String NOTE_AAB = "Pas d'escompte pour paiement anticipé.";

  private CiiInvoice() {}

  /** The CII XML bytes (UTF-8). */
  static byte[] xml(InvoiceDocument doc) {
    Invoice invoice = of(doc);
    ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
    provider.setProfile(Profiles.getByName("EN16931"));
    provider.generateXML(invoice);
    return provider.getXML();
  }

  /** Mustang's model of the document; refuses one whose totals Mustang would compute otherwise. */
  static Invoice of(InvoiceDocument doc) {
    Invoice invoice =
        new Invoice()
            .setCurrency("EUR")
            .setNumber(doc.number())
            .setIssueDate(date(doc.issueDate()))
            .setDueDate(date(doc.dueDate()))
            .setSender(seller(doc))
            .setRecipient(party(doc.buyer()))
            .setBuyerOrderReferencedDocument(new ReferencedDocument(doc.purchaseOrderNumber()))
            .setContractReferencedDocument(new ReferencedDocument(doc.contractReference()))
            .setPaymentTermDescription(doc.terms().text())
            .setTotalPrepaidAmount(euros(doc.prepaidCents()))
            .setBusinessProcessId(alreadyPaid(doc) ? FRAME_GOODS_PAID : FRAME_GOODS)
            .setNotesWithSubjectCode(
                new ArrayList<>(
                    List.of(
                        new IncludedNote(NOTE_PMT, SubjectCode.PMT),
                        new IncludedNote(NOTE_PMD, SubjectCode.PMD),
                        new IncludedNote(NOTE_AAB, SubjectCode.AAB))));
    if (doc.buyerReference() != null) {
      invoice.setReferenceNumber(doc.buyerReference());
    }
    if (doc.kind() == Kind.CREDIT_NOTE) {
      invoice.setDocumentCode(CREDIT_NOTE);
      invoice.addInvoiceReferencedDocument(
          new ReferencedDocument(doc.correctedNumber(), date(doc.correctedIssueDate())));
    }
    if (doc.deliveryDate() != null) {
      invoice.setDeliveryDate(date(doc.deliveryDate()));
    }
    if (doc.deliveryAddress() != null) {
      InvoiceDocument.Address a = doc.deliveryAddress();
      invoice.setDeliveryAddress(
          new TradeParty(
              doc.buyer().legalName(), a.street(), a.postcode(), a.city(), a.countryCode()));
    }
    for (InvoiceDocument.Line line : doc.lines()) {
      invoice.addItem(item(line, doc.sellerVatRegime()));
    }
    checkTotals(doc, invoice);
    return invoice;
  }

  private static boolean alreadyPaid(InvoiceDocument doc) {
    return doc.kind() == Kind.INVOICE && doc.dueCents() == 0 && doc.prepaidCents() > 0;
  }

  private static TradeParty seller(InvoiceDocument doc) {
    TradeParty seller = party(doc.seller());
    if (doc.seller().vatNumber() == null) {
      // BR-E-02: an exempt invoice names the seller's VAT number or its tax registration (BT-32);
      // a French legal entity's tax identification number is its SIREN.
      seller.setTaxID(doc.seller().siren());
    }
    InvoiceDocument.BankAccount account = doc.bankAccount();
    BankDetails means = new BankDetails();
    if (account != null) {
      means.setIBAN(account.iban()).setAccountName(account.holder());
      if (account.bic() != null) {
        means.setBIC(account.bic()).setPaymentMeansInformation("Virement SEPA");
      }
    }
    means.setPaymentMeansCode(doc.terms().meansCode());
    seller.addBankDetails(means);
    return seller;
  }

  private static TradeParty party(Party p) {
    TradeParty party =
        new TradeParty(
            p.legalName(),
            p.address().street(),
            p.address().postcode(),
            p.address().city(),
            p.address().countryCode());
    party.addGlobalID(new SchemedID(SCHEME_SIRET, p.siret()));
    party.setLegalOrganisation(new LegalOrganisation(new SchemedID(SCHEME_SIREN, p.siren()), null));
    if (p.vatNumber() != null) {
      party.setVATID(p.vatNumber());
    }
    String address = p.electronicAddress();
    party.setEmail(address.contains("@") ? "EM" : SCHEME_SIRET, address);
    if (p.contactEmail() != null) {
      Contact contact = new Contact();
      contact.setEMail(p.contactEmail());
      party.setContact(contact);
    }
    return party;
  }

  private static Item item(InvoiceDocument.Line line, VatRegime regime) {
    Product product =
        new Product(line.description(), null, UNIT_PIECE, percent(line.vatRateBp()))
            .setSellerAssignedID(line.sellerItemId());
    if (regime == VatRegime.FRANCHISE_293B) {
      product
          .setTaxCategoryCode("E")
          .setTaxExemptionReason(FRANCHISE_MENTION)
          .setTaxExemptionReasonCode(FRANCHISE_VATEX);
    }
    Item item =
        new Item(product, euros(line.unitPriceExclVatCents()), BigDecimal.valueOf(line.quantity()));
    item.setId(Integer.toString(line.number()));
    return item;
  }

  /**
   * The XML carries Mustang's sums of the lines; an issued document whose own totals differ (a
   * rounding done another way) must not go out with two different amounts.
   */
  private static void checkTotals(InvoiceDocument doc, Invoice invoice) {
    TransactionCalculator calc = new TransactionCalculator(invoice);
    expect("total excl. VAT", doc.totalExclVatCents(), calc.getTaxBasis());
    expect("total incl. VAT", doc.totalInclVatCents(), calc.getGrandTotal());
    expect("amount due", doc.dueCents(), calc.getDuePayable());
  }

  private static void expect(String what, long cents, BigDecimal computed) {
    if (euros(cents).compareTo(computed) != 0) {
      throw new IllegalStateException(
          "Invoice " + what + " is " + euros(cents) + " but its lines give " + computed);
    }
  }

  static BigDecimal euros(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  static BigDecimal percent(int basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2);
  }

  /** Mustang formats dates in the JVM's default zone: noon there is the same day. */
  static Date date(LocalDate day) {
    return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
  }
}
