package fr.boucle.reporting;

import static fr.boucle.invoicing.InvoicingFixtures.billable;
import static fr.boucle.invoicing.InvoicingFixtures.delivered;
import static fr.boucle.invoicing.InvoicingFixtures.issued;
import static fr.boucle.invoicing.InvoicingFixtures.pay;
import static fr.boucle.ordering.OrderingFixtures.created;
import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.line;
import static fr.boucle.ordering.OrderingFixtures.order;
import static fr.boucle.ordering.OrderingFixtures.site;
import static fr.boucle.ordering.OrderingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.invoicing.InvoiceViews;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The framework spend reports against sums computed here straight from the ledger (spend_entry) and
 * the order lines, to the cent; the alerts at 80 % and 100 % through a real SMTP server.
 */
@MicronautTest(transactional = false)
class SpendReportIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  /** Sums of the ledger, recomputed here. */
  record Sums(long maximum, long committed, long invoiced, long paid) {
    long consumed() {
      return committed + invoiced;
    }
  }

  @Test
  void reportsTheLedgerToTheCentPerLotServiceCategorySupplierAndMonthAndAlertsOnceAt80And100() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Mairie Dépenses")
            .buyingFrom("Atelier Dépenses", "SIAE_ACI")
            .upTo(100_000)
            .create();
    ApiSession admin = trade.buyer().admin();
    ApiSession supplier = trade.supplier().org().admin();
    UUID lotId = trade.lotId();
    UUID chair = f.listing(trade.supplier(), "siege-bureau", 10_000, 2000, "LOT", 50);
    UUID desk = f.listing(trade.supplier(), "bureau", 5_000, 2000, "LOT", 50);
    // A desk delivered for 10 € excl. VAT: the category breakdown's delivery row.
    UUID deliveredDesk = f.listing(trade.supplier(), "bureau", 4_000, 2000, "LOT", 5);
    sql.update("UPDATE listing SET delivery_fee_cents = 1000 WHERE id = ?", deliveredDesk);
    UUID serviceTwo =
        UUID.fromString(
            (String)
                created(
                        admin.exchange(
                            HttpRequest.POST(
                                "/api/organisation/services",
                                site("Services techniques", 10_000_000)),
                            Map.class))
                    .get("id"));
    String requesterTwoEmail = "demandeur-st-" + UUID.randomUUID() + "@acheteur.test";
    provisioning.createPerson(
        trade.buyer().org().id(),
        requesterTwoEmail,
        "Paul Martin",
        AccessFixtures.PASSWORD,
        Set.of(Role.REQUESTER),
        Set.of(serviceTwo));
    ApiSession requesterTwo =
        new ApiSession(client.toBlocking()).login(requesterTwoEmail, AccessFixtures.PASSWORD);
    String approverEmail =
        sql.one(
                "SELECT p.email FROM person p JOIN person_role r ON r.person_id = p.id"
                    + " WHERE p.organisation_id = ? AND r.role = 'APPROVER'",
                rs -> rs.getString(1),
                trade.buyer().org().id())
            .orElseThrow();

    // 30 % invoiced and paid (service one), then 20 % (service two): no alert yet.
    billable(trade, "LIABLE");
    OrderViews.Order first = delivered(trade, List.of(line(chair, 2), line(desk, 2)));
    InvoiceViews.Invoice invoice = issued(supplier, first.id());
    assertThat(pay(supplier, invoice.id(), invoice.totalInclVatCents(), TODAY.toString()).code())
        .isEqualTo(201);
    assertThat(OrderingFixtures.order(admin, first.id()).status()).isEqualTo(OrderStatus.PAID);
    place(requesterTwo, serviceTwo, List.of(line(chair, 2)));
    assertThat(alertMails(trade.buyer().org().adminEmail())).isZero();

    // 80 %: one alert, mailed to the admin and the approver; 85 %: nothing more.
    place(trade.requester(), trade.serviceId(), List.of(line(chair, 3)));
    assertThat(alertsReceived(trade.buyer().org().adminEmail(), 1))
        .containsExactly("80 % du maximum atteint : " + reference(trade) + " lot 1");
    assertThat(alertsReceived(approverEmail, 1)).hasSize(1);
    place(requesterTwo, serviceTwo, List.of(line(deliveredDesk, 1)));
    assertThat(alertMails(trade.buyer().org().adminEmail())).isEqualTo(1);
    assertThat(alertMails(approverEmail)).isEqualTo(1);
    SpendAlertList alerts = admin.get("/api/reports/spend/alerts", SpendAlertList.class);
    assertThat(alerts.alerts())
        .extracting(SpendAlertList.Alert::threshold, SpendAlertList.Alert::consumedBp)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(80, 8_000));

    // 100 %: the second alert.
    place(trade.requester(), trade.serviceId(), List.of(line(chair, 1), line(desk, 1)));
    assertThat(alertsReceived(trade.buyer().org().adminEmail(), 2).get(1))
        .isEqualTo("Maximum atteint : " + reference(trade) + " lot 1");
    assertThat(alertMails(trade.buyer().org().adminEmail())).isEqualTo(2);
    alerts = admin.get("/api/reports/spend/alerts", SpendAlertList.class);
    assertThat(alerts.alerts())
        .extracting(SpendAlertList.Alert::threshold)
        .containsExactly(100, 80);
    assertThat(alerts.alerts().get(0).lotId()).isEqualTo(lotId);
    assertThat(alerts.alerts().get(0).consumedBp()).isEqualTo(10_000);

    // The overview against the ledger: the whole organisation, one service, the approver's.
    SpendOverview all = admin.get("/api/reports/spend", SpendOverview.class);
    checkOverview(all, lotId, null);
    SpendOverview.Period current = currentPeriod(all);
    assertThat(current.consumedBp()).isEqualTo(10_000);
    assertThat(current.remainingCents()).isZero();
    assertThat(current.alert()).isEqualTo(SpendRule.Alert.REACHED);
    assertThat(current.paidCents()).isEqualTo(first.totals().exclVatCents()).isPositive();
    assertThat(current.invoicedCents()).isEqualTo(first.totals().exclVatCents());
    SpendOverview two =
        admin.get("/api/reports/spend?serviceId=" + serviceTwo, SpendOverview.class);
    checkOverview(two, lotId, serviceTwo);
    assertThat(currentPeriod(two).consumedBp()).isEqualTo(2_500);
    assertThat(currentPeriod(two).alert()).as("the lot's alert").isEqualTo(SpendRule.Alert.REACHED);
    SpendOverview approver =
        trade.buyer().approver().get("/api/reports/spend", SpendOverview.class);
    checkOverview(approver, lotId, trade.serviceId());
    assertThat(
            trade
                .buyer()
                .approver()
                .exchange(HttpRequest.GET("/api/reports/spend?serviceId=" + serviceTwo), Map.class)
                .code())
        .as("not the approver's service")
        .isEqualTo(404);
    SpendOverview byAgreement =
        admin.get("/api/reports/spend?agreementId=" + trade.agreement().id(), SpendOverview.class);
    assertThat(byAgreement.lots()).isEqualTo(all.lots());

    // Breakdowns: each against the ledger or the order lines, totals equal for every grouping.
    Map<String, SpendBreakdown> byKind = new HashMap<>();
    for (String by : List.of("service", "category", "supplier", "month")) {
      SpendBreakdown b = admin.get("/api/reports/spend/breakdown?by=" + by, SpendBreakdown.class);
      byKind.put(by, b);
      assertThat(b.totals().consumedCents()).isEqualTo(100_000);
      assertThat(b.totals())
          .isEqualTo(sumOf(b.rows()))
          .isEqualTo(
              new SpendBreakdown.Amounts(
                  all.totals().committedCents(),
                  all.totals().invoicedCents(),
                  all.totals().paidCents(),
                  all.totals().committedCents() + all.totals().invoicedCents()));
    }
    assertThat(rowsByKey(byKind.get("service")))
        .isEqualTo(ledgerBy("o.service_id::text", trade.buyer().org().id()));
    assertThat(rowsByKey(byKind.get("supplier")))
        .isEqualTo(ledgerBy("o.supplier_id::text", trade.buyer().org().id()));
    assertThat(rowsByKey(byKind.get("category"))).isEqualTo(linesByCategory(trade));
    assertThat(byKind.get("category").rows())
        .extracting(SpendBreakdown.Row::label)
        .doesNotContain("siege-bureau");
    SpendBreakdown months = byKind.get("month");
    assertThat(months.rows()).hasSize(12);
    assertThat(months.rows().get(11).key()).isEqualTo(YearMonth.from(TODAY).toString());
    assertThat(months.rows().get(11).consumedCents()).isEqualTo(100_000);
    assertThat(months.rows().subList(0, 11))
        .allSatisfy(r -> assertThat(r.consumedCents()).isZero());
    SpendBreakdown serviceTwoOnly =
        admin.get(
            "/api/reports/spend/breakdown?by=category&serviceId=" + serviceTwo,
            SpendBreakdown.class);
    assertThat(serviceTwoOnly.totals().consumedCents())
        .isEqualTo(ledger(lotId, serviceTwo).consumed())
        .isEqualTo(25_000);
    SpendBreakdown approverServices =
        trade
            .buyer()
            .approver()
            .get("/api/reports/spend/breakdown?by=service", SpendBreakdown.class);
    assertThat(approverServices.rows())
        .extracting(SpendBreakdown.Row::key)
        .containsExactly(trade.serviceId().toString());
    assertThat(approverServices.totals().consumedCents())
        .isEqualTo(ledger(lotId, trade.serviceId()).consumed());
    HttpResponse<Map> bad =
        admin.exchange(HttpRequest.GET("/api/reports/spend/breakdown?by=colour"), Map.class);
    assertThat(bad.code()).isEqualTo(400);
    assertThat(OrderingFixtures.fields(bad)).containsExactly("by");

    // The exports agree with the JSON to the cent.
    checkExports(admin, all, byKind.get("supplier"));

    // A spend:read token reads what the admin reads; a supplier is refused; another buyer's
    // agreement or service is missing.
    ApiSession token = tokenSession(admin, "spend:read");
    assertThat(token.get("/api/reports/spend", SpendOverview.class).lots()).isEqualTo(all.lots());
    assertThat(token.get("/api/reports/spend/breakdown?by=supplier", SpendBreakdown.class).rows())
        .isEqualTo(byKind.get("supplier").rows());
    for (String path :
        List.of(
            "/api/reports/spend",
            "/api/reports/spend/breakdown?by=month",
            "/api/reports/spend/alerts",
            "/api/reports/spend.csv")) {
      assertThat(supplier.exchange(HttpRequest.GET(path), Map.class).code())
          .as(path)
          .isEqualTo(403);
    }
    OrderingFixtures.Trade other = f.aBuyer("Mairie Voisine Dépenses").create();
    for (String path :
        List.of(
            "/api/reports/spend?agreementId=" + other.agreement().id(),
            "/api/reports/spend?serviceId=" + other.serviceId(),
            "/api/reports/spend/breakdown?by=month&agreementId=" + other.agreement().id(),
            "/api/reports/spend.xlsx?serviceId=" + other.serviceId())) {
      assertThat(admin.exchange(HttpRequest.GET(path), Map.class).code()).as(path).isEqualTo(404);
    }
    assertThat(
            other.buyer().admin().get("/api/reports/spend/alerts", SpendAlertList.class).alerts())
        .isEmpty();
  }

  private static void place(ApiSession requester, UUID serviceId, List<Map<String, Object>> lines) {
    HttpResponse<OrderViews.Submitted> placed =
        submit(requester, "spend-" + UUID.randomUUID(), order(serviceId, lines));
    assertThat(placed.code()).as("%s", placed.getBody(Map.class)).isEqualTo(201);
    firstOrder(placed);
  }

  private static String reference(OrderingFixtures.Trade trade) {
    return trade.agreement().reference();
  }

  /** The alert mails queued for an address: the outbox is where each is recorded once. */
  private long alertMails(String email) {
    return sql.count(
        "SELECT count(*) FROM mail_outbox WHERE recipient = ? AND subject ILIKE '%maximum atteint :%'",
        email);
  }

  /** The subjects of the alert mails an address received, once at least {@code count} came. */
  private static List<String> alertsReceived(String email, int count) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              List<String> subjects = new ArrayList<>();
              for (MimeMessage m : mail.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(email)
                    && m.getSubject().toLowerCase().contains("maximum atteint :")) {
                  subjects.add(m.getSubject());
                }
              }
              return subjects;
            },
            subjects -> subjects.size() >= count);
  }

  private static SpendOverview.Period currentPeriod(SpendOverview o) {
    return o.lots().get(0).periods().stream()
        .filter(SpendOverview.Period::current)
        .findFirst()
        .orElseThrow();
  }

  /** Every period of the lot and the totals equal the ledger's sums, of one service if given. */
  private void checkOverview(SpendOverview o, UUID lotId, UUID serviceId) {
    assertThat(o.lots()).hasSize(1);
    SpendOverview.Lot lot = o.lots().get(0);
    assertThat(lot.lotId()).isEqualTo(lotId);
    Map<Integer, Sums> expected = ledgerPeriods(lotId, serviceId);
    assertThat(lot.periods()).hasSize(expected.size());
    long maximum = 0;
    long committed = 0;
    long invoiced = 0;
    long paid = 0;
    for (SpendOverview.Period p : lot.periods()) {
      Sums s = expected.get(p.periodIndex());
      assertThat(new Sums(p.maximumCents(), p.committedCents(), p.invoicedCents(), p.paidCents()))
          .as("period %s", p.periodIndex())
          .isEqualTo(s);
      assertThat(p.remainingCents()).isEqualTo(s.maximum() - s.consumed());
      assertThat(p.consumedBp()).isEqualTo((int) (s.consumed() * 10_000 / s.maximum()));
      assertThat(p.current())
          .isEqualTo(!TODAY.isBefore(p.startsOn()) && !TODAY.isAfter(p.endsOn()));
      maximum += s.maximum();
      committed += s.committed();
      invoiced += s.invoiced();
      paid += s.paid();
    }
    assertThat(o.totals())
        .isEqualTo(
            new SpendOverview.Figures(
                maximum,
                committed,
                invoiced,
                paid,
                maximum - committed - invoiced,
                (int) ((committed + invoiced) * 10_000 / maximum)));
  }

  private Map<Integer, Sums> ledgerPeriods(UUID lotId, UUID serviceId) {
    Map<Integer, Sums> sums = new HashMap<>();
    sql.list(
        "SELECT p.period_index, p.maximum_excl_vat_cents,"
            + " COALESCE(SUM(e.committed_excl_vat_cents), 0),"
            + " COALESCE(SUM(e.invoiced_excl_vat_cents), 0),"
            + " COALESCE(SUM(e.paid_excl_vat_cents), 0)"
            + " FROM lot_period p LEFT JOIN spend_entry e ON e.lot_id = p.lot_id"
            + " AND e.period_index = p.period_index AND (?::uuid IS NULL OR e.service_id = ?)"
            + " WHERE p.lot_id = ? GROUP BY p.period_index, p.maximum_excl_vat_cents",
        rs ->
            sums.put(
                rs.getInt(1), new Sums(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))),
        serviceId,
        serviceId,
        lotId);
    return sums;
  }

  private Sums ledger(UUID lotId, UUID serviceId) {
    return ledgerPeriods(lotId, serviceId).values().stream()
        .reduce(
            new Sums(0, 0, 0, 0),
            (a, b) ->
                new Sums(
                    a.maximum() + b.maximum(),
                    a.committed() + b.committed(),
                    a.invoiced() + b.invoiced(),
                    a.paid() + b.paid()));
  }

  private static Map<String, List<Long>> rowsByKey(SpendBreakdown b) {
    Map<String, List<Long>> rows = new HashMap<>();
    for (SpendBreakdown.Row r : b.rows()) {
      assertThat(r.consumedCents()).isEqualTo(r.committedCents() + r.invoicedCents());
      rows.put(r.key(), List.of(r.committedCents(), r.invoicedCents(), r.paidCents()));
    }
    return rows;
  }

  private static SpendBreakdown.Amounts sumOf(List<SpendBreakdown.Row> rows) {
    long c = 0;
    long i = 0;
    long p = 0;
    for (SpendBreakdown.Row r : rows) {
      c += r.committedCents();
      i += r.invoicedCents();
      p += r.paidCents();
    }
    return new SpendBreakdown.Amounts(c, i, p, c + i);
  }

  /** The ledger's sums of the buyer's orders grouped by a column of the order. */
  private Map<String, List<Long>> ledgerBy(String key, UUID buyerId) {
    Map<String, List<Long>> rows = new HashMap<>();
    sql.list(
        "SELECT "
            + key
            + ", SUM(e.committed_excl_vat_cents), SUM(e.invoiced_excl_vat_cents),"
            + " SUM(e.paid_excl_vat_cents) FROM spend_entry e"
            + " JOIN purchase_order o ON o.id = e.order_id WHERE o.buyer_id = ? GROUP BY 1",
        rs -> rows.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4))),
        buyerId);
    return rows;
  }

  /**
   * From the order lines and the orders' statuses alone (not the ledger): a line is committed until
   * its order is invoiced, invoiced from then on, paid when its order is.
   */
  private Map<String, List<Long>> linesByCategory(OrderingFixtures.Trade trade) {
    Map<String, List<Long>> rows = new HashMap<>();
    sql.list(
        "SELECT l.category_id,"
            + " COALESCE(SUM(l.line_excl_vat_cents) FILTER (WHERE o.status NOT IN ('INVOICED',"
            + " 'PAID')), 0), COALESCE(SUM(l.line_excl_vat_cents) FILTER (WHERE o.status IN"
            + " ('INVOICED', 'PAID')), 0), COALESCE(SUM(l.line_excl_vat_cents) FILTER (WHERE"
            + " o.status = 'PAID'), 0) FROM order_line l JOIN purchase_order o ON o.id = l.order_id"
            + " WHERE o.buyer_id = ? GROUP BY 1",
        rs -> rows.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4))),
        trade.buyer().org().id());
    sql.list(
        "SELECT COALESCE(SUM(delivery_fee_excl_vat_cents) FILTER (WHERE status NOT IN"
            + " ('INVOICED', 'PAID')), 0), COALESCE(SUM(delivery_fee_excl_vat_cents) FILTER"
            + " (WHERE status IN ('INVOICED', 'PAID')), 0), COALESCE(SUM(delivery_fee_excl_vat_cents)"
            + " FILTER (WHERE status = 'PAID'), 0) FROM purchase_order WHERE buyer_id = ?",
        rs -> rows.put("delivery", List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))),
        trade.buyer().org().id());
    assertThat(rows.get("delivery")).as("the delivered desk's fee").containsExactly(1_000L, 0L, 0L);
    return rows;
  }

  private void checkExports(ApiSession admin, SpendOverview all, SpendBreakdown bySupplier) {
    List<SpendOverview.Period> periods = all.lots().get(0).periods();
    // CSV, French headers by default.
    String csv = admin.get("/api/reports/spend.csv", String.class);
    List<CSVRecord> records = parse(csv);
    assertThat(records.get(0).get(0)).isEqualTo("Accord-cadre");
    assertThat(records).hasSize(1 + periods.size());
    for (int i = 0; i < periods.size(); i++) {
      CSVRecord r = records.get(i + 1);
      SpendOverview.Period p = periods.get(i);
      assertThat(
              List.of(
                  cents(r.get(8)),
                  cents(r.get(9)),
                  cents(r.get(10)),
                  cents(r.get(11)),
                  cents(r.get(12))))
          .isEqualTo(
              List.of(
                  p.maximumCents(),
                  p.committedCents(),
                  p.invoicedCents(),
                  p.paidCents(),
                  p.remainingCents()));
    }
    String english =
        admin
            .exchange(
                HttpRequest.GET("/api/reports/spend/breakdown.csv?by=supplier")
                    .header("Accept-Language", "en"),
                String.class)
            .body();
    List<CSVRecord> rows = parse(english);
    assertThat(rows.get(0).get(0)).isEqualTo("Key");
    assertThat(rows).hasSize(1 + bySupplier.rows().size());
    for (int i = 0; i < bySupplier.rows().size(); i++) {
      SpendBreakdown.Row b = bySupplier.rows().get(i);
      CSVRecord r = rows.get(i + 1);
      assertThat(r.get(0)).isEqualTo(b.key());
      assertThat(List.of(cents(r.get(2)), cents(r.get(3)), cents(r.get(4)), cents(r.get(5))))
          .isEqualTo(
              List.of(b.committedCents(), b.invoicedCents(), b.paidCents(), b.consumedCents()));
    }
    // XLSX, read back with POI: the totals of every column equal the JSON's.
    HttpResponse<byte[]> xlsx =
        admin.exchange(HttpRequest.GET("/api/reports/spend.xlsx"), byte[].class);
    assertThat(xlsx.getContentType().orElseThrow().toString()).contains("spreadsheetml");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(periods.size());
      long[] totals = new long[5];
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        for (int c = 0; c < 5; c++) {
          totals[c] += cents(row.getCell(8 + c).getNumericCellValue());
        }
      }
      SpendOverview.Figures t = all.totals();
      assertThat(totals)
          .containsExactly(
              t.maximumCents(),
              t.committedCents(),
              t.invoicedCents(),
              t.paidCents(),
              t.remainingCents());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<CSVRecord> parse(String csv) {
    try {
      return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static long cents(String euros) {
    assertThat(euros).matches("-?\\d+\\.\\d{2}");
    return new BigDecimal(euros).movePointRight(2).longValueExact();
  }

  private static long cents(double euros) {
    return BigDecimal.valueOf(euros)
        .setScale(2, RoundingMode.HALF_UP)
        .movePointRight(2)
        .longValueExact();
  }

  private ApiSession tokenSession(ApiSession admin, String scope) {
    HttpResponse<Map> token =
        admin.exchange(
            HttpRequest.POST(
                "/api/organisation/api-tokens",
                Map.of("name", "Rapports " + scope, "scopes", List.of(scope))),
            Map.class);
    assertThat(token.code()).as("%s", token.getBody(Map.class)).isEqualTo(201);
    return ApiSession.bearer(client.toBlocking(), (String) token.body().get("secret"));
  }
}
