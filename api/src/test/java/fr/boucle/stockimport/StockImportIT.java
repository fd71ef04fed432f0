package fr.boucle.stockimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.stockimport.internal.ImportSettings;
import fr.boucle.stockimport.internal.UploadedFiles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk import of listings through the HTTP API, against the real PostgreSQL. */
@MicronautTest(transactional = false)
@SuppressWarnings({"unchecked", "rawtypes"})
class StockImportIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  private static final String FRENCH_HEADER =
      "Référence;Désignation;Catégorie;État;Origine;Prix HT;TVA;Quantité;Marque\n";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Sql sql;
  @Inject ImportSettings importSettings;
  @Inject UploadedFiles uploadedFiles;
  @Inject javax.sql.DataSource dataSource;

  AccessFixtures fixtures;
  AccessFixtures.Org supplier;

  @BeforeEach
  void supplierWithADepot() {
    fixtures = new AccessFixtures(client.toBlocking());
    supplier = fixtures.supplier("Recyclerie Import " + System.nanoTime());
    depot(supplier.admin(), "Dépôt de Montreuil");
  }

  static String depot(ApiSession admin, String name) {
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("name", name);
    site.put("street", "12 rue des Ateliers");
    site.put("postcode", "93100");
    site.put("city", "Montreuil");
    site.put("department", "93");
    site.put("latitude", 48.8638);
    site.put("longitude", 2.4485);
    HttpResponse<Map> r =
        admin.exchange(HttpRequest.POST("/api/organisation/depots", site), Map.class);
    assertThat(r.code()).isEqualTo(201);
    return (String) r.body().get("id");
  }

  /**
   * An all-or-nothing import never holds some listings while it waits for another: with one of its
   * listings locked by someone else (an order in progress), the others stay free to change, and the
   * import goes through once the lock is gone.
   */
  @Test
  void anAllOrNothingImportNeverHoldsItsListingsWhileWaiting() throws Exception {
    StringBuilder first = new StringBuilder(FRENCH_HEADER);
    StringBuilder second = new StringBuilder(FRENCH_HEADER);
    for (int i = 1; i <= 20; i++) {
      first
          .append("LOCK-")
          .append(i)
          .append(";Chaise empilable;chaise;Bon état;Réemploi;12,50;20;5;\n");
      second
          .append("LOCK-")
          .append(i)
          .append(";Chaise empilable;chaise;Bon état;Réemploi;12,50;20;9;\n");
    }
    Map created =
        run(supplier.admin(), jobId(uploaded("a.csv", utf8WithBom(first.toString()))), "PARTIAL");
    assertThat(created.get("status")).isEqualTo("DONE");
    List<UUID> ids =
        sql.list(
            "SELECT id FROM listing WHERE supplier_id = ? AND sku LIKE 'LOCK-%' ORDER BY id",
            rs -> (UUID) rs.getObject(1), supplier.id());
    assertThat(ids).hasSize(20);
    UUID last = ids.get(19); // the import would lock the 19 others first, in id order

    javax.sql.DataSource pool =
        io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource);
    try (java.sql.Connection holder = pool.getConnection();
        java.sql.Connection other = pool.getConnection()) {
      holder.setAutoCommit(false);
      try (var st = holder.prepareStatement("SELECT 1 FROM listing WHERE id = ? FOR UPDATE")) {
        st.setObject(1, last);
        st.executeQuery();
      }
      String id = jobId(uploaded("b.csv", utf8WithBom(second.toString())));
      HttpResponse<Map> started =
          post(
              supplier.admin(),
              "/api/stock/imports/" + id + "/run",
              Map.of("mode", "ALL_OR_NOTHING"));
      assertThat(started.code()).isEqualTo(202);
      Map job = supplier.admin().get("/api/stock/imports/" + id, Map.class);
      for (int i = 0; i < 300 && !"WRITING".equals(job.get("phase")); i++) {
        Thread.sleep(100);
        job = supplier.admin().get("/api/stock/imports/" + id, Map.class);
      }
      assertThat(job.get("phase")).as("%s", job).isEqualTo("WRITING");
      // While the import waits for the last listing, each of the others can change at once.
      other.setAutoCommit(true);
      try (var st = other.createStatement()) {
        st.execute("SET lock_timeout = '2s'");
      }
      for (UUID free : ids.subList(0, 19)) {
        try (var st = other.prepareStatement("UPDATE listing SET title = title WHERE id = ?")) {
          st.setObject(1, free);
          assertThat(st.executeUpdate()).isEqualTo(1);
        }
      }
      holder.rollback();
      for (int i = 0; i < 300 && "RUNNING".equals(job.get("status")); i++) {
        Thread.sleep(100);
        job = supplier.admin().get("/api/stock/imports/" + id, Map.class);
      }
      assertThat(job.get("status")).as("%s", job).isEqualTo("DONE");
    }
    assertThat(
            sql.count(
                "SELECT count(*) FROM listing WHERE supplier_id = ? AND sku LIKE 'LOCK-%'"
                    + " AND available_quantity = 9",
                supplier.id()))
        .isEqualTo(20);
    assertThat(sql.count("SELECT count(*) FROM stock_import_stage")).isZero();
  }

  // ---- helpers ----------------------------------------------------------------------------

  static HttpResponse<Map> upload(ApiSession s, String name, byte[] content) {
    MultipartBody body =
        MultipartBody.builder()
            .addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, content)
            .build();
    return s.exchange(
        HttpRequest.POST("/api/stock/imports", body)
            .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
        Map.class);
  }

  private static byte[] utf8WithBom(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private Map uploaded(String name, byte[] content) {
    HttpResponse<Map> r = upload(supplier.admin(), name, content);
    assertThat(r.code()).as("upload %s", r.getBody(Map.class)).isEqualTo(201);
    return r.body();
  }

  private static String jobId(Map uploaded) {
    return (String) ((Map) uploaded.get("job")).get("id");
  }

  private HttpResponse<Map> post(ApiSession s, String path, Object body) {
    return s.exchange(HttpRequest.POST(path, body), Map.class);
  }

  private Map preview(String id) {
    HttpResponse<Map> r = post(supplier.admin(), "/api/stock/imports/" + id + "/preview", Map.of());
    assertThat(r.code()).as("preview %s", r.getBody(Map.class)).isEqualTo(200);
    return r.body();
  }

  /** Runs the import and waits until it has finished (bounded, not a timing assertion). */
  private Map run(ApiSession s, String id, String mode) throws InterruptedException {
    HttpResponse<Map> started = post(s, "/api/stock/imports/" + id + "/run", Map.of("mode", mode));
    assertThat(started.code()).as("run %s", started.getBody(Map.class)).isEqualTo(202);
    for (int i = 0; i < 600; i++) {
      Map job = s.get("/api/stock/imports/" + id, Map.class);
      if (!"RUNNING".equals(job.get("status"))) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("import " + id + " still running after 60 s");
  }

  private List<Map> listings() {
    Map page = supplier.admin().get("/api/stock/listings?size=100&sort=sku", Map.class);
    return (List<Map>) page.get("items");
  }

  private Map listingBySku(String sku) {
    return listings().stream()
        .filter(l -> sku.equals(l.get("sku")))
        .findFirst()
        .map(l -> supplier.admin().get("/api/stock/listings/" + l.get("id"), Map.class))
        .orElseThrow(() -> new AssertionError("no listing " + sku));
  }

  private long ledgerRows() {
    return sql.count(
        "SELECT count(*) FROM stock_movement m JOIN listing l ON l.id = m.listing_id"
            + " WHERE l.supplier_id = ?",
        supplier.id());
  }

  private static Map<String, String> fieldErrors(HttpResponse<?> r) {
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) ApiSession.problem(r).get("errors");
    Map<String, String> byField = new HashMap<>();
    errors.forEach(e -> byField.put((String) e.get("field"), (String) e.get("message")));
    return byField;
  }

  private String errorsCsv(String id) {
    HttpResponse<byte[]> r =
        supplier
            .admin()
            .exchange(HttpRequest.GET("/api/stock/imports/" + id + "/errors.csv"), byte[].class);
    assertThat(r.code()).isEqualTo(200);
    byte[] bytes = r.body();
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    assertThat(bytes[1]).isEqualTo((byte) 0xBB);
    assertThat(bytes[2]).isEqualTo((byte) 0xBF);
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  // ---- tests ------------------------------------------------------------------------------

  @Test
  void importsAFrenchUtf8CsvWithSemicolonsAndFrenchDecimals() throws Exception {
    String csv =
        FRENCH_HEADER
            + "FRIGO-1;Réfrigérateur combiné;Réfrigérateur;très bon état;Reconditionné;1\u00A0234,50;20;3;Bosch\n"
            + "\n"
            + "CHAISE-1;Chaise empilable;chaise;Bon état;réemploi;12,5;20;40;\n";
    Map up = uploaded("stock.csv", utf8WithBom(csv));
    Map job = (Map) up.get("job");
    assertThat(job.get("format")).isEqualTo("CSV");
    assertThat(job.get("encoding")).isEqualTo("UTF-8 (BOM)");
    assertThat(job.get("separator")).isEqualTo(";");
    assertThat(job.get("totalLines")).isEqualTo(2);
    assertThat((List<String>) job.get("headers")).startsWith("Référence", "Désignation");
    assertThat((Map<String, String>) job.get("mapping"))
        .containsEntry("Référence", "sku")
        .containsEntry("Désignation", "title")
        .containsEntry("Catégorie", "categoryId")
        .containsEntry("État", "condition")
        .containsEntry("Origine", "origin")
        .containsEntry("Prix HT", "priceExclVat")
        .containsEntry("TVA", "vatRate")
        .containsEntry("Quantité", "quantity")
        .containsEntry("Marque", "brand");
    assertThat((List<List<String>>) up.get("sample")).hasSize(2);

    String id = jobId(up);
    Map dry = preview(id);
    assertThat(dry.get("wouldCreate")).isEqualTo(2);
    assertThat(dry.get("rejected")).isEqualTo(0);
    assertThat(listings()).isEmpty(); // a dry run writes nothing

    Map done = run(supplier.admin(), id, "PARTIAL");
    assertThat(done.get("status")).isEqualTo("DONE");
    assertThat(done.get("created")).isEqualTo(2);
    assertThat(done.get("processedLines")).isEqualTo(2);

    Map fridge = listingBySku("FRIGO-1");
    assertThat(fridge.get("priceExclVat").toString()).isEqualTo("1234.50");
    assertThat(fridge.get("condition")).isEqualTo("TRES_BON_ETAT");
    assertThat(fridge.get("origin")).isEqualTo("RECONDITIONNE");
    assertThat(fridge.get("categoryId")).isEqualTo("refrigerateur");
    assertThat(fridge.get("availableQuantity")).isEqualTo(3);
    assertThat(listingBySku("CHAISE-1").get("priceExclVat").toString()).isEqualTo("12.50");
  }

  @Test
  void readsAWindows1252CsvWithCommasAndKeepsItsAccents() throws Exception {
    String csv =
        "SKU,Titre,Catégorie,État,Origine,Prix,Stock\n"
            + "CAN-1,\"Canapé d'angle, velours côtelé – très confortable\",canape,Comme neuf,Réemploi,\"149,90\",1\n";
    Map up = uploaded("ancien-export.csv", csv.getBytes(Charset.forName("windows-1252")));
    Map job = (Map) up.get("job");
    assertThat(job.get("encoding")).isEqualTo("windows-1252");
    assertThat(job.get("separator")).isEqualTo(",");
    assertThat((List<String>) job.get("headers")).contains("Catégorie", "État");
    Map done = run(supplier.admin(), jobId(up), "PARTIAL");
    assertThat(done.get("created")).isEqualTo(1);
    Map sofa = listingBySku("CAN-1");
    assertThat(sofa.get("title")).isEqualTo("Canapé d'angle, velours côtelé – très confortable");
    assertThat(sofa.get("priceExclVat").toString()).isEqualTo("149.90");
  }

  @Test
  void importsAnXlsxWorkbookAllOrNothing() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook wb = new SXSSFWorkbook(50)) {
      SXSSFSheet sheet = wb.createSheet("Stock");
      Object[][] rows = {
        {"Référence", "Désignation", "Catégorie", "État", "Origine", "Prix HT", "Quantité"},
        {
          "PC-1",
          "Ordinateur portable 14 pouces",
          "Ordinateur portable",
          "Bon état",
          "Reconditionné",
          249.9,
          5.0
        },
        {"PC-2", "Ordinateur fixe compact", "pc-fixe", "Comme neuf", "Reconditionné", 180.0, 2.0},
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] instanceof Double d) {
            row.createCell(c).setCellValue(d);
          } else {
            row.createCell(c).setCellValue((String) rows[r][c]);
          }
        }
      }
      wb.write(out);
    }
    Map up = uploaded("stock.xlsx", out.toByteArray());
    assertThat(((Map) up.get("job")).get("format")).isEqualTo("XLSX");
    assertThat(((Map) up.get("job")).get("totalLines")).isEqualTo(2);
    Map done = run(supplier.admin(), jobId(up), "ALL_OR_NOTHING");
    assertThat(done.get("status")).as("%s", done).isEqualTo("DONE");
    assertThat(done.get("created")).isEqualTo(2);
    Map laptop = listingBySku("PC-1");
    assertThat(laptop.get("priceExclVat").toString()).isEqualTo("249.90");
    assertThat(laptop.get("categoryId")).isEqualTo("pc-portable");
    assertThat(laptop.get("availableQuantity")).isEqualTo(5);
  }

  @Test
  void aMappingWithoutTheRequiredFieldsNamesEachOne() {
    Map up =
        uploaded(
            "stock.csv", utf8WithBom(FRENCH_HEADER + "A;Chaise;chaise;Bon;Réemploi;1;20;1;\n"));
    String id = jobId(up);
    HttpResponse<Map> r =
        supplier
            .admin()
            .exchange(
                HttpRequest.PUT(
                    "/api/stock/imports/" + id + "/mapping",
                    Map.of(
                        "columns", Map.of("Référence", "sku", "Marque", "brand", "Nope", "title"))),
                Map.class);
    assertThat(r.code()).isEqualTo(400);
    assertThat(fieldErrors(r))
        .containsKeys("columns.Nope", "categoryId", "condition", "origin", "priceExclVat")
        .containsKey("title");
    HttpResponse<Map> dup =
        supplier
            .admin()
            .exchange(
                HttpRequest.PUT(
                    "/api/stock/imports/" + id + "/mapping",
                    Map.of(
                        "columns",
                        Map.of(
                            "Référence",
                            "sku",
                            "Désignation",
                            "title",
                            "Catégorie",
                            "categoryId",
                            "État",
                            "condition",
                            "Origine",
                            "origin"))),
                Map.class);
    assertThat(fieldErrors(dup)).containsOnlyKeys("priceExclVat");
  }

  @Test
  void partialModeImportsGoodLinesAndReportsEachBadOne() throws Exception {
    String csv =
        FRENCH_HEADER
            + "OK-1;Chaise empilable;chaise;Bon état;Réemploi;12,50;20;10;\n"
            + "BAD-QTY;Chaise coque;chaise;Bon état;Réemploi;9,90;20;-3;\n"
            + "BAD-PRICE;Chaise pliante;chaise;Bon état;Réemploi;douze;20;1;\n"
            + "BAD-CAT;Table;Vaisselle en or;Bon état;Réemploi;5;20;1;\n"
            + "FORMULA;\"=HYPERLINK(\"\"http://evil.test\"\";\"\"clic\"\")\";chaise;Bon état;Réemploi;5;20;1;@SUM(A1)\n"
            + "OK-1;Chaise en double;chaise;Bon état;Réemploi;12,50;20;10;\n"
            + "OK-2;Siège de bureau;Siège de bureau;Comme neuf;Reconditionné;89;20;2;Steelcase\n";
    Map up = uploaded("stock.csv", utf8WithBom(csv));
    String id = jobId(up);
    Map dry = preview(id);
    assertThat(dry.get("wouldCreate")).isEqualTo(3);
    assertThat(dry.get("rejected")).isEqualTo(4);

    Map done = run(supplier.admin(), id, "PARTIAL");
    assertThat(done.get("status")).isEqualTo("DONE");
    assertThat(done.get("created")).isEqualTo(3);
    assertThat(done.get("rejected")).isEqualTo(4);
    assertThat(listings()).extracting(l -> l.get("sku")).containsExactly("FORMULA", "OK-1", "OK-2");
    Map formula = listingBySku("FORMULA");
    assertThat(formula.get("title")).isEqualTo("'=HYPERLINK(\"http://evil.test\";\"clic\")");
    assertThat(formula.get("brand")).isEqualTo("'@SUM(A1)");

    List<Map> errors =
        (List<Map>)
            supplier.admin().get("/api/stock/imports/" + id + "/errors", Map.class).get("items");
    assertThat(errors)
        .extracting(e -> e.get("line") + "|" + e.get("column") + "|" + e.get("value"))
        .containsExactly(
            "3|Quantité|-3", "4|Prix HT|douze", "5|Catégorie|Vaisselle en or", "7|Référence|OK-1");
    assertThat((String) errors.get(0).get("reason")).contains("between 0");
    assertThat((String) errors.get(3).get("reason")).contains("line 2");

    String report = errorsCsv(id);
    assertThat(report).startsWith("ligne;colonne;champ;valeur;motif\r\n");
    assertThat(report).contains("3;\"Quantité\";\"quantity\";\"'-3\";");
    assertThat(report).contains("4;\"Prix HT\";\"priceExclVat\";\"douze\";");
  }

  @Test
  void allOrNothingWritesNothingWhenOneLineIsRejected() throws Exception {
    String csv =
        FRENCH_HEADER
            + "A-1;Chaise empilable;chaise;Bon état;Réemploi;12,50;20;10;\n"
            + "A-2;Chaise coque;chaise;Bon état;Réemploi;9,90;20;-1;\n";
    Map up = uploaded("stock.csv", utf8WithBom(csv));
    Map done = run(supplier.admin(), jobId(up), "ALL_OR_NOTHING");
    assertThat(done.get("status")).isEqualTo("FAILED");
    assertThat(done.get("rejected")).isEqualTo(1);
    assertThat(done.get("created")).isEqualTo(0);
    assertThat((String) done.get("message")).contains("nothing was imported");
    assertThat(listings()).isEmpty();
    assertThat(ledgerRows()).isZero();
  }

  @Test
  void theSameFileTwiceChangesNothingTheSecondTime() throws Exception {
    StringBuilder csv = new StringBuilder(FRENCH_HEADER);
    for (int i = 1; i <= 30; i++) {
      csv.append("SKU-")
          .append(i)
          .append(";Chaise numéro ")
          .append(i)
          .append(";chaise;Bon état;Réemploi;")
          .append(i)
          .append(",90;20;")
          .append(i % 4)
          .append(";Marque\n");
    }
    byte[] file = utf8WithBom(csv.toString());
    Map first = run(supplier.admin(), jobId(uploaded("stock.csv", file)), "PARTIAL");
    assertThat(first.get("created")).isEqualTo(30);
    long ledger = ledgerRows();
    assertThat(ledger).isEqualTo(23); // one RECEIVED row per listing with stock (i % 4 != 0)

    String again = jobId(uploaded("stock.csv", file));
    assertThat(preview(again).get("unchanged")).isEqualTo(30);
    Map second = run(supplier.admin(), again, "PARTIAL");
    assertThat(second.get("unchanged")).isEqualTo(30);
    assertThat(second.get("created")).isEqualTo(0);
    assertThat(second.get("updated")).isEqualTo(0);
    assertThat(ledgerRows()).isEqualTo(ledger);

    Map imports = supplier.admin().get("/api/stock/imports", Map.class);
    assertThat(((Number) imports.get("total")).intValue()).isEqualTo(2);
  }

  @Test
  void refusesGarbageWithAClearProblemNamingTheFile() {
    byte[] noise = new byte[50 * 1024 * 1024];
    new Random(42).nextBytes(noise);
    HttpResponse<Map> r = upload(supplier.admin(), "stock.csv", noise);
    assertThat(r.code()).isEqualTo(400);
    assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    assertThat(fieldErrors(r)).containsKey("file");
    assertThat(fieldErrors(r).get("file")).contains("binary");

    HttpResponse<Map> zip =
        upload(supplier.admin(), "stock.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2});
    assertThat(fieldErrors(zip).get("file")).contains("not a readable Excel workbook");

    HttpResponse<Map> oneColumn =
        upload(supplier.admin(), "notes.csv", "just some words\nand more words\n".getBytes());
    assertThat(fieldErrors(oneColumn).get("file")).contains("single column");

    HttpResponse<Map> badQuotes =
        upload(
            supplier.admin(),
            "stock.csv",
            (FRENCH_HEADER + "A;\"Chaise;chaise;Bon;Réemploi;1;20;1;\nB;x\"y;z\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(r.code()).isEqualTo(400);
    assertThat(fieldErrors(badQuotes).get("file")).contains("not a well-formed CSV");

    Map page = supplier.admin().get("/api/stock/imports", Map.class);
    assertThat(((Number) page.get("total")).intValue()).isZero();
  }

  @Test
  void refusesAFileAboveTheSizeLimitWith413NamingTheFile() {
    byte[] big = new byte[61 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<Map> r = upload(supplier.admin(), "enorme.csv", big);
    assertThat(r.code()).isEqualTo(413);
    assertThat(fieldErrors(r).get("file")).contains("at most 60 MB");
  }

  // ---- uploaded files are not kept longer than needed ----------------------------------------

  private Path keptFile(String id) {
    return importSettings.directory().resolve(id);
  }

  @Test
  void deletesTheUploadedFileWhenTheImportIsDone() throws Exception {
    Map up =
        uploaded(
            "stock.csv", utf8WithBom(FRENCH_HEADER + "DEL-1;Chaise;chaise;Bon;Réemploi;1;20;1;\n"));
    String id = jobId(up);
    assertThat(keptFile(id)).exists();
    Map done = run(supplier.admin(), id, "PARTIAL");
    assertThat(done.get("status")).isEqualTo("DONE");
    assertThat(keptFile(id)).doesNotExist();
  }

  @Test
  void purgesTheFilesOfExpiredImportsAndOrphanFiles() throws Exception {
    Map up =
        uploaded(
            "stock.csv", utf8WithBom(FRENCH_HEADER + "OLD-1;Chaise;chaise;Bon;Réemploi;1;20;1;\n"));
    String expired = jobId(up);
    String fresh =
        jobId(
            uploaded(
                "stock.csv",
                utf8WithBom(FRENCH_HEADER + "NEW-1;Chaise;chaise;Bon;Réemploi;1;20;1;\n")));
    sql.update(
        "UPDATE stock_import SET updated_at = now() - interval '3 days' WHERE id = ?::uuid",
        expired);
    Path orphan = importSettings.directory().resolve(UUID.randomUUID().toString());
    Files.writeString(orphan, "sku;titre\n");
    Files.setLastModifiedTime(
        orphan,
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));

    uploadedFiles.purgeExpired();

    assertThat(keptFile(expired)).doesNotExist();
    assertThat(orphan).doesNotExist();
    assertThat(keptFile(fresh)).exists();
    HttpResponse<Map> gone =
        post(supplier.admin(), "/api/stock/imports/" + expired + "/preview", Map.of());
    assertThat(gone.code()).isEqualTo(410);
  }

  @Test
  void refusesAnUploadedCsvWithACellAboveTheCellLimitNamingLineAndColumn() {
    HttpResponse<Map> r =
        upload(
            supplier.admin(),
            "stock.csv",
            utf8WithBom(
                FRENCH_HEADER + "LONG-1;" + "x".repeat(40_000) + ";chaise;Bon;Réemploi;1;20;1;\n"));
    assertThat(r.code()).isEqualTo(400);
    assertThat(fieldErrors(r).get("file")).contains("line 2").contains("column 2");
  }

  @Test
  void anotherOrganisationsImportIsNotFound() {
    Map up =
        uploaded(
            "stock.csv", utf8WithBom(FRENCH_HEADER + "A;Chaise;chaise;Bon;Réemploi;1;20;1;\n"));
    String id = jobId(up);
    AccessFixtures.Org other = fixtures.supplier("Autre recyclerie " + System.nanoTime());
    AccessFixtures.Org buyer = fixtures.buyer("Département test " + System.nanoTime());
    for (ApiSession s : List.of(other.admin(), buyer.admin())) {
      assertThat(s.exchange(HttpRequest.GET("/api/stock/imports/" + id), Map.class).code())
          .isEqualTo(404);
      assertThat(post(s, "/api/stock/imports/" + id + "/preview", Map.of()).code()).isEqualTo(404);
      assertThat(post(s, "/api/stock/imports/" + id + "/run", Map.of()).code()).isEqualTo(404);
      assertThat(
              s.exchange(HttpRequest.GET("/api/stock/imports/" + id + "/errors.csv"), Map.class)
                  .code())
          .isEqualTo(404);
    }
    assertThat(
            other
                .admin()
                .exchange(HttpRequest.GET("/api/stock/imports/" + UUID.randomUUID()), Map.class)
                .code())
        .isEqualTo(404);
    Map page = other.admin().get("/api/stock/imports", Map.class);
    assertThat(((Number) page.get("total")).intValue()).isZero();
  }
}
