package fr.boucle.demo;

import fr.boucle.demo.DemoOrders.Event;
import fr.boucle.demo.DemoOrders.Line;
import fr.boucle.demo.DemoOrders.Order;
import fr.boucle.invoicing.BillingProfile;
import fr.boucle.invoicing.InvoiceComposition;
import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.PaymentClock;
import fr.boucle.ordering.OrderBilling;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.organisation.PublicBodyType;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's invoices: every demo supplier gets a complete billing profile (one in four not liable
 * to VAT), and each invoiced or paid order of the history its invoice, composed as the invoicing
 * area composes them, numbered per supplier and year in issue order, with its payments (paid in
 * full, some in part) and, for one order in ten, a first invoice cancelled by a credit note the
 * same day. The PDFs are rendered on first download, so the demo starts fast.
 */
final class DemoInvoices {

  private record Doc(Order order, Instant at, InvoiceDocument.Kind kind, boolean cancelled) {}

  private static final Logger LOG = LoggerFactory.getLogger(DemoInvoices.class);

  private final Connection c;
  private final DemoDataGenerator generator;
  private final JsonMapper json;
  private final Map<UUID, BillingProfile> profiles = new HashMap<>();
  private final Map<UUID, String[]> lotNames = new HashMap<>();
  private final Map<UUID, String> chorusCodes = new HashMap<>();

  DemoInvoices(Connection c, DemoDataGenerator generator, JsonMapper json) {
    this.c = c;
    this.generator = generator;
    this.json = json;
  }

  private final List<Object[]> invoiceRows = new ArrayList<>();
  private final List<Object[]> paymentRows = new ArrayList<>();
  private final List<Object[]> spendRows = new ArrayList<>();
  private final Map<String, Integer> counters = new HashMap<>();
  private long started;
  private long planned;

  /**
   * Composes and numbers the invoices of the history's orders, giving each invoiced order its
   * invoice number before the orders are written; {@link #insert} writes them after.
   */
  void plan(List<Order> orders, Instant now) throws SQLException {
    started = System.nanoTime();
    readProfiles();
    readNames();
    List<Doc> docs = new ArrayList<>();
    for (Order o : orders) {
      if (o.invoicedAt == null || !o.invoiced()) {
        continue;
      }
      if (Math.floorMod(o.id.hashCode(), 10) == 0) {
        docs.add(new Doc(o, o.invoicedAt.minusSeconds(120), InvoiceDocument.Kind.INVOICE, true));
        docs.add(
            new Doc(o, o.invoicedAt.minusSeconds(60), InvoiceDocument.Kind.CREDIT_NOTE, false));
      }
      docs.add(new Doc(o, o.invoicedAt, InvoiceDocument.Kind.INVOICE, false));
    }
    docs.sort(Comparator.comparing(Doc::at).thenComparing(d -> d.order().id));
    Map<UUID, InvoiceDocument> cancelledOf = new HashMap<>();
    Map<UUID, UUID> cancelledIds = new HashMap<>();
    for (Doc d : docs) {
      Order o = d.order();
      LocalDate day = LocalDate.ofInstant(d.at(), DemoHistory.PARIS);
      boolean credit = d.kind() == InvoiceDocument.Kind.CREDIT_NOTE;
      String series = credit ? "AV" : "FA";
      int seq =
          counters.merge(o.supplier.id() + "/" + day.getYear() + "/" + series, 1, Integer::sum);
      String number = String.format("%s-%d-%06d", series, day.getYear(), seq);
      UUID id = generator.uuid("invoice", number + "/" + o.supplier.id());
      InvoiceDocument document;
      String status;
      long paid = 0;
      int delay = delayOf(o);
      if (credit) {
        document =
            InvoiceComposition.creditNote(
                id, number, day, cancelledOf.get(o.id), "Erreur sur les quantités facturées");
        status = "ISSUED";
      } else {
        document =
            InvoiceComposition.invoice(id, number, day, delay, billable(o), seller(o), buyer(o));
        if (d.cancelled()) {
          status = "CREDITED";
          cancelledOf.put(o.id, document);
          cancelledIds.put(o.id, id);
        } else if ("PAID".equals(o.status)) {
          status = "PAID";
          paid = document.totalInclVatCents();
          Instant paidAt = o.events.getLast().at();
          pay(id, paid, paidAt, number);
          spendRows.add(
              new Object[] {
                o.id, o.lot.id(), o.period, o.service.id(), o.excl, o.vat, Timestamp.from(paidAt)
              });
        } else if (Math.floorMod(o.id.hashCode(), 4) == 1
            && day.plusDays(10).isBefore(LocalDate.ofInstant(now, DemoHistory.PARIS))) {
          status = "PARTIALLY_PAID";
          paid = document.totalInclVatCents() * 4 / 10;
          pay(id, paid, d.at().plus(java.time.Duration.ofDays(10)), number);
        } else {
          status = "ISSUED";
        }
        o.invoiceReference = number;
      }
      int sign = credit ? -1 : 1;
      invoiceRows.add(
          new Object[] {
            id,
            d.kind().name(),
            number,
            day.getYear(),
            seq,
            o.supplier.id(),
            o.lot.buyerId(),
            o.service.id(),
            o.id,
            credit ? cancelledIds.get(o.id) : null,
            Date.valueOf(day),
            Date.valueOf(document.dueDate()),
            credit ? 0 : delay,
            status,
            sign * document.totalExclVatCents(),
            sign * document.totalVatCents(),
            sign * document.totalInclVatCents(),
            paid,
            document.sellerVatRegime().name(),
            write(document),
            credit ? "Erreur sur les quantités facturées" : null,
            "demo",
            Timestamp.from(d.at())
          });
    }
    planned = System.nanoTime();
  }

