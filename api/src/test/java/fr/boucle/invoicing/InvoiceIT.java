package fr.boucle.invoicing;

import static fr.boucle.invoicing.InvoicingFixtures.billable;
import static fr.boucle.invoicing.InvoicingFixtures.creditNote;
import static fr.boucle.invoicing.InvoicingFixtures.delivered;
import static fr.boucle.invoicing.InvoicingFixtures.invoices;
import static fr.boucle.invoicing.InvoicingFixtures.issue;
import static fr.boucle.invoicing.InvoicingFixtures.issued;
import static fr.boucle.invoicing.InvoicingFixtures.pay;
import static fr.boucle.ordering.OrderingFixtures.act;
import static fr.boucle.ordering.OrderingFixtures.fields;
import static fr.boucle.ordering.OrderingFixtures.line;
import static fr.boucle.ordering.OrderingFixtures.order;
import static fr.boucle.ordering.OrderingFixtures.spend;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@MicronautTest(transactional = false)
class InvoiceIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;
  @Inject InvoiceLedger ledger;
  @Inject IssuedInvoices events;

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  private static final String YEAR = String.valueOf(TODAY.getYear());

  private OrderingFixtures fixtures() {
    return new OrderingFixtures(client.toBlocking(), provisioning, sql);
  }

  @Test
  void issuesCreditsAndIsPaidForADeliveredOrder() {
    OrderingFixtures f = fixtures();
    OrderingFixtures.Trade trade =
        f.aBuyer("Mairie Facturation").buyingFrom("Atelier Facturation", "SIAE_ACI").create();
    ApiSession supplier = trade.supplier().org().admin();
    UUID chair = f.listing(trade.supplier(), "siege-bureau", 12_345, 2000, "LOT", 10);
    UUID desk = f.listing(trade.supplier(), "bureau", 9_999, 550, "LOT", 5);
    OrderViews.Order order = delivered(trade, List.of(line(chair, 2), line(desk, 1)));
    UUID orderId = order.id();
    assertThat(order.canIssueInvoice()).isFalse(); // the buyer's view
    assertThat(OrderingFixtures.order(supplier, orderId).canIssueInvoice()).isTrue();

    // No billing profile yet: every field an invoice needs is named; then only those still empty.
    HttpResponse<InvoiceViews.Invoice> noProfile = issue(supplier, orderId);
    assertThat(noProfile.code()).isEqualTo(409);
    assertThat(fields(noProfile))
        .containsExactly(
            "billingProfile.vatRegime",
            "billingProfile.vatNumber",
            "billingProfile.iban",
            "billingProfile.accountHolder",
            "billingProfile.street",
            "billingProfile.postcode",
            "billingProfile.city");
    Map<String, Object> partial =
        new java.util.LinkedHashMap<>(
            InvoicingFixtures.profile(trade.supplier().siret(), "LIABLE"));
    partial.remove("vatNumber");
    partial.remove("iban");
    HttpResponse<InvoiceViews.BillingProfileView> saved =
        InvoicingFixtures.saveProfile(supplier, partial);
    assertThat(saved.body().missing()).containsExactly("vatNumber", "iban");
    assertThat(fields(issue(supplier, orderId)))
        .containsExactly("billingProfile.vatNumber", "billingProfile.iban");
    Map<String, Object> malformed = new java.util.LinkedHashMap<>(partial);
    malformed.put("iban", "FR7630006000011234567890188");
    malformed.put("vatNumber", "FR00123456789");
    assertThat(fields(InvoicingFixtures.saveProfile(supplier, malformed)))
        .containsExactlyInAnyOrder("iban", "vatNumber");
    billable(trade, "LIABLE");

    // Nobody but the order's supplier issues it: another supplier and the buyer get a 404.
    OrderingFixtures.Supplier other = f.supplier("Autre Atelier", "SIAE_EI");
    assertThat(issue(other.org().admin(), orderId).code()).isEqualTo(404);
    assertThat(issue(trade.requester(), orderId).code()).isEqualTo(404);

    InvoiceViews.Invoice invoice = issued(supplier, orderId);
    assertThat(invoice.number()).isEqualTo("FA-" + YEAR + "-000001");
    assertThat(invoice.kind()).isEqualTo(InvoiceDocument.Kind.INVOICE);
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
    assertThat(invoice.lines())
        .extracting(InvoiceViews.Line::quantity, InvoiceViews.Line::lineExclVatCents)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, 24_690L),
            org.assertj.core.groups.Tuple.tuple(1, 9_999L));
    // 20 %: 246.90 → 49.38; 5.5 %: 99.99 → 5.49945 → 5.50.
    assertThat(invoice.totalExclVatCents()).isEqualTo(34_689);
    assertThat(invoice.totalVatCents()).isEqualTo(4_938 + 550);
    assertThat(invoice.totalInclVatCents()).isEqualTo(34_689 + 5_488);
    assertThat(invoice.dueCents()).isEqualTo(40_177);
    assertThat(invoice.vatMention()).isNull();
    assertThat(invoice.issueDate()).isEqualTo(TODAY);
    assertThat(invoice.dueDate()).isEqualTo(TODAY.plusDays(30)); // a département
    assertThat(invoice.daysLeft()).isEqualTo(30L);
    assertThat(invoice.overdue()).isFalse();
    assertThat(invoice.orderNumber()).isEqualTo(order.number());
    assertThat(invoice.agreementReference()).isEqualTo(trade.agreement().reference());
    assertThat(invoice.lotLabel()).isEqualTo("Lot 1 — Lot 1");
    assertThat(invoice.supplier().name()).isEqualTo("Atelier Facturation");
    assertThat(invoice.serviceName()).isEqualTo("Direction des crèches");
    assertThat(invoice.canRecordPayment()).isTrue();
    assertThat(invoice.canCreditNote()).isTrue();
    assertThat(
            sql.count(
                "SELECT count(*) FROM invoice WHERE id = ? AND pdf IS NOT NULL", invoice.id()))
        .as("the PDF is stored at issue")
        .isEqualTo(1);
    assertThat(events.heard)
        .contains(
            new IssuedInvoices.Heard(
                new InvoiceIssued(
                    invoice.id(),
                    trade.supplier().org().id(),
                    trade.buyer().org().id(),
                    InvoiceDocument.Kind.INVOICE),
                true));
    InvoiceDocument document = ledger.document(invoice.id()).orElseThrow();
    assertThat(document.seller().siret()).isEqualTo(trade.supplier().siret());
    assertThat(document.seller().vatNumber()).startsWith("FR");
    assertThat(document.bankAccount().iban()).isEqualTo(InvoicingFixtures.IBAN);
    assertThat(document.terms().text()).contains("majoré de 8 points", "40 €", "escompte");
    assertThat(document.purchaseOrderNumber()).isEqualTo(order.number());

    OrderViews.Order invoiced = OrderingFixtures.order(supplier, orderId);
    assertThat(invoiced.status()).isEqualTo(OrderStatus.INVOICED);
    assertThat(invoiced.invoiceReference()).isEqualTo(invoice.number());
    assertThat(invoiced.invoices())
        .containsExactly(
            new OrderViews.InvoiceRef(invoice.id(), "INVOICE", invoice.number(), "ISSUED"));
    assertThat(invoiced.canIssueInvoice()).isFalse();
    assertThat(issue(supplier, orderId).code()).isEqualTo(409);

    // The buyer receives it: its admin and the service's requester, not another buyer.
    ApiSession buyerAdmin = trade.buyer().admin();
    assertThat(invoices(buyerAdmin, "").items())
        .extracting(InvoiceViews.Invoice::id)
        .containsExactly(invoice.id());
    InvoiceViews.Invoice received =
        buyerAdmin.get("/api/invoices/" + invoice.id(), InvoiceViews.Invoice.class);
    assertThat(received.canRecordPayment()).isFalse();
    assertThat(received.canCreditNote()).isFalse();
    assertThat(invoices(trade.requester(), "").total()).isEqualTo(1);
    ApiSession otherBuyer = f.buyer("Autre Mairie", 0).admin();
    assertThat(
            otherBuyer.exchange(HttpRequest.GET("/api/invoices/" + invoice.id()), Map.class).code())
        .isEqualTo(404);
    assertThat(invoices(otherBuyer, "").total()).isZero();
    // Every invoice endpoint answers another organisation exactly as a missing invoice.
    for (ApiSession foreigner : List.of(otherBuyer, other.org().admin())) {
      for (String path : List.of("", "/pdf", "/cii", "/payments", "/credit-notes", "/payments!")) {
        boolean post = path.equals("/credit-notes") || path.equals("/payments!");
        String suffix = path.replace("!", "");
        Map<String, Object> body =
            path.equals("/credit-notes")
                ? Map.of("reason", "x")
                : Map.of("amountCents", 1, "receivedOn", TODAY.toString());
        HttpResponse<Map> foreign =
            foreigner.exchange(
                post
                    ? HttpRequest.POST("/api/invoices/" + invoice.id() + suffix, body)
                    : HttpRequest.GET("/api/invoices/" + invoice.id() + suffix),
                Map.class);
        HttpResponse<Map> missing =
            foreigner.exchange(
                post
                    ? HttpRequest.POST("/api/invoices/" + UUID.randomUUID() + suffix, body)
                    : HttpRequest.GET("/api/invoices/" + UUID.randomUUID() + suffix),
                Map.class);
        assertThat(foreign.code()).as("%s", path).isEqualTo(404);
        Map<String, Object> a = new java.util.HashMap<>(ApiSession.problem(foreign));
        Map<String, Object> b = new java.util.HashMap<>(ApiSession.problem(missing));
        a.remove("instance");
        b.remove("instance");
        assertThat(a).as("%s foreign vs missing", path).isEqualTo(b);
      }
    }

    // The files: the PDF named after the number, the CII beside it.
    HttpResponse<byte[]> pdf =
        buyerAdmin.exchange(
            HttpRequest.GET("/api/invoices/" + invoice.id() + "/pdf"), byte[].class);
    assertThat(pdf.code()).isEqualTo(200);
    assertThat(pdf.getContentType().orElseThrow().toString()).startsWith("application/pdf");
    assertThat(pdf.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"" + invoice.number() + ".pdf\"");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    HttpResponse<byte[]> cii =
        buyerAdmin.exchange(
            HttpRequest.GET("/api/invoices/" + invoice.id() + "/cii"), byte[].class);
    assertThat(cii.getContentType().orElseThrow().toString()).startsWith("application/xml");

    // A full credit note cancels it; the order can be invoiced again.
    assertThat(creditNote(buyerAdmin, invoice.id(), "Erreur").code()).isEqualTo(403);
    HttpResponse<InvoiceViews.Invoice> credited =
        creditNote(supplier, invoice.id(), "Erreur de quantité");
    assertThat(credited.code()).as("%s", credited.getBody(Map.class)).isEqualTo(201);
    InvoiceViews.Invoice credit = credited.body();
    assertThat(credit.kind()).isEqualTo(InvoiceDocument.Kind.CREDIT_NOTE);
    assertThat(credit.number()).isEqualTo("AV-" + YEAR + "-000001");
    assertThat(credit.totalInclVatCents()).isEqualTo(-40_177);
    assertThat(credit.totalVatCents()).isEqualTo(-5_488);
    assertThat(credit.correctedInvoiceId()).isEqualTo(invoice.id());
    assertThat(events.heard)
        .extracting(h -> h.event().invoiceId(), h -> h.event().kind())
        .contains(
            org.assertj.core.groups.Tuple.tuple(credit.id(), InvoiceDocument.Kind.CREDIT_NOTE));
    assertThat(credit.correctedInvoiceNumber()).isEqualTo(invoice.number());
    assertThat(credit.lines())
        .extracting(InvoiceViews.Line::lineExclVatCents)
        .containsExactly(-24_690L, -9_999L);
    InvoiceViews.Invoice cancelled =
        supplier.get("/api/invoices/" + invoice.id(), InvoiceViews.Invoice.class);
    assertThat(cancelled.status()).isEqualTo(InvoiceStatus.CREDITED);
    assertThat(cancelled.dueCents()).isZero();
    assertThat(cancelled.creditNotes())
        .containsExactly(
            new InvoiceViews.CreditNoteRef(credit.id(), credit.number(), TODAY, -40_177));
    assertThat(creditNote(supplier, invoice.id(), "encore").code()).isEqualTo(409);
    assertThat(OrderingFixtures.order(supplier, orderId).status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(spend(buyerAdmin, "").get(0).invoiced().exclVatCents()).isZero();
    assertThat(spend(buyerAdmin, "").get(0).committed().exclVatCents()).isEqualTo(34_689);

    // Invoiced again, then paid in two parts.
    InvoiceViews.Invoice second = issued(supplier, orderId);
    assertThat(second.number()).isEqualTo("FA-" + YEAR + "-000002");
    assertThat(fields(pay(supplier, second.id(), 40_178, TODAY.toString())))
        .containsExactly("amountCents");
    assertThat(fields(pay(supplier, second.id(), 100, TODAY.plusDays(1).toString())))
        .containsExactly("receivedOn");
    assertThat(pay(buyerAdmin, second.id(), 100, TODAY.toString()).code()).isEqualTo(403);
    InvoiceViews.Invoice partly = pay(supplier, second.id(), 10_000, TODAY.toString()).body();
    assertThat(partly.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    assertThat(partly.paidCents()).isEqualTo(10_000);
    assertThat(partly.dueCents()).isEqualTo(30_177);
    assertThat(partly.canCreditNote()).isFalse();
    assertThat(OrderingFixtures.order(supplier, orderId).status()).isEqualTo(OrderStatus.INVOICED);
    InvoiceViews.Invoice paid = pay(supplier, second.id(), 30_177, TODAY.toString()).body();
    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(paid.dueCents()).isZero();
    assertThat(paid.payments())
        .extracting(InvoiceViews.Payment::amountCents)
        .containsExactly(10_000L, 30_177L);
    assertThat(pay(supplier, second.id(), 1, TODAY.toString()).code()).isEqualTo(409);
    assertThat(
            buyerAdmin.list(
                "/api/invoices/" + second.id() + "/payments", InvoiceViews.Payment.class))
        .hasSize(2);
    assertThat(OrderingFixtures.order(supplier, orderId).status()).isEqualTo(OrderStatus.PAID);
    OrderViews.SpendRow ledgerRow = spend(buyerAdmin, "").get(0);
    assertThat(ledgerRow.invoiced().exclVatCents()).isEqualTo(34_689);
    assertThat(ledgerRow.paid().exclVatCents()).isEqualTo(34_689);
    assertThat(ledgerRow.paid().vatCents()).isEqualTo(5_488);
    assertThat(ledgerRow.committed().exclVatCents()).isZero();

    // The accounting export: one line per document, amounts that sum like the documents.
    HttpResponse<String> csv =
        supplier.exchange(HttpRequest.GET("/api/invoices/export.csv"), String.class);
    assertThat(csv.getContentType().orElseThrow().toString()).startsWith("text/csv");
    List<String> rows = Arrays.asList(csv.body().replace("\uFEFF", "").split("\r\n"));
    assertThat(rows.get(0)).startsWith("number;kind;issueDate;dueDate;status;");
    assertThat(rows).hasSize(4);
    int incl = Arrays.asList(rows.get(0).split(";")).indexOf("totalInclVat");
    long sum =
        rows.subList(1, rows.size()).stream()
            .mapToLong(
                r -> Math.round(Double.parseDouble(r.split(";")[incl].replace(',', '.')) * 100))
            .sum();
    assertThat(sum).isEqualTo(40_177);
    assertThat(rows)
        .anyMatch(r -> r.startsWith(credit.number() + ";CREDIT_NOTE;") && r.contains(";-401,77;"));

    assertThat(
            sql.count(
                "SELECT count(*) FROM audit_event WHERE object_id = ? AND action LIKE 'invoice.%'",
                second.id().toString()))
        .isEqualTo(3); // issued, two payments
  }

  @Test
  void aFranchiseSupplierChargesNoVatAndAHospitalHasFiftyDays() {
    OrderingFixtures f = fixtures();
    OrderingFixtures.Trade trade =
        f.aBuyer("CHU Facturation").buyingFrom("Ressourcerie 293B", "SIAE_ACI").create();
    sql.update(
        "UPDATE organisation SET public_body_type = 'HOSPITAL' WHERE id = ?",
        trade.buyer().org().id());
    billable(trade, "FRANCHISE_293B");
    UUID chair = f.listing(trade.supplier(), "siege-bureau", 5_000, 2000, "LOT", 10);
    OrderViews.Order order = delivered(trade, List.of(line(chair, 3)));
    InvoiceViews.Invoice invoice = issued(trade.supplier().org().admin(), order.id());
    assertThat(invoice.totalExclVatCents()).isEqualTo(15_000);
    assertThat(invoice.totalVatCents()).isZero();
    assertThat(invoice.totalInclVatCents()).isEqualTo(15_000);
    assertThat(invoice.vatMention()).isEqualTo("TVA non applicable, art. 293 B du CGI");
    assertThat(invoice.lines()).extracting(InvoiceViews.Line::vatRateBp).containsOnly(0);
    assertThat(invoice.dueDate()).isEqualTo(TODAY.plusDays(50));
    InvoiceDocument document = ledger.document(invoice.id()).orElseThrow();
    assertThat(document.vat())
        .containsExactly(
            new InvoiceDocument.VatBreakdown(
                "E", 0, 15_000, 0, "TVA non applicable, art. 293 B du CGI"));
    assertThat(document.seller().vatNumber()).isNull();
  }

  @Test
  void theOrderActionsInvoiceAndMarkPaidIssueAndPayARealInvoice() {
    OrderingFixtures f = fixtures();
    OrderingFixtures.Trade trade = f.aBuyer("Mairie Actions").create();
    billable(trade, "LIABLE");
    UUID chair = f.listing(trade.supplier(), "siege-bureau", 10_000, 2000, "LOT", 10);
    UUID id = delivered(trade, List.of(line(chair, 1))).id();
    HttpResponse<OrderViews.Order> invoiced =
        act(trade.supplier().org().admin(), id, "invoice", Map.of());
    assertThat(invoiced.code()).as("%s", invoiced.getBody(Map.class)).isEqualTo(200);
    assertThat(invoiced.body().status()).isEqualTo(OrderStatus.INVOICED);
    OrderViews.InvoiceRef ref = invoiced.body().invoices().get(0);
    assertThat(invoiced.body().invoiceReference()).isEqualTo(ref.number());
    // Issued inside the order action's transaction, its PDF is rendered on first download, kept.
    String stored = "SELECT count(*) FROM invoice WHERE id = ? AND pdf IS NOT NULL";
    assertThat(sql.count(stored, ref.id())).isZero();
    HttpResponse<byte[]> pdf =
        trade
            .buyer()
            .admin()
            .exchange(HttpRequest.GET("/api/invoices/" + ref.id() + "/pdf"), byte[].class);
    assertThat(new String(pdf.body(), StandardCharsets.US_ASCII)).contains(ref.number());
    assertThat(sql.count(stored, ref.id())).isEqualTo(1);
    OrderViews.Order paid = act(trade.buyer().admin(), id, "mark-paid", Map.of()).body();
    assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
    InvoiceViews.Invoice invoice =
        trade.buyer().admin().get("/api/invoices/" + ref.id(), InvoiceViews.Invoice.class);
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(invoice.paidCents()).isEqualTo(12_000);
    assertThat(invoice.payments()).hasSize(1);

    // An accounting tool reads them with an invoices:read token, on either side; never writes.
    for (ApiSession admin : List.of(trade.buyer().admin(), trade.supplier().org().admin())) {
      HttpResponse<Map> token =
          admin.exchange(
              HttpRequest.POST(
                  "/api/organisation/api-tokens",
                  Map.of("name", "Compta", "scopes", List.of("invoices:read"))),
              Map.class);
      assertThat(token.code()).as("%s", token.getBody(Map.class)).isEqualTo(201);
      ApiSession reader =
          ApiSession.bearer(client.toBlocking(), (String) token.body().get("secret"));
      assertThat(invoices(reader, "").items())
          .extracting(InvoiceViews.Invoice::id)
          .containsExactly(ref.id());
      assertThat(reader.exchange(HttpRequest.GET("/api/invoices/export.csv"), String.class).code())
          .isEqualTo(200);
      assertThat(
              reader
                  .exchange(
                      HttpRequest.POST(
                          "/api/invoices/" + ref.id() + "/credit-notes", Map.of("reason", "x")),
                      Map.class)
                  .code())
          .isEqualTo(403);
    }
  }

  @Test
  void theLedgerRecordsAPaymentOnceByItsExternalId() {
    OrderingFixtures f = fixtures();
    OrderingFixtures.Trade trade = f.aBuyer("Mairie Ledger").create();
    billable(trade, "LIABLE");
    UUID chair = f.listing(trade.supplier(), "siege-bureau", 10_000, 2000, "LOT", 10);
    UUID orderId = delivered(trade, List.of(line(chair, 2))).id();
    InvoiceViews.Invoice invoice = issued(trade.supplier().org().admin(), orderId);
    assertThat(ledger.dueCents(invoice.id())).isEqualTo(24_000);
    assertThat(
            ledger.recordPayment(
                invoice.id(), 24_000, TODAY, InvoiceLedger.Method.TRANSFER, "py_1"))
        .isTrue();
    assertThat(
            ledger.recordPayment(
                invoice.id(), 24_000, TODAY, InvoiceLedger.Method.TRANSFER, "py_1"))
        .isFalse();
    assertThat(ledger.dueCents(invoice.id())).isZero();
    assertThat(sql.count("SELECT count(*) FROM invoice_payment WHERE invoice_id = ?", invoice.id()))
        .isEqualTo(1);
    assertThat(OrderingFixtures.order(trade.buyer().admin(), orderId).status())
        .isEqualTo(OrderStatus.PAID);
  }

  @Test
  void anOverdueInvoiceShowsTheInterestAndIndemnityOwed() {
    OrderingFixtures f = fixtures();
    OrderingFixtures.Trade trade = f.aBuyer("Mairie Retard").create();
    billable(trade, "LIABLE");
    UUID chair = f.listing(trade.supplier(), "siege-bureau", 100_000, 2000, "LOT", 10);
    UUID orderId = delivered(trade, List.of(line(chair, 1))).id();
    InvoiceViews.Invoice invoice = issued(trade.supplier().org().admin(), orderId);
    assertThat(invoices(trade.buyer().admin(), "overdue=true").total()).isZero();
    // As if issued 40 days ago: due 10 days ago.
    sql.update(
        "UPDATE invoice SET issue_date = issue_date - 40, due_date = due_date - 40 WHERE id = ?",
        invoice.id());
    List<InvoiceViews.Invoice> overdue = invoices(trade.buyer().admin(), "overdue=true").items();
    assertThat(overdue).extracting(InvoiceViews.Invoice::id).containsExactly(invoice.id());
    InvoiceViews.Invoice late = overdue.get(0);
    assertThat(late.overdue()).isTrue();
    assertThat(late.daysLeft()).isEqualTo(-10L);
    assertThat(late.indemnityCents()).isEqualTo(4_000);
    assertThat(late.ecbRatePercent()).isNotNull();
    // 1 200 € × (rate + 8) % × 10 / 365.
    long expected =
        new java.math.BigDecimal(120_000)
            .multiply(late.ecbRatePercent().add(java.math.BigDecimal.valueOf(8)))
            .multiply(java.math.BigDecimal.TEN)
            .divide(java.math.BigDecimal.valueOf(36_500), 0, java.math.RoundingMode.HALF_UP)
            .longValue();
    assertThat(late.lateInterestCents()).isEqualTo(expected).isPositive();
    assertThat(invoices(trade.buyer().admin(), "kind=CREDIT_NOTE").total()).isZero();
    assertThat(invoices(trade.buyer().admin(), "status=PAID").total()).isZero();
  }
}
