package fr.boucle.stockimport;

import static fr.boucle.stockimport.Importer.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.listing.ListingViews;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.stockimport.internal.ImportSettings;
import fr.boucle.stockimport.internal.UploadedFiles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk import of listings through the HTTP API, against the real PostgreSQL. */
@MicronautTest(transactional = false)
class StockImportIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Sql sql;
  @Inject ImportSettings importSettings;
  @Inject UploadedFiles uploadedFiles;
  @Inject javax.sql.DataSource dataSource;

  AccessFixtures fixtures;
  AccessFixtures.Org supplier;
  Importer importer;

  @BeforeEach
  void supplierWithADepot() {
    fixtures = new AccessFixtures(client.toBlocking());
    supplier = fixtures.supplier("Recyclerie Import " + System.nanoTime());
    depot(supplier.admin(), "Dépôt de Montreuil");
    importer = new Importer(supplier.admin());
  }

  @SuppressWarnings("rawtypes")
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

  private long ledgerRows() {
    return sql.count(
        "SELECT count(*) FROM stock_movement m JOIN listing l ON l.id = m.listing_id"
            + " WHERE l.supplier_id = ?",
        supplier.id());
  }

  /**
   * An all-or-nothing import never holds some listings while it waits for another: with one of its
   * listings locked by someone else (an order in progress), the others stay free to change, and the
   * import goes through once the lock is gone.
   */
  @Test
  void anAllOrNothingImportNeverHoldsItsListingsWhileWaiting() throws Exception {
    StockFile first = StockFile.frenchCsv();
    StockFile second = StockFile.frenchCsv();
    for (int i = 1; i <= 20; i++) {
      first.aStackableChair("LOCK-" + i, 5);
      second.aStackableChair("LOCK-" + i, 9);
    }
    ImportViews.Job created =
        importer.run(importer.uploaded("a.csv", first.utf8WithBom()), ImportMode.PARTIAL);
    assertThat(created.status()).isEqualTo(ImportStatus.DONE);
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
      UUID id = importer.uploaded("b.csv", second.utf8WithBom());
      assertThat(importer.start(id, ImportMode.ALL_OR_NOTHING).code()).isEqualTo(202);
      ImportViews.Job job = importer.job(id);
      for (int i = 0; i < 300 && job.phase() != ImportPhase.WRITING; i++) {
        Thread.sleep(100);
        job = importer.job(id);
      }
      assertThat(job.phase()).as("%s", job).isEqualTo(ImportPhase.WRITING);
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
      for (int i = 0; i < 300 && job.status() == ImportStatus.RUNNING; i++) {
        Thread.sleep(100);
        job = importer.job(id);
      }
      assertThat(job.status()).as("%s", job).isEqualTo(ImportStatus.DONE);
    }
    assertThat(
            sql.count(
                "SELECT count(*) FROM listing WHERE supplier_id = ? AND sku LIKE 'LOCK-%'"
                    + " AND available_quantity = 9",
                supplier.id()))
        .isEqualTo(20);
    assertThat(sql.count("SELECT count(*) FROM stock_import_stage")).isZero();
  }

  @Test
  void importsAFrenchUtf8CsvWithSemicolonsAndFrenchDecimals() throws Exception {
    StockFile file =
        StockFile.frenchCsv()
            .line(
                "FRIGO-1",
                "Réfrigérateur combiné",
                "Réfrigérateur",
                "très bon état",
                "Reconditionné",
                "1\u00A0234,50",
                "20",
                "3",
                "Bosch")
            .blankLine()
            .line(
                "CHAISE-1",
                "Chaise empilable",
                "chaise",
                "Bon état",
                "réemploi",
                "12,5",
                "20",
                "40",
                "");
    ImportViews.Uploaded up = importer.upload("stock.csv", file.utf8WithBom());
    ImportViews.Job job = up.job();
    assertThat(job.format()).isEqualTo(ImportFormat.CSV);
    assertThat(job.encoding()).isEqualTo("UTF-8 (BOM)");
    assertThat(job.separator()).isEqualTo(";");
    assertThat(job.totalLines()).isEqualTo(2);
    assertThat(job.headers()).startsWith("Référence", "Désignation");
    assertThat(job.mapping())
        .containsEntry("Référence", "sku")
        .containsEntry("Désignation", "title")
        .containsEntry("Catégorie", "categoryId")
        .containsEntry("État", "condition")
        .containsEntry("Origine", "origin")
        .containsEntry("Prix HT", "priceExclVat")
        .containsEntry("TVA", "vatRate")
        .containsEntry("Quantité", "quantity")
        .containsEntry("Marque", "brand");
    assertThat(up.sample()).hasSize(2);

    UUID id = job.id();
    ImportViews.Preview dry = importer.preview(id);
    assertThat(dry.wouldCreate()).isEqualTo(2);
    assertThat(dry.rejected()).isEqualTo(0);
    assertThat(importer.listings()).isEmpty(); // a dry run writes nothing

    ImportViews.Job done = importer.run(id, ImportMode.PARTIAL);
    assertThat(done.status()).isEqualTo(ImportStatus.DONE);
    assertThat(done.created()).isEqualTo(2);
    assertThat(done.processedLines()).isEqualTo(2);

    ListingViews.ListingView fridge = importer.listing("FRIGO-1");
    assertThat(fridge.priceExclVat()).hasToString("1234.50");
    assertThat(fridge.condition()).hasToString("TRES_BON_ETAT");
    assertThat(fridge.origin()).hasToString("RECONDITIONNE");
    assertThat(fridge.categoryId()).isEqualTo("refrigerateur");
    assertThat(fridge.availableQuantity()).isEqualTo(3);
    assertThat(importer.listing("CHAISE-1").priceExclVat()).hasToString("12.50");
  }

  @Test
  void readsAWindows1252CsvWithCommasAndKeepsItsAccents() throws Exception {
    StockFile file =
        StockFile.csv(",", "SKU", "Titre", "Catégorie", "État", "Origine", "Prix", "Stock")
            .line(
                "CAN-1",
                "\"Canapé d'angle, velours côtelé – très confortable\"",
                "canape",
                "Comme neuf",
                "Réemploi",
                "\"149,90\"",
                "1");
    ImportViews.Uploaded up = importer.upload("ancien-export.csv", file.windows1252());
    ImportViews.Job job = up.job();
    assertThat(job.encoding()).isEqualTo("windows-1252");
    assertThat(job.separator()).isEqualTo(",");
    assertThat(job.headers()).contains("Catégorie", "État");
    ImportViews.Job done = importer.run(job.id(), ImportMode.PARTIAL);
    assertThat(done.created()).isEqualTo(1);
    ListingViews.ListingView sofa = importer.listing("CAN-1");
    assertThat(sofa.title()).isEqualTo("Canapé d'angle, velours côtelé – très confortable");
    assertThat(sofa.priceExclVat()).hasToString("149.90");
  }

  @Test
  void importsAnXlsxWorkbookAllOrNothing() throws Exception {
    byte[] workbook =
        StockFile.xlsx(
            new Object[] {
              "Référence", "Désignation", "Catégorie", "État", "Origine", "Prix HT", "Quantité"
            },
            new Object[] {
              "PC-1",
              "Ordinateur portable 14 pouces",
              "Ordinateur portable",
              "Bon état",
              "Reconditionné",
              249.9,
              5.0
            },
            new Object[] {
              "PC-2",
              "Ordinateur fixe compact",
              "pc-fixe",
              "Comme neuf",
              "Reconditionné",
              180.0,
              2.0
            });
    ImportViews.Uploaded up = importer.upload("stock.xlsx", workbook);
    assertThat(up.job().format()).isEqualTo(ImportFormat.XLSX);
    assertThat(up.job().totalLines()).isEqualTo(2);
    ImportViews.Job done = importer.run(up.job().id(), ImportMode.ALL_OR_NOTHING);
    assertThat(done.status()).as("%s", done).isEqualTo(ImportStatus.DONE);
    assertThat(done.created()).isEqualTo(2);
    ListingViews.ListingView laptop = importer.listing("PC-1");
    assertThat(laptop.priceExclVat()).hasToString("249.90");
    assertThat(laptop.categoryId()).isEqualTo("pc-portable");
    assertThat(laptop.availableQuantity()).isEqualTo(5);
  }

  @Test
  void aMappingWithoutTheRequiredFieldsNamesEachOne() {
    UUID id = importer.uploaded("stock.csv", StockFile.frenchCsv().aChair("A").utf8WithBom());
    HttpResponse<ImportViews.Job> r =
        importer.remap(id, Map.of("Référence", "sku", "Marque", "brand", "Nope", "title"));
    assertThat(r.code()).isEqualTo(400);
    assertThat(fieldErrors(r))
        .containsKeys("columns.Nope", "categoryId", "condition", "origin", "priceExclVat")
        .containsKey("title");
    HttpResponse<ImportViews.Job> dup =
        importer.remap(
            id,
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
                "origin"));
    assertThat(fieldErrors(dup)).containsOnlyKeys("priceExclVat");
  }

  @Test
  void partialModeImportsGoodLinesAndReportsEachBadOne() throws Exception {
    StockFile file =
        StockFile.frenchCsv()
            .line(
                "OK-1",
                "Chaise empilable",
                "chaise",
                "Bon état",
                "Réemploi",
                "12,50",
                "20",
                "10",
                "")
            .line(
                "BAD-QTY", "Chaise coque", "chaise", "Bon état", "Réemploi", "9,90", "20", "-3", "")
            .line(
                "BAD-PRICE",
                "Chaise pliante",
                "chaise",
                "Bon état",
                "Réemploi",
                "douze",
                "20",
                "1",
                "")
            .line("BAD-CAT", "Table", "Vaisselle en or", "Bon état", "Réemploi", "5", "20", "1", "")
            .line(
                "FORMULA",
                "\"=HYPERLINK(\"\"http://evil.test\"\";\"\"clic\"\")\"",
                "chaise",
                "Bon état",
                "Réemploi",
                "5",
                "20",
                "1",
                "@SUM(A1)")
            .line(
                "OK-1",
                "Chaise en double",
                "chaise",
                "Bon état",
                "Réemploi",
                "12,50",
                "20",
                "10",
                "")
            .line(
                "OK-2",
                "Siège de bureau",
                "Siège de bureau",
                "Comme neuf",
                "Reconditionné",
                "89",
                "20",
                "2",
                "Steelcase");
    UUID id = importer.uploaded("stock.csv", file.utf8WithBom());
    ImportViews.Preview dry = importer.preview(id);
    assertThat(dry.wouldCreate()).isEqualTo(3);
    assertThat(dry.rejected()).isEqualTo(4);

    ImportViews.Job done = importer.run(id, ImportMode.PARTIAL);
    assertThat(done.status()).isEqualTo(ImportStatus.DONE);
    assertThat(done.created()).isEqualTo(3);
    assertThat(done.rejected()).isEqualTo(4);
    assertThat(importer.listings())
        .extracting(ListingViews.ListingRow::sku)
        .containsExactly("FORMULA", "OK-1", "OK-2");
    ListingViews.ListingView formula = importer.listing("FORMULA");
    assertThat(formula.title()).isEqualTo("'=HYPERLINK(\"http://evil.test\";\"clic\")");
    assertThat(formula.brand()).isEqualTo("'@SUM(A1)");

    List<LineError> errors = importer.errors(id).items();
    assertThat(errors)
        .extracting(e -> e.line() + "|" + e.column() + "|" + e.value())
        .containsExactly(
            "3|Quantité|-3", "4|Prix HT|douze", "5|Catégorie|Vaisselle en or", "7|Référence|OK-1");
    assertThat(errors.get(0).reason()).contains("between 0");
    assertThat(errors.get(3).reason()).contains("line 2");
    assertThat(errors)
        .extracting(LineError::code, LineError::params)
        .containsExactly(
            tuple("field-between", Map.of("min", "0", "max", "1000000")),
            tuple("import-not-a-number", null),
            tuple("leaf-category", null),
            tuple("import-sku-again", Map.of("first", "2")));

    List<LineError> inFrench = importer.errors(id, "fr-FR,fr;q=0.9,en;q=0.8").items();
    assertThat(inFrench)
        .extracting(LineError::reason)
        .containsExactly(
            "doit être compris entre 0 et 1000000",
            "n’est pas un nombre (écrivez 12,50 ou 12.50)",
            "doit être une catégorie finale de la nomenclature (GET /api/categories)",
            "apparaît à nouveau : la ligne 2 a la même référence (une ligne par référence)");
    assertThat(importer.job(id, "fr").message())
        .isEqualTo("4 lignes rejetées : voyez le rapport d’erreurs.");
    assertThat(importer.job(id, "fr").messageCode()).isEqualTo("import-lines-rejected");
    assertThat(importer.job(id, "fr").messageParams()).isEqualTo(Map.of("count", "4"));
    assertThat(done.message()).isEqualTo("4 lines rejected: see the error report.");

    String report = importer.errorsCsv(id);
    assertThat(report).startsWith("ligne;colonne;champ;valeur;motif\r\n");
    assertThat(report)
        .contains("3;\"Quantité\";\"quantity\";\"'-3\";\"doit être compris entre 0 et 1000000\"");
    assertThat(report)
        .contains(
            "4;\"Prix HT\";\"priceExclVat\";\"douze\";"
                + "\"n’est pas un nombre (écrivez 12,50 ou 12.50)\"");
    String english = importer.errorsCsv(id, "?lang=en");
    assertThat(english).startsWith("line;column;field;value;reason\r\n");
    assertThat(english)
        .contains(
            "4;\"Prix HT\";\"priceExclVat\";\"douze\";\"is not a number (write 12,50 or 12.50)\"");
  }

  @Test
  void aLineRejectedBeforeCodesWereKeptShowsItsStoredReason() {
    UUID id =
        importer.uploaded(
            "stock.csv",
            StockFile.frenchCsv()
                .line("X-1", "Chaise", "chaise", "Bon état", "Réemploi", "douze", "20", "1", "")
                .utf8WithBom());
    importer.preview(id);
    sql.update(
        "UPDATE stock_import_error SET code = NULL, params = NULL, reason = 'an old English reason'"
            + " WHERE import_id = ?",
        id);
    assertThat(importer.errors(id, "fr").items())
        .extracting(LineError::code, LineError::reason)
        .containsExactly(tuple(null, "an old English reason"));
    assertThat(importer.errorsCsv(id)).contains(";\"an old English reason\"");
  }

  @Test
  void allOrNothingWritesNothingWhenOneLineIsRejected() throws Exception {
    StockFile file =
        StockFile.frenchCsv()
            .aStackableChair("A-1", 10)
            .line("A-2", "Chaise coque", "chaise", "Bon état", "Réemploi", "9,90", "20", "-1", "");
    ImportViews.Job done =
        importer.run(importer.uploaded("stock.csv", file.utf8WithBom()), ImportMode.ALL_OR_NOTHING);
    assertThat(done.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(done.rejected()).isEqualTo(1);
    assertThat(done.created()).isEqualTo(0);
    assertThat(done.message()).contains("nothing was imported");
    assertThat(done.messageCode()).isEqualTo("import-rejected-nothing-imported");
    assertThat(done.messageParams()).isEqualTo(Map.of("count", "1"));
    assertThat(importer.job(done.id(), "fr").message())
        .isEqualTo(
            "Une ligne rejetée : rien n’a été importé. Corrigez-la, ou lancez l’import en mode"
                + " partiel.");
    assertThat(importer.listings()).isEmpty();
    assertThat(ledgerRows()).isZero();
  }

  @Test
  void theSameFileTwiceChangesNothingTheSecondTime() throws Exception {
    StockFile csv = StockFile.frenchCsv();
    for (int i = 1; i <= 30; i++) {
      csv.line(
          "SKU-" + i,
          "Chaise numéro " + i,
          "chaise",
          "Bon état",
          "Réemploi",
          i + ",90",
          "20",
          "" + (i % 4),
          "Marque");
    }
    byte[] file = csv.utf8WithBom();
    ImportViews.Job first = importer.run(importer.uploaded("stock.csv", file), ImportMode.PARTIAL);
    assertThat(first.created()).isEqualTo(30);
    long ledger = ledgerRows();
    assertThat(ledger).isEqualTo(23); // one RECEIVED row per listing with stock (i % 4 != 0)

    UUID again = importer.uploaded("stock.csv", file);
    assertThat(importer.preview(again).unchanged()).isEqualTo(30);
    ImportViews.Job second = importer.run(again, ImportMode.PARTIAL);
    assertThat(second.unchanged()).isEqualTo(30);
    assertThat(second.created()).isEqualTo(0);
    assertThat(second.updated()).isEqualTo(0);
    assertThat(ledgerRows()).isEqualTo(ledger);

    assertThat(importer.imports().total()).isEqualTo(2);
  }

  @Test
  void refusesGarbageWithAClearProblemNamingTheFile() {
    byte[] noise = new byte[50 * 1024 * 1024];
    new Random(42).nextBytes(noise);
    HttpResponse<ImportViews.Uploaded> r = importer.send("stock.csv", noise);
    assertThat(r.code()).isEqualTo(400);
    assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    assertThat(fieldErrors(r)).containsKey("file");
    assertThat(fieldErrors(r).get("file")).contains("binary");

    HttpResponse<ImportViews.Uploaded> zip =
        importer.send("stock.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2});
    assertThat(fieldErrors(zip).get("file")).contains("not a readable Excel workbook");

    HttpResponse<ImportViews.Uploaded> oneColumn =
        importer.send("notes.csv", "just some words\nand more words\n".getBytes());
    assertThat(fieldErrors(oneColumn).get("file")).contains("single column");

    HttpResponse<ImportViews.Uploaded> badQuotes =
        importer.send(
            "stock.csv",
            StockFile.frenchCsv()
                .raw("A;\"Chaise;chaise;Bon;Réemploi;1;20;1;\nB;x\"y;z\n")
                .text()
                .getBytes(StandardCharsets.UTF_8));
    assertThat(r.code()).isEqualTo(400);
    assertThat(fieldErrors(badQuotes).get("file")).contains("not a well-formed CSV");

    assertThat(importer.imports().total()).isZero();
  }

  @Test
  void refusesAFileAboveTheSizeLimitWith413NamingTheFile() {
    byte[] big = new byte[61 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<ImportViews.Uploaded> r = importer.send("enorme.csv", big);
    assertThat(r.code()).isEqualTo(413);
    assertThat(fieldErrors(r).get("file")).contains("at most 60 MB");
  }

  // ---- uploaded files are not kept longer than needed ----------------------------------------

  private Path keptFile(UUID id) {
    return importSettings.directory().resolve(id.toString());
  }

  @Test
  void deletesTheUploadedFileWhenTheImportIsDone() throws Exception {
    UUID id = importer.uploaded("stock.csv", StockFile.frenchCsv().aChair("DEL-1").utf8WithBom());
    assertThat(keptFile(id)).exists();
    ImportViews.Job done = importer.run(id, ImportMode.PARTIAL);
    assertThat(done.status()).isEqualTo(ImportStatus.DONE);
    assertThat(keptFile(id)).doesNotExist();
  }

  @Test
  void purgesTheFilesOfExpiredImportsAndOrphanFiles() throws Exception {
    UUID expired =
        importer.uploaded("stock.csv", StockFile.frenchCsv().aChair("OLD-1").utf8WithBom());
    UUID fresh =
        importer.uploaded("stock.csv", StockFile.frenchCsv().aChair("NEW-1").utf8WithBom());
    sql.update(
        "UPDATE stock_import SET updated_at = now() - interval '3 days' WHERE id = ?", expired);
    Path orphan = importSettings.directory().resolve(UUID.randomUUID().toString());
    Files.writeString(orphan, "sku;titre\n");
    Files.setLastModifiedTime(
        orphan,
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));

    uploadedFiles.purgeExpired();

    assertThat(keptFile(expired)).doesNotExist();
    assertThat(orphan).doesNotExist();
    assertThat(keptFile(fresh)).exists();
    assertThat(importer.tryPreview(expired).code()).isEqualTo(410);
  }

  @Test
  void refusesAnUploadedCsvWithACellAboveTheCellLimitNamingLineAndColumn() {
    HttpResponse<ImportViews.Uploaded> r =
        importer.send(
            "stock.csv",
            StockFile.frenchCsv()
                .line("LONG-1", "x".repeat(40_000), "chaise", "Bon", "Réemploi", "1", "20", "1", "")
                .utf8WithBom());
    assertThat(r.code()).isEqualTo(400);
    assertThat(fieldErrors(r).get("file")).contains("line 2").contains("column 2");
  }

  @Test
  void anotherOrganisationsImportIsNotFound() {
    UUID id = importer.uploaded("stock.csv", StockFile.frenchCsv().aChair("A").utf8WithBom());
    AccessFixtures.Org other = fixtures.supplier("Autre recyclerie " + System.nanoTime());
    AccessFixtures.Org buyer = fixtures.buyer("Département test " + System.nanoTime());
    for (ApiSession s : List.of(other.admin(), buyer.admin())) {
      Importer stranger = new Importer(s);
      assertThat(s.exchange(HttpRequest.GET("/api/stock/imports/" + id), Map.class).code())
          .isEqualTo(404);
      assertThat(stranger.tryPreview(id).code()).isEqualTo(404);
      assertThat(
              s.exchange(HttpRequest.POST("/api/stock/imports/" + id + "/run", Map.of()), Map.class)
                  .code())
          .isEqualTo(404);
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
    assertThat(new Importer(other.admin()).imports().total()).isZero();
  }
}
