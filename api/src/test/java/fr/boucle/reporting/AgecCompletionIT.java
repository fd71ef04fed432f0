package fr.boucle.reporting;

import static fr.boucle.invoicing.InvoicingFixtures.delivered;
import static fr.boucle.ordering.OrderingFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.pdf.TaggedPdf;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16's AGEC completion and emissions: purchases made elsewhere (entered, imported all or
 * nothing), the buyer's own targets, the exports, the emissions avoided and the yearly PDF, each
 * figure recomputed here from the rows (order lines, the purchases table, the footprint file).
 */
@MicronautTest(transactional = false)
class AgecCompletionIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
  private static final String FURNITURE = "Mobilier et aménagement d'intérieur";
  private static final String APPLIANCES =
      "Gros électroménager, y compris appareils professionnels";
  private static final String TEXTILES =
      "Produits textiles à l'exception des équipements de protection individuels";
  private static final Map<String, String> AGEC_OF =
      Map.of(
          "siege-bureau",
          FURNITURE,
          "refrigerateur",
          APPLIANCES,
          "pc-portable",
          "Matériel informatique et téléphonie");

  @Test
  void completesTheAgecFiguresWithPurchasesElsewhereTargetsEmissionsAndTheYearlyPdf()
      throws Exception {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Département AGEC complet")
            .buyingFrom("Ressourcerie Complète", "SIAE_ACI")
            .lotCovering("mobilier-bureau", "gros-electromenager", "informatique")
            .create();
    ApiSession admin = trade.buyer().admin();
    UUID chair = f.listing(trade.supplier(), "siege-bureau", 8_900, 2000, "LOT", 10);
    UUID fridge = f.listing(trade.supplier(), "refrigerateur", 32_150, 2000, "LOT", 5);
    UUID laptop = f.listing(trade.supplier(), "pc-portable", 27_990, 2000, "LOT", 5);
    OrderViews.Order first = delivered(trade, List.of(line(chair, 3), line(fridge, 2)));
    OrderViews.Order second = delivered(trade, List.of(line(laptop, 1), line(chair, 1)));

    // Purchases elsewhere: a good one, a bad one naming every field, another buyer's is hidden.
    HttpResponse<PurchaseElsewhere> created =
        admin.exchange(
            HttpRequest.POST(
                "/api/reports/agec/purchases",
                purchase(YEAR + "-02-10", TEXTILES, 500_000, 60_000, 15_000, 120_000)),
            PurchaseElsewhere.class);
    assertThat(created.code()).as("%s", created.getBody(Map.class)).isEqualTo(201);
    HttpResponse<Map> bad =
        admin.exchange(
            HttpRequest.POST(
                "/api/reports/agec/purchases",
                purchase(YEAR + "-02-10", "Chaussettes", 1_000, 600, 300, 200)),
            Map.class);
    assertThat(bad.code()).isEqualTo(400);
    assertThat(OrderingFixtures.fields(bad))
        .containsExactly("category", "reuseCents", "donationCents", "recycledCents");
    assertThat(
            trade
                .requester()
                .exchange(
                    HttpRequest.POST(
                        "/api/reports/agec/purchases",
                        purchase(YEAR + "-02-10", TEXTILES, 100, 0, 0, 0)),
                    Map.class)
                .code())
        .isEqualTo(403);

    // An import with bad rows writes nothing and names each bad row and field.
    String header =
        "purchasedOn,category,description,supplierName,totalExclVatCents,reuseCents,"
            + "donationCents,recycledCents\n";
    String badCsv =
        header
            + YEAR
            + "-03-01,\""
            + FURNITURE
            + "\",Chaises,Atelier,200000,150000,0,0\n"
            + "2099-01-01,\""
            + FURNITURE
            + "\",Bureaux,Atelier,1000,2000,0,0\n"
            + YEAR
            + "-03-02,\""
            + FURNITURE
            + "\",,Atelier,x,0,0,0\n";
    HttpResponse<Map> refused =
        importFile(admin, "achats.csv", badCsv.getBytes(StandardCharsets.UTF_8));
    assertThat(refused.code()).isEqualTo(400);
    assertThat(OrderingFixtures.fields(refused))
        .containsExactlyInAnyOrder(
            "rows[3].purchasedOn",
            "rows[3].reuseCents",
            "rows[3].donationCents",
            "rows[3].recycledCents",
            "rows[4].description",
            "rows[4].totalExclVatCents");
    assertThat(countElsewhere(trade)).isEqualTo(1);
    String goodCsv =
        header
            + YEAR
            + "-03-01,\""
            + FURNITURE
            + "\",Chaises,Atelier,200000,150000,0,0\n"
            + YEAR
            + "-04-12,\""
            + FURNITURE
            + "\",Armoires données,Mairie voisine,80000,0,80000,0\n"
            + (YEAR - 1)
            + "-12-31,\""
            + FURNITURE
            + "\",Bureaux,Atelier,99999,0,0,0\n";
    HttpResponse<Map> imported =
        importFile(admin, "achats.csv", goodCsv.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.code()).as("%s", imported.getBody(Map.class)).isEqualTo(201);
    assertThat(imported.body().get("imported")).isEqualTo(3);
    assertThat(countElsewhere(trade)).isEqualTo(4);

    // The paged list, sorted; the year filters.
    HttpResponse<Map> listed =
        admin.exchange(
            HttpRequest.GET(
                "/api/reports/agec/purchases?year=" + YEAR + "&size=2&sort=totalExclVatCents,desc"),
            Map.class);
    assertThat(listed.code()).as("%s", listed.getBody(Map.class)).isEqualTo(200);
    var page =
        admin.page(
            "/api/reports/agec/purchases?year=" + YEAR + "&size=2&sort=totalExclVatCents,desc",
            PurchaseElsewhere.class);
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items())
        .extracting(PurchaseElsewhere::totalExclVatCents)
        .containsExactly(500_000L, 200_000L);

    // Another buyer cannot delete it (404) nor see it.
    OrderingFixtures.Trade other = f.aBuyer("Commune voisine complète").create();
    assertThat(
            other
                .buyer()
                .admin()
                .exchange(
                    HttpRequest.DELETE("/api/reports/agec/purchases/" + created.body().id()),
                    Map.class)
                .code())
        .isEqualTo(404);

    // The buyer's own target for textiles; furniture stays the décret's.
    HttpResponse<AgecTargetRow> set =
        admin.exchange(
            HttpRequest.PUT(
                "/api/reports/agec/targets",
                Map.of(
                    "year",
                    YEAR,
                    "category",
                    TEXTILES,
                    "reuseTargetPercent",
                    10,
                    "recycledTargetPercent",
                    30)),
            AgecTargetRow.class);
    assertThat(set.code()).as("%s", set.getBody(Map.class)).isEqualTo(200);
    assertThat(set.body().origin()).isEqualTo(TargetOrigin.BUYER);
    HttpResponse<Map> badTarget =
        admin.exchange(
            HttpRequest.PUT(
                "/api/reports/agec/targets",
                Map.of("year", YEAR, "category", TEXTILES, "reuseTargetPercent", 101)),
            Map.class);
    assertThat(OrderingFixtures.fields(badTarget)).containsExactly("reuseTargetPercent");

    // The report: Boucle's lines + the purchases elsewhere, recomputed here.
    Map<String, long[]> expected = new HashMap<>(); // total, reuse, donation, recycled
    for (OrderViews.Order o : List.of(first, second)) {
      for (OrderViews.Line l : o.lines()) {
        long[] sums = expected.computeIfAbsent(AGEC_OF.get(l.categoryId()), k -> new long[4]);
        sums[0] += l.lineExclVatCents();
        sums[1] += l.lineExclVatCents();
      }
    }
    sql.list(
        "SELECT category, sum(total_excl_vat_cents), sum(reuse_cents), sum(donation_cents),"
            + " sum(recycled_cents) FROM agec_purchase_elsewhere WHERE buyer_id = ?"
            + " AND extract(year FROM purchased_on) = ? GROUP BY category",
        rs -> {
          long[] sums = expected.computeIfAbsent(rs.getString(1), k -> new long[4]);
          for (int i = 0; i < 4; i++) {
            sums[i] += rs.getLong(i + 2);
          }
          return null;
        },
        trade.buyer().org().id(),
        YEAR);
    AgecReport report = admin.get("/api/reports/agec?year=" + YEAR, AgecReport.class);
    for (AgecReport.Row row : report.categories()) {
      long[] sums = expected.getOrDefault(row.category(), new long[4]);
      assertThat(
              new long[] {
                row.totalExclVatCents(), row.reuseCents(), row.donationCents(), row.recycledCents()
              })
          .as(row.category())
          .containsExactly(sums);
      assertThat(row.reuseCents() + row.donationCents() + row.recycledCents())
          .isLessThanOrEqualTo(row.totalExclVatCents());
    }
    Map<String, AgecReport.Row> rows =
        report.categories().stream().collect(Collectors.toMap(AgecReport.Row::category, r -> r));
    assertThat(rows.get(TEXTILES).targetOrigin()).isEqualTo(TargetOrigin.BUYER);
    assertThat(rows.get(TEXTILES).reuseTargetPercent()).isEqualTo(10);
    // 60,000 + 15,000 of 500,000 = 15 % ≥ 10 %; recycled 24 % < 30 %.
    assertThat(rows.get(TEXTILES).reuseShareBp()).isEqualTo(1_500);
    assertThat(rows.get(TEXTILES).meetsTarget()).isFalse();
    assertThat(rows.get(FURNITURE).targetOrigin()).isEqualTo(TargetOrigin.DECREE);

    // Back to the décret's.
    HttpResponse<AgecTargetRow> reset =
        admin.exchange(
            HttpRequest.DELETE(
                "/api/reports/agec/targets?year="
                    + YEAR
                    + "&category="
                    + java.net.URLEncoder.encode(TEXTILES, StandardCharsets.UTF_8)),
            AgecTargetRow.class);
    assertThat(reset.code()).isEqualTo(200);
    assertThat(reset.body().origin()).isEqualTo(TargetOrigin.DECREE);
    report = admin.get("/api/reports/agec?year=" + YEAR, AgecReport.class);

    // The declaration keeps the schema, with the purchases elsewhere in it.
    String declaration =
        admin
            .exchange(
                HttpRequest.GET("/api/reports/agec-declaration.csv?year=" + YEAR), String.class)
            .body();
    assertThat(DeclarationSchema.load().errors(declaration)).isEmpty();
    assertThat(DeclarationSchema.partsOverTotal(declaration)).isEmpty();
    assertThat(declaration).contains("," + TEXTILES + ",5000.00,600.00,150.00,1200.00,");

    // The CSV and XLSX twins: the same rows, the same totals to the cent.
    String csv =
        admin
            .exchange(
                HttpRequest.GET("/api/reports/agec.csv?year=" + YEAR)
                    .header("Accept-Language", "fr"),
                String.class)
            .body();
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).startsWith("Année,Catégorie AGEC,Montant total HT (EUR)");
    assertThat(lines).hasSize(report.categories().size() + 1);
    long csvTotal = 0;
    for (int i = 1; i < lines.length; i++) {
      List<String> cells = parse(lines[i]);
      csvTotal += new BigDecimal(cells.get(2)).movePointRight(2).longValueExact();
    }
    long jsonTotal =
        report.categories().stream().mapToLong(AgecReport.Row::totalExclVatCents).sum();
    assertThat(csvTotal).isEqualTo(jsonTotal);
    HttpResponse<byte[]> xlsx =
        admin.exchange(
            HttpRequest.GET("/api/reports/agec.xlsx?year=" + YEAR).header("Accept-Language", "en"),
            byte[].class);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue())
          .isEqualTo("Total excl. VAT (EUR)");
      long xlsxTotal = 0;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        xlsxTotal +=
            BigDecimal.valueOf(sheet.getRow(r).getCell(2).getNumericCellValue())
                .movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
      }
      assertThat(xlsxTotal).isEqualTo(jsonTotal);
    }

    // Emissions: units × the production stages of the file, 2 significant digits per row.
    Map<String, Long> units = new LinkedHashMap<>();
    for (OrderViews.Order o : List.of(first, second)) {
      for (OrderViews.Line l : o.lines()) {
        units.merge(l.categoryId(), (long) l.quantity(), Long::sum);
      }
    }
    Map<String, BigDecimal> perUnit = productionStages();
    EmissionsReport emissions =
        admin.get("/api/reports/emissions?year=" + YEAR, EmissionsReport.class);
    Map<String, EmissionsReport.Row> byCategory =
        emissions.rows().stream()
            .collect(Collectors.toMap(EmissionsReport.Row::categoryId, r -> r));
    assertThat(byCategory.keySet()).containsExactlyInAnyOrderElementsOf(units.keySet());
    BigDecimal fridgeAvoided =
        perUnit
            .get("refrigirateur")
            .multiply(BigDecimal.valueOf(units.get("refrigerateur")))
            .round(new MathContext(2, RoundingMode.HALF_UP));
    assertThat(byCategory.get("refrigerateur").units()).isEqualTo(2);
    assertThat(byCategory.get("refrigerateur").productionKgCo2ePerUnit())
        .isEqualByComparingTo(perUnit.get("refrigirateur"));
    assertThat(byCategory.get("refrigerateur").avoidedKgCo2e()).isEqualByComparingTo(fridgeAvoided);
    BigDecimal laptopAvoided =
        perUnit.get("ordinateurportable").round(new MathContext(2, RoundingMode.HALF_UP));
    assertThat(byCategory.get("pc-portable").avoidedKgCo2e()).isEqualByComparingTo(laptopAvoided);
    EmissionsReport.Row chairs = byCategory.get("siege-bureau");
    assertThat(chairs.units()).isEqualTo(4);
    assertThat(chairs.avoidedKgCo2e()).isNull();
    assertThat(chairs.footprintItem()).isNull();
    assertThat(chairs.note()).contains("sièges de bureau");
    assertThat(emissions.totalAvoidedKgCo2e())
        .isEqualByComparingTo(fridgeAvoided.add(laptopAvoided));
    assertThat(emissions.sources()).isNotEmpty();
    assertThat(emissions.sources())
        .extracting(EmissionsReport.SourceRef::licence)
        .contains("Telles que publiées par l’ADEME", "Licence MIT, (c) 2022 Datagir")
        .noneMatch(licence -> licence.contains("As published"));
    assertThat(emissions.method()).contains("étapes de production");
    String emissionsCsv =
        admin
            .exchange(HttpRequest.GET("/api/reports/emissions.csv?year=" + YEAR), String.class)
            .body();
    assertThat(emissionsCsv.split("\r\n")).hasSize(emissions.rows().size() + 1);

    // The yearly PDF opens and carries the year's figures.
    HttpResponse<byte[]> pdf =
        admin.exchange(HttpRequest.GET("/api/reports/yearly.pdf?year=" + YEAR), byte[].class);
    assertThat(pdf.code()).isEqualTo(200);
    assertThat(pdf.getContentType().orElseThrow().toString()).startsWith("application/pdf");
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    assertThat(text).contains("Rapport annuel " + YEAR);
    assertThat(text).contains(frenchEuros(expected.get(TEXTILES)[0]));
    assertThat(text).contains(frenchEuros(expected.get(FURNITURE)[0]));
    assertThat(text).contains(frenchKg(emissions.totalAvoidedKgCo2e()) + " kgCO2e");
    // With the framework spend of the year's lot periods, as the dashboard shows it.
    SpendOverview spend = admin.get("/api/reports/spend", SpendOverview.class);
    SpendOverview.Period current =
        spend.lots().get(0).periods().stream()
            .filter(SpendOverview.Period::current)
            .findFirst()
            .orElseThrow();
    assertThat(text).contains("Consommation des accords-cadres");
    assertThat(text).contains(frenchEuros(current.maximumCents()));
    assertThat(text).contains(frenchEuros(current.committedCents()));
    // And the inclusive spend of the year, as the inclusion tab shows it.
    InclusiveReport inclusive =
        admin.get(
            "/api/reports/inclusive?from=" + YEAR + "-01-01&to=" + YEAR + "-12-31",
            InclusiveReport.class);
    assertThat(text).contains("Achats inclusifs");
    assertThat(text).contains(frenchEuros(inclusive.totalCents()));
    // Tagged for assistive technologies (RGAA 13.3), in French: the admin's language.
    String buyerName =
        sql.one(
                "SELECT legal_name FROM organisation WHERE id = ?",
                rs -> rs.getString(1),
                trade.buyer().org().id())
            .orElseThrow();
    TaggedPdf tagged =
        TaggedPdf.check(pdf.body(), "fr", "Rapport annuel " + YEAR + " — " + buyerName);
    assertThat(tagged.structure).contains("H1", "H2", "Table", "Caption", "TH", "TD");
    assertThat(tagged.structure.stream().filter("H1"::equals)).hasSize(1);

    // The admin switches the interface to English: the same report, in English.
    admin.exchange(HttpRequest.PUT("/api/auth/me/language", Map.of("language", "en")), Map.class);
    byte[] english =
        admin
            .exchange(HttpRequest.GET("/api/reports/yearly.pdf?year=" + YEAR), byte[].class)
            .body();
    TaggedPdf.check(english, "en", "Yearly report " + YEAR + " — " + buyerName);
    // Kept for a person to look at, like the browser tests' screenshots.
    java.nio.file.Path samples =
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf-samples"));
    java.nio.file.Files.write(samples.resolve("rapport-annuel.pdf"), pdf.body());
    java.nio.file.Files.write(samples.resolve("yearly-report.pdf"), english);
    String englishText;
    try (PDDocument doc = Loader.loadPDF(english)) {
      englishText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    assertThat(englishText)
        .contains("Yearly report " + YEAR)
        .contains("Framework agreements consumed")
        .contains("Inclusive purchasing")
        .contains("Emissions avoided by buying reused goods")
        .contains(englishEuros(inclusive.totalCents()))
        .doesNotContain("Consommation des accords-cadres")
        .doesNotContain("Achats inclusifs");
    admin.exchange(HttpRequest.PUT("/api/auth/me/language", Map.of("language", "fr")), Map.class);
    assertThat(
            trade
                .requester()
                .exchange(HttpRequest.GET("/api/reports/yearly.pdf?year=" + YEAR), Map.class)
                .code())
        .isEqualTo(403);

    // Deleting a purchase takes it out of the totals.
    assertThat(
            admin
                .exchange(
                    HttpRequest.DELETE("/api/reports/agec/purchases/" + created.body().id()),
                    Map.class)
                .code())
        .isEqualTo(204);
    AgecReport after = admin.get("/api/reports/agec?year=" + YEAR, AgecReport.class);
    assertThat(
            after.categories().stream()
                .filter(r -> r.category().equals(TEXTILES))
                .findFirst()
                .orElseThrow()
                .totalExclVatCents())
        .isZero();
  }

  private long countElsewhere(OrderingFixtures.Trade trade) {
    return sql.count(
        "SELECT count(*) FROM agec_purchase_elsewhere WHERE buyer_id = ?",
        trade.buyer().org().id());
  }

  private HttpResponse<Map> importFile(ApiSession session, String name, byte[] content) {
    MultipartBody body =
        MultipartBody.builder().addPart("file", name, MediaType.of("text/csv"), content).build();
    return session.exchange(
        HttpRequest.POST("/api/reports/agec/purchases/import", body)
            .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
        Map.class);
  }

  private static Map<String, Object> purchase(
      String date, String category, long total, long reuse, long donation, long recycled) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("purchasedOn", date);
    body.put("category", category);
    body.put("description", "Achat hors Boucle");
    body.put("supplierName", "Fournisseur tiers");
    body.put("totalExclVatCents", total);
    body.put("reuseCents", reuse);
    body.put("donationCents", donation);
    body.put("recycledCents", recycled);
    return body;
  }

  /** The production stages per item, summed straight from the shipped file. */
  private static Map<String, BigDecimal> productionStages() throws Exception {
    Map<String, BigDecimal> sums = new HashMap<>();
    try (InputStream in =
        AgecCompletionIT.class.getResourceAsStream(
            "/reporting/ademe-new-product-footprints.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      for (JsonNode item : root.get("items")) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String stage :
            List.of(
                "raw_materials",
                "supply",
                "shaping",
                "assembly_and_distribution",
                "construction")) {
          JsonNode v = item.get("stages_kgco2e").get(stage);
          if (v != null) {
            sum = sum.add(new BigDecimal(v.asText()));
          }
        }
        sums.put(item.get("slug").asText(), sum);
      }
    }
    return sums;
  }

  private static List<String> parse(String csvLine) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csvLine.length(); i++) {
      char c = csvLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static String englishEuros(long cents) {
    return "€" + String.format(java.util.Locale.ROOT, "%,.2f", BigDecimal.valueOf(cents, 2));
  }

  private static String frenchEuros(long cents) {
    String plain = BigDecimal.valueOf(cents, 2).toPlainString();
    String[] parts = plain.split("\\.");
    StringBuilder grouped = new StringBuilder(parts[0]);
    for (int i = grouped.length() - 3; i > 0; i -= 3) {
      grouped.insert(i, ' ');
    }
    return grouped + "," + parts[1] + " €";
  }

  private static String frenchKg(BigDecimal kg) {
    String plain = kg.stripTrailingZeros().toPlainString();
    String[] parts = plain.split("\\.");
    StringBuilder grouped = new StringBuilder(parts[0]);
    for (int i = grouped.length() - 3; i > 0; i -= 3) {
      grouped.insert(i, ' ');
    }
    return parts.length > 1 ? grouped + "," + parts[1] : grouped.toString();
  }
}
