package fr.boucle.reporting;

import static fr.boucle.invoicing.InvoicingFixtures.billable;
import static fr.boucle.invoicing.InvoicingFixtures.delivered;
import static fr.boucle.invoicing.InvoicingFixtures.issued;
import static fr.boucle.ordering.OrderingFixtures.act;
import static fr.boucle.ordering.OrderingFixtures.agreement;
import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.line;
import static fr.boucle.ordering.OrderingFixtures.lot;
import static fr.boucle.ordering.OrderingFixtures.order;
import static fr.boucle.ordering.OrderingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.agreement.AgreementViews;
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
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Inclusive spend of a buyer, recomputed from its orders and suppliers' statuses in SQL. */
@MicronautTest(transactional = false)
class InclusionReportIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Test
  void splitsConsumedSpendBySupplierStatusAndReservedLotsPerMonthToTheCent() throws Exception {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Buyer buyer = f.buyer("Mairie Inclusive", 10_000_000);
    OrderingFixtures.Supplier siae = f.supplier("Atelier Insertion", "SIAE_ACI");
    OrderingFixtures.Supplier ea = f.supplier("Entreprise Adaptée", "EA");
    OrderingFixtures.Supplier other = f.supplier("Négoce Classique", "OTHER");
    AgreementViews.AgreementView agreement =
        f.activeAgreement(
            buyer,
            agreement(
                "AC-INCL-" + UUID.randomUUID().toString().substring(0, 8),
                List.of(
                    lot(
                        1,
                        List.of("mobilier-bureau"),
                        "SIAE",
                        List.of(siae.org().id()),
                        5_000_000,
                        0),
                    lot(
                        2,
                        List.of("mobilier-bureau"),
                        "NONE",
                        List.of(ea.org().id(), other.org().id()),
                        5_000_000,
                        500))));
    UUID siaeChair = f.listing(siae, "siege-bureau", 12_345, 2000, "LOT", 20);
    UUID eaDesk = f.listing(ea, "bureau", 33_333, 2000, "LOT", 20);
    UUID otherChair = f.listing(other, "siege-bureau", 9_999, 2000, "LOT", 20);
    OrderingFixtures.Trade siaeTrade = new OrderingFixtures.Trade(buyer, siae, agreement);

    // SIAE: delivered then invoiced; EA: accepted; other: one ordered, one cancelled.
    OrderViews.Order siaeOrder = delivered(siaeTrade, List.of(line(siaeChair, 3)));
    billable(siaeTrade, "LIABLE");
    issued(siae.org().admin(), siaeOrder.id());
    UUID eaOrder = placed(buyer, "incl-ea", eaDesk, 2);
    assertThat(act(ea.org().admin(), eaOrder, "accept", Map.of()).code()).isEqualTo(200);
    UUID otherOrder = placed(buyer, "incl-other", otherChair, 5);
    UUID cancelled = placed(buyer, "incl-cancelled", otherChair, 1);
    assertThat(act(buyer.requester(), cancelled, "cancel", Map.of()).code()).isEqualTo(200);
    // The EA order was placed last month: it counts in that month's bar.
    sql.update(
        "UPDATE purchase_order SET submitted_at = submitted_at - interval '1 month' WHERE id = ?",
        eaOrder);

    // Expected, from the orders alone: live orders' totals by the supplier's status and the lot's
    // reservation, per month of submission.
    List<Expected> rows =
        sql.list(
            "SELECT to_char(o.submitted_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month,"
                + " s.insertion_status, l.reservation, o.total_excl_vat_cents"
                + " FROM purchase_order o JOIN organisation s ON s.id = o.supplier_id"
                + " JOIN agreement_lot l ON l.id = o.lot_id WHERE o.buyer_id = ?"
                + " AND o.status NOT IN ('CANCELLED', 'REFUSED', 'REJECTED', 'EXPIRED')",
            rs ->
                new Expected(
                    rs.getString("month"),
                    rs.getString("insertion_status"),
                    rs.getString("reservation"),
                    rs.getLong("total_excl_vat_cents")),
            buyer.org().id());
    assertThat(rows).hasSize(3);
    // The ledger agrees with the orders: consumed = committed + invoiced, nothing for the
    // cancelled order.
    assertThat(
            sql.count(
                "SELECT sum(e.committed_excl_vat_cents + e.invoiced_excl_vat_cents)"
                    + " FROM spend_entry e JOIN purchase_order o ON o.id = e.order_id"
                    + " WHERE o.buyer_id = ?",
                buyer.org().id()))
        .isEqualTo(rows.stream().mapToLong(Expected::cents).sum());

    ApiSession admin = buyer.admin();
    HttpResponse<InclusiveReport> answered =
        admin.exchange(HttpRequest.GET("/api/reports/inclusive"), InclusiveReport.class);
    assertThat(answered.code()).as("%s", answered.getBody(Map.class)).isEqualTo(200);
    InclusiveReport report = answered.body();
    long siaeCents = sum(rows, r -> r.status().startsWith("SIAE_"));
    long eaCents = sum(rows, r -> r.status().equals("EA") || r.status().equals("ESAT"));
    long reserved = sum(rows, r -> !r.reservation().equals("NONE"));
    long total = sum(rows, r -> true);
    assertThat(report.totalCents()).isEqualTo(total);
    assertThat(report.siaeCents())
        .isEqualTo(siaeCents)
        .isEqualTo(siaeOrder.totals().exclVatCents());
    assertThat(report.eaEsatCents()).isEqualTo(eaCents).isPositive();
    assertThat(report.reservedLotsCents()).isEqualTo(reserved).isEqualTo(siaeCents);
    assertThat(report.otherCents()).isEqualTo(total - siaeCents - eaCents).isPositive();
    assertThat(report.inclusiveShareBp()).isEqualTo((int) ((siaeCents + eaCents) * 10_000 / total));
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    assertThat(report.to()).isEqualTo(today);
    assertThat(report.months()).hasSize(12);
    assertThat(report.months().get(11).month()).isEqualTo(YearMonth.from(today).toString());
    for (InclusiveReport.Month m : report.months()) {
      List<Expected> of = rows.stream().filter(r -> r.month().equals(m.month())).toList();
      assertThat(m.totalCents()).as(m.month()).isEqualTo(sum(of, r -> true));
      assertThat(m.siaeCents())
          .as(m.month())
          .isEqualTo(sum(of, r -> r.status().startsWith("SIAE_")));
      assertThat(m.eaEsatCents()).as(m.month()).isEqualTo(sum(of, r -> r.status().equals("EA")));
      assertThat(m.reservedLotsCents())
          .as(m.month())
          .isEqualTo(sum(of, r -> !r.reservation().equals("NONE")));
    }
    assertThat(report.months().get(10).eaEsatCents()).isEqualTo(eaCents);

    // The requester (its service) and a spend:read token see the same; filters narrow it.
    assertThat(buyer.requester().get("/api/reports/inclusive", InclusiveReport.class))
        .isEqualTo(report);
    assertThat(
            admin
                .get(
                    "/api/reports/inclusive?serviceId="
                        + buyer.serviceId()
                        + "&agreementId="
                        + agreement.id(),
                    InclusiveReport.class)
                .totalCents())
        .isEqualTo(total);
    InclusiveReport thisMonth =
        admin.get(
            "/api/reports/inclusive?from=" + today.withDayOfMonth(1) + "&to=" + today,
            InclusiveReport.class);
    assertThat(thisMonth.months()).hasSize(1);
    assertThat(thisMonth.eaEsatCents()).isZero();
    assertThat(thisMonth.totalCents()).isEqualTo(total - eaCents);

    // The exports: the months of the JSON, in euros, French headers by default.
    HttpResponse<String> csv =
        admin.exchange(HttpRequest.GET("/api/reports/inclusive.csv"), String.class);
    assertThat(csv.code()).isEqualTo(200);
    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(new java.io.StringReader(csv.body()))
            .getRecords();
    assertThat(records).hasSize(12);
    for (int i = 0; i < 12; i++) {
      InclusiveReport.Month m = report.months().get(i);
      CSVRecord r = records.get(i);
      assertThat(r.get("Mois")).isEqualTo(m.month());
      assertThat(r.get("Total HT (€)")).isEqualTo(euros(m.totalCents()));
      assertThat(r.get("SIAE (€)")).isEqualTo(euros(m.siaeCents()));
      assertThat(r.get("EA/ESAT (€)")).isEqualTo(euros(m.eaEsatCents()));
      assertThat(r.get("Lots réservés (€)")).isEqualTo(euros(m.reservedLotsCents()));
    }
    HttpResponse<byte[]> xlsx =
        admin.exchange(
            HttpRequest.GET("/api/reports/inclusive.xlsx").header("Accept-Language", "en"),
            byte[].class);
    assertThat(xlsx.code()).isEqualTo(200);
    List<List<String>> sheet = sheet(xlsx.body());
    assertThat(sheet.get(0)).startsWith("Month", "Total excl. VAT (€)");
    long xlsxTotal = 0;
    for (int i = 0; i < 12; i++) {
      assertThat(sheet.get(i + 1).get(0)).isEqualTo(report.months().get(i).month());
      xlsxTotal += new BigDecimal(sheet.get(i + 1).get(1)).movePointRight(2).longValueExact();
    }
    assertThat(xlsxTotal).isEqualTo(total);

    // Suppliers get 403; another buyer's agreement or service is a 404; bad dates are named.
    assertThat(
            siae.org()
                .admin()
                .exchange(HttpRequest.GET("/api/reports/inclusive"), Map.class)
                .code())
        .isEqualTo(403);
    OrderingFixtures.Trade stranger = f.aBuyer("Mairie Étrangère").create();
    for (String filter :
        List.of("agreementId=" + stranger.agreement().id(), "serviceId=" + stranger.serviceId())) {
      assertThat(
              admin.exchange(HttpRequest.GET("/api/reports/inclusive?" + filter), Map.class).code())
          .as(filter)
          .isEqualTo(404);
    }
    HttpResponse<Map> backwards =
        admin.exchange(
            HttpRequest.GET("/api/reports/inclusive?from=" + today + "&to=" + today.minusDays(3)),
            Map.class);
    assertThat(backwards.code()).isEqualTo(400);
    assertThat(OrderingFixtures.fields(backwards)).containsExactly("from");
    assertThat(otherOrder).isNotNull();
  }

  private record Expected(String month, String status, String reservation, long cents) {}

  private static UUID placed(OrderingFixtures.Buyer buyer, String key, UUID listing, int qty) {
    return firstOrder(
            submit(
                buyer.requester(),
                key + "-" + UUID.randomUUID(),
                order(buyer.serviceId(), List.of(line(listing, qty)))))
        .id();
  }

  private static long sum(List<Expected> rows, java.util.function.Predicate<Expected> which) {
    return rows.stream().filter(which).mapToLong(Expected::cents).sum();
  }

  static String euros(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  static List<List<String>> sheet(byte[] xlsx) throws java.io.IOException {
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
          var cell = row.getCell(i);
          if (cell == null) {
            cells.add("");
          } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
            cells.add(
                BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString());
          } else {
            cells.add(cell.getStringCellValue());
          }
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