  /** Writes what {@link #plan} composed, once the orders are written. */
  void insert() throws SQLException {
    long writing = System.nanoTime();
    batch(
        "INSERT INTO invoice (id, kind, number, number_year, number_seq, supplier_id,"
            + " buyer_id, service_id, order_id, corrected_invoice_id, issue_date, due_date,"
            + " delay_days, status, total_excl_vat_cents, total_vat_cents,"
            + " total_incl_vat_cents, paid_cents, vat_regime, document, reason, issued_by,"
            + " issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?::jsonb, ?, ?, ?)",
        invoiceRows);
    batch(
        "INSERT INTO invoice_payment (id, invoice_id, amount_cents, received_on, method,"
            + " reference, recorded_by, recorded_at) VALUES (?, ?, ?, ?, 'TRANSFER', ?, 'demo', ?)",
        paymentRows);
    batch(
        "INSERT INTO spend_entry (order_id, lot_id, period_index, service_id, kind,"
            + " committed_excl_vat_cents, committed_vat_cents, invoiced_excl_vat_cents,"
            + " invoiced_vat_cents, paid_excl_vat_cents, paid_vat_cents, occurred_at)"
            + " VALUES (?, ?, ?, ?, 'PAID', 0, 0, 0, 0, ?, ?, ?)",
        spendRows);
    insertProfiles();
    try (PreparedStatement counter =
        c.prepareStatement(
            "INSERT INTO invoice_counter (supplier_id, year, series, last_number) VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<String, Integer> e : counters.entrySet()) {
        String[] key = e.getKey().split("/");
        counter.setObject(1, UUID.fromString(key[0]));
        counter.setInt(2, Integer.parseInt(key[1]));
        counter.setString(3, key[2]);
        counter.setInt(4, e.getValue());
        counter.addBatch();
      }
      counter.executeBatch();
    }
    LOG.info(
        "Demo invoices: {} invoices and credit notes, {} payments, in {} ms (PDFs rendered on"
            + " first download)",
        invoiceRows.size(),
        paymentRows.size(),
        (planned - started + System.nanoTime() - writing) / 1_000_000);
  }

  private void pay(UUID invoiceId, long cents, Instant at, String number) {
    paymentRows.add(
        new Object[] {
          generator.uuid("payment", invoiceId + "/" + at),
          invoiceId,
          cents,
          Date.valueOf(LocalDate.ofInstant(at, DemoHistory.PARIS)),
          "Virement " + number,
          Timestamp.from(at)
        });
  }

