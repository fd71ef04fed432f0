package fr.boucle.insertion;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.reporting.InsertionHoursReport;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.web.Page;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A supplier declares hours with evidence; the buyer decides; the report and exports follow. */
@MicronautTest(transactional = false)
public class InsertionHoursIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  public static final byte[] PDF =
      "%PDF-1.4\n% feuilles d'heures\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 9, 9};

  @Test
  void declaresHoursWithEvidenceAndTheBuyerAcceptsOrRejectsThem() throws Exception {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Mairie Clause Sociale").buyingFrom("Chantier d'Insertion", "SIAE_ACI").create();
    OrderingFixtures.Trade stranger = f.aBuyer("Mairie Voisine Clause").create();
    ApiSession supplier = trade.supplier().org().admin();
    ApiSession buyer = trade.buyer().admin();
    UUID lot = trade.lotId();

    // The lot is offered to declare on, with its three periods (120 hours target by default).
    List<InsertionViews.DeclarableLot> lots =
        supplier
            .exchange(
                HttpRequest.GET("/api/insertion-hours/lots"),
                Argument.listOf(InsertionViews.DeclarableLot.class))
            .body();
    assertThat(lots).extracting(InsertionViews.DeclarableLot::lotId).containsExactly(lot);
    assertThat(lots.get(0).periods()).hasSize(3);
    assertThat(lots.get(0).targetHours()).isEqualTo(120);

    // Bad input: every field named, nothing written.
    HttpResponse<Map> bad =
        declare(
            supplier,
            "pas-un-id",
            "x",
            "0",
            "heures.gif",
            "GIF89a".getBytes(StandardCharsets.US_ASCII));
    assertThat(bad.code()).isEqualTo(400);
    assertThat(OrderingFixtures.fields(bad))
        .containsExactlyInAnyOrder("lotId", "periodIndex", "hours", "evidence");
    HttpResponse<Map> noFile = declare(supplier, lot.toString(), "9", "12", null, null);
    assertThat(OrderingFixtures.fields(noFile))
        .containsExactlyInAnyOrder("periodIndex", "evidence");
    // Another supplier's lot is not theirs to declare on; a buyer may not declare at all.
    HttpResponse<Map> notMine =
        declare(stranger.supplier().org().admin(), lot.toString(), "0", "10", "a.pdf", PDF);
    assertThat(OrderingFixtures.fields(notMine)).containsExactly("lotId");
    assertThat(declare(buyer, lot.toString(), "0", "10", "a.pdf", PDF).code()).isEqualTo(403);
    assertThat(sql.count("SELECT count(*) FROM insertion_hour_declaration WHERE lot_id = ?", lot))
        .isZero();

    // Three declarations: 30 h and 12 h on the initial period, 5 h on the first renewal.
    InsertionViews.DeclarationView first =
        created(supplier, lot.toString(), "0", "30", "mars.pdf", PDF);
    InsertionViews.DeclarationView second =
        created(supplier, lot.toString(), "0", "12", "avril.png", PNG);
    InsertionViews.DeclarationView third =
        created(supplier, lot.toString(), "1", "5", "C:\\scans\\mai.jpg", JPEG);
    assertThat(first.status()).isEqualTo(DeclarationStatus.DECLARED);
    assertThat(third.evidenceFileName()).isEqualTo("mai.jpg");
    assertThat(first.periodStartsOn()).isEqualTo(lots.get(0).periods().get(0).startsOn());
    Page<InsertionViews.DeclarationView> mine =
        supplier.page("/api/insertion-hours", InsertionViews.DeclarationView.class);
    assertThat(mine.total()).isEqualTo(3);
    assertThat(mine.items())
        .extracting(InsertionViews.DeclarationView::id)
        .contains(third.id(), first.id());

    // Evidence: both sides get the very bytes; others nothing.
    assertThat(evidence(supplier, first.id()).body()).isEqualTo(PDF);
    HttpResponse<byte[]> asBuyer = evidence(buyer, second.id());
    assertThat(asBuyer.body()).isEqualTo(PNG);
    assertThat(asBuyer.getContentType().orElseThrow().toString()).isEqualTo("image/png");
    assertThat(evidence(stranger.buyer().admin(), first.id()).code()).isEqualTo(404);
    assertThat(evidence(stranger.supplier().org().admin(), first.id()).code()).isEqualTo(404);
    assertThat(evidence(trade.requester(), first.id()).code()).isEqualTo(403);

    // Decisions: the buyer admin only; a rejection says why; once decided, it stays.
    assertThat(post(supplier, "/api/insertion-hours/" + first.id() + "/accept", Map.of()).code())
        .isEqualTo(403);
    assertThat(
            post(
                    stranger.buyer().admin(),
                    "/api/insertion-hours/" + first.id() + "/accept",
                    Map.of())
                .code())
        .isEqualTo(404);
    assertThat(post(buyer, "/api/insertion-hours/" + first.id() + "/accept", Map.of()).code())
        .isEqualTo(204);
    assertThat(post(buyer, "/api/insertion-hours/" + first.id() + "/accept", Map.of()).code())
        .isEqualTo(409);
    HttpResponse<Map> noReason =
        post(buyer, "/api/insertion-hours/" + second.id() + "/reject", Map.of("reason", " "));
    assertThat(OrderingFixtures.fields(noReason)).containsExactly("reason");
    assertThat(
            post(
                    buyer,
                    "/api/insertion-hours/" + second.id() + "/reject",
                    Map.of("reason", "Feuilles non signées"))
                .code())
        .isEqualTo(204);

    // The report: planned = 120 × each period's share of the lot maximum (equal periods: 40).
    InsertionHoursReport report =
        buyer.get("/api/reports/insertion-hours", InsertionHoursReport.class);
    assertThat(report.lots()).hasSize(1);
    InsertionHoursReport.Lot row = report.lots().get(0);
    assertThat(row.targetHours()).isEqualTo(120);
    assertThat(row.periods())
        .extracting(InsertionHoursReport.Period::plannedHours)
        .containsExactly(40L, 40L, 40L);
    // Declared and accepted per period, recomputed from the declarations' rows.
    for (InsertionHoursReport.Period p : row.periods()) {
      assertThat(p.declaredHours())
          .isEqualTo(
              sql.count(
                  "SELECT COALESCE(sum(hours), 0) FROM insertion_hour_declaration WHERE lot_id = ? AND period_index = ?",
                  lot,
                  p.periodIndex()));
      assertThat(p.acceptedHours())
          .isEqualTo(
              sql.count(
                  "SELECT COALESCE(sum(hours), 0) FROM insertion_hour_declaration WHERE lot_id = ? AND period_index = ? AND status = 'ACCEPTED'",
                  lot,
                  p.periodIndex()));
    }
    assertThat(row.periods().get(0).declaredHours()).isEqualTo(42);
    assertThat(row.periods().get(0).acceptedHours()).isEqualTo(30);
    assertThat(row.periods().get(1).declaredHours()).isEqualTo(5);
    assertThat(row.declaredHours()).isEqualTo(47);
    assertThat(row.acceptedHours()).isEqualTo(30);
    InsertionHoursReport.Declaration rejected =
        row.declarations().stream()
            .filter(d -> d.id().equals(second.id()))
            .findFirst()
            .orElseThrow();
    assertThat(rejected.status()).isEqualTo(DeclarationStatus.REJECTED);
    assertThat(rejected.rejectionReason()).isEqualTo("Feuilles non signées");
    assertThat(rejected.supplierSiret()).isEqualTo(trade.supplier().siret());
    assertThat(supplier.page("/api/insertion-hours", InsertionViews.DeclarationView.class).items())
        .filteredOn(d -> d.id().equals(second.id()))
        .extracting(InsertionViews.DeclarationView::rejectionReason)
        .containsExactly("Feuilles non signées");

    // The facilitator's export: one row per declaration, the JSON's figures.
    String csv =
        buyer.exchange(HttpRequest.GET("/api/reports/insertion-hours.csv"), String.class).body();
    List<CSVRecord> records =
        CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
    assertThat(records).hasSize(3);
    assertThat(records.stream().mapToLong(r -> Long.parseLong(r.get("Heures déclarées"))).sum())
        .isEqualTo(47);
    assertThat(records.stream().mapToLong(r -> Long.parseLong(r.get("Heures acceptées"))).sum())
        .isEqualTo(30);
    assertThat(records)
        .allSatisfy(r -> assertThat(r.get("SIRET")).isEqualTo(trade.supplier().siret()));
    byte[] xlsx =
        buyer.exchange(HttpRequest.GET("/api/reports/insertion-hours.xlsx"), byte[].class).body();
    List<List<String>> sheet = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row r : book.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < r.getLastCellNum(); i++) {
          cells.add(r.getCell(i) == null ? "" : format.formatCellValue(r.getCell(i)));
        }
        sheet.add(cells);
      }
    }
    assertThat(sheet).hasSize(4);
    for (int i = 0; i < 3; i++) {
      CSVRecord r = records.get(i);
      assertThat(sheet.get(i + 1).subList(0, 11))
          .containsExactly(
              r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7),
              r.get(8), r.get(9), r.get(10));
    }

    // Suppliers get 403 on buyer reports; the other buyer sees no lot of this one.
    assertThat(supplier.exchange(HttpRequest.GET("/api/reports/insertion-hours"), Map.class).code())
        .isEqualTo(403);
    assertThat(
            stranger
                .buyer()
                .admin()
                .exchange(
                    HttpRequest.GET(
                        "/api/reports/insertion-hours?agreementId=" + trade.agreement().id()),
                    Map.class)
                .code())
        .isEqualTo(404);
    assertThat(
            stranger
                .buyer()
                .admin()
                .get("/api/reports/insertion-hours", InsertionHoursReport.class)
                .lots())
        .extracting(InsertionHoursReport.Lot::lotId)
        .doesNotContain(lot);
  }

  public static HttpResponse<Map> declare(
      ApiSession session, String lotId, String period, String hours, String fileName, byte[] file) {
    return session.exchange(request(lotId, period, hours, fileName, file), Map.class);
  }

  static io.micronaut.http.MutableHttpRequest<?> request(
      String lotId, String period, String hours, String fileName, byte[] file) {
    MultipartBody.Builder body =
        MultipartBody.builder()
            .addPart("lotId", lotId)
            .addPart("periodIndex", period)
            .addPart("hours", hours)
            .addPart("comment", "Heures de salariés en parcours");
    if (file != null) {
      body.addPart("evidence", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, file);
    }
    return HttpRequest.POST("/api/insertion-hours", body.build())
        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
  }

  private static InsertionViews.DeclarationView created(
      ApiSession session, String lotId, String period, String hours, String fileName, byte[] file) {
    HttpResponse<InsertionViews.DeclarationView> response =
        session.exchange(
            request(lotId, period, hours, fileName, file), InsertionViews.DeclarationView.class);
    assertThat(response.code()).as("%s", response.getBody(Map.class).orElse(null)).isEqualTo(201);
    assertThat(response.header("Location"))
        .isEqualTo("/api/insertion-hours/" + response.body().id());
    return response.body();
  }

  static HttpResponse<byte[]> evidence(ApiSession session, UUID id) {
    return session.exchange(
        HttpRequest.GET("/api/insertion-hours/" + id + "/evidence"), byte[].class);
  }

  static HttpResponse<Map> post(ApiSession session, String path, Map<String, Object> body) {
    return session.exchange(HttpRequest.POST(path, body), Map.class);
  }
}