  private void batch(String sql, List<Object[]> rows) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          s.setObject(i + 1, row[i]);
        }
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private String write(InvoiceDocument document) {
    try {
      return json.writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int delayOf(Order o) {
    String type =
        generator.buyers().stream()
            .filter(b -> b.id().equals(o.lot.buyerId()))
            .findFirst()
            .orElseThrow()
            .publicBodyType();
    return PaymentClock.legalDelayDays(PublicBodyType.valueOf(type));
  }

  private OrderBilling.Billable billable(Order o) {
    List<OrderBilling.Line> lines = new ArrayList<>();
    for (Line l : o.lines) {
      DemoDataGenerator.Listing listing = l.candidate().listing();
      lines.add(
          new OrderBilling.Line(
              lines.size() + 1,
              listing.sku(),
              listing.title(),
              l.quantity(),
              l.unitCents(),
              listing.vatRateBasisPoints(),
              l.exclCents()));
    }
    OrderBilling.Address address =
        new OrderBilling.Address(o.service.street(), o.service.postcode(), o.service.city());
    String[] lot = lotNames.get(o.lot.id());
    LocalDate delivered =
        o.events.stream()
            .filter(e -> "DELIVERED".equals(e.to()))
            .map(Event::at)
            .map(at -> LocalDate.ofInstant(at, DemoHistory.PARIS))
            .findFirst()
            .orElse(o.deliveryDate);
    return new OrderBilling.Billable(
        o.id,
        o.number,
        OrderStatus.DELIVERED,
        o.lot.buyerId(),
        o.supplier.id(),
        o.service.id(),
        o.service.name(),
        chorusCodes.get(o.service.id()),
        address,
        lot[0],
        o.lot.number(),
        lot[1],
        delivered,
        address,
        lines,
        0,
        0,
        o.excl,
        o.vat);
  }

  private InvoiceComposition.Seller seller(Order o) {
    return new InvoiceComposition.Seller(
        o.supplier.legalName(), o.supplier.siret(), profiles.get(o.supplier.id()));
  }

  private InvoiceComposition.Buyer buyer(Order o) {
    DemoDataGenerator.Organisation b =
        generator.buyers().stream()
            .filter(x -> x.id().equals(o.lot.buyerId()))
            .findFirst()
            .orElseThrow();
    return new InvoiceComposition.Buyer(b.legalName(), b.siret());
  }

  /** Complete profiles; one supplier in four is a franchise association (art. 293 B). */
  private void readProfiles() {
    List<DemoDataGenerator.Organisation> suppliers = generator.suppliers();
    for (int n = 0; n < suppliers.size(); n++) {
      DemoDataGenerator.Organisation o = suppliers.get(n);
      boolean franchise = n % 4 == 3;
      DemoDataGenerator.Site depot =
          generator.depots().stream()
              .filter(d -> d.organisationId().equals(o.id()))
              .findFirst()
              .orElseThrow();
      BillingProfile p =
          new BillingProfile(
              franchise
                  ? InvoiceDocument.VatRegime.FRANCHISE_293B
                  : InvoiceDocument.VatRegime.LIABLE,
              franchise ? null : BillingProfile.frenchVatNumber(o.siret().substring(0, 9)),
              iban(n),
              "CCOPFRPP",
              o.legalName(),
              depot.street(),
              depot.postcode(),
              depot.city(),
              null);
      profiles.put(o.id(), p);
    }
  }

  private void insertProfiles() throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    profiles.forEach((id, p) ->
        rows.add(
            new Object[] {
              id,
              p.vatRegime().name(),
              p.vatNumber(),
              p.iban(),
              p.bic(),
              p.accountHolder(),
              p.street(),
              p.postcode(),
              p.city()
            }));
    batch(
        "INSERT INTO billing_profile (organisation_id, vat_regime, vat_number, iban, bic,"
            + " account_holder, street, postcode, city) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  /** A French IBAN with valid check digits (ISO 13616 mod 97) for the n-th supplier. */
  static String iban(int n) {
    String bban = String.format("4255900001%011d%02d", 10_000_000L + n, n % 97);
    String digits = bban + "152700"; // "FR00" with F = 15, R = 27
    int check = 98 - new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue();
    return String.format("FR%02d%s", check, bban);
  }

  private void readNames() throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT l.id, a.reference, l.title FROM agreement_lot l"
                    + " JOIN framework_agreement a ON a.id = l.agreement_id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        lotNames.put(rs.getObject(1, UUID.class), new String[] {rs.getString(2), rs.getString(3)});
      }
    }
    try (PreparedStatement s =
            c.prepareStatement("SELECT id, chorus_service_code FROM buyer_service");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        chorusCodes.put(rs.getObject(1, UUID.class), rs.getString(2));
      }
    }
  }
}
