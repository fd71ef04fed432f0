package fr.boucle.stockimport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.listing.ListingViews;
import fr.boucle.organisation.ApiSession;
import fr.boucle.shared.web.Page;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A supplier importing stock files through the HTTP API, answered with typed views. */
@SuppressWarnings({"unchecked", "rawtypes"})
final class Importer {

  private final ApiSession session;

  Importer(ApiSession session) {
    this.session = session;
  }

  /** Sends a file and answers the raw response (201, or a problem). */
  HttpResponse<ImportViews.Uploaded> send(String name, byte[] content) {
    MultipartBody body =
        MultipartBody.builder()
            .addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, content)
            .build();
    return session.exchange(
        HttpRequest.POST("/api/stock/imports", body)
            .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
        ImportViews.Uploaded.class);
  }

  ImportViews.Uploaded upload(String name, byte[] content) {
    HttpResponse<ImportViews.Uploaded> r = send(name, content);
    assertThat(r.code()).as("upload %s", r.getBody(Map.class)).isEqualTo(201);
    return r.body();
  }

  /** Uploads a file and answers its job's id. */
  UUID uploaded(String name, byte[] content) {
    return upload(name, content).job().id();
  }

  ImportViews.Job job(UUID id) {
    return session.get("/api/stock/imports/" + id, ImportViews.Job.class);
  }

  Page<ImportViews.Job> imports() {
    return session
        .exchange(
            HttpRequest.GET("/api/stock/imports"), Argument.of(Page.class, ImportViews.Job.class))
        .body();
  }

  HttpResponse<ImportViews.Job> remap(UUID id, Map<String, String> columns) {
    return session.exchange(
        HttpRequest.PUT("/api/stock/imports/" + id + "/mapping", new ImportViews.Mapping(columns)),
        ImportViews.Job.class);
  }

  HttpResponse<ImportViews.Preview> tryPreview(UUID id) {
    return session.exchange(
        HttpRequest.POST("/api/stock/imports/" + id + "/preview", Map.of()),
        ImportViews.Preview.class);
  }

  ImportViews.Preview preview(UUID id) {
    HttpResponse<ImportViews.Preview> r = tryPreview(id);
    assertThat(r.code()).as("preview %s", r.getBody(Map.class)).isEqualTo(200);
    return r.body();
  }

  HttpResponse<ImportViews.Job> start(UUID id, ImportMode mode) {
    return session.exchange(
        HttpRequest.POST("/api/stock/imports/" + id + "/run", new ImportViews.Run(mode.name())),
        ImportViews.Job.class);
  }

  /** Runs the import and waits until it has finished (bounded, not a timing assertion). */
  ImportViews.Job run(UUID id, ImportMode mode) throws InterruptedException {
    HttpResponse<ImportViews.Job> started = start(id, mode);
    assertThat(started.code()).as("run %s", started.getBody(Map.class)).isEqualTo(202);
    for (int i = 0; i < 600; i++) {
      ImportViews.Job job = job(id);
      if (job.status() != ImportStatus.RUNNING) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("import " + id + " still running after 60 s");
  }

  Page<LineError> errors(UUID id) {
    return session
        .exchange(
            HttpRequest.GET("/api/stock/imports/" + id + "/errors"),
            Argument.of(Page.class, LineError.class))
        .body();
  }

  /** The rejected lines, worded for the given Accept-Language. */
  Page<LineError> errors(UUID id, String acceptLanguage) {
    return session
        .exchange(
            HttpRequest.GET("/api/stock/imports/" + id + "/errors")
                .header("Accept-Language", acceptLanguage),
            Argument.of(Page.class, LineError.class))
        .body();
  }

  /** The job, its message worded for the given Accept-Language. */
  ImportViews.Job job(UUID id, String acceptLanguage) {
    return session
        .exchange(
            HttpRequest.GET("/api/stock/imports/" + id).header("Accept-Language", acceptLanguage),
            ImportViews.Job.class)
        .body();
  }

  /** The error report, checked to start with the UTF-8 BOM French Excel needs, without it. */
  String errorsCsv(UUID id) {
    return errorsCsv(id, "");
  }

  /** The error report with a query ("?lang=en"), without its BOM. */
  String errorsCsv(UUID id, String query) {
    HttpResponse<byte[]> r =
        session.exchange(
            HttpRequest.GET("/api/stock/imports/" + id + "/errors.csv" + query), byte[].class);
    assertThat(r.code()).isEqualTo(200);
    byte[] bytes = r.body();
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    assertThat(bytes[1]).isEqualTo((byte) 0xBB);
    assertThat(bytes[2]).isEqualTo((byte) 0xBF);
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  /** The supplier's listings by SKU. */
  List<ListingViews.ListingRow> listings() {
    Page<ListingViews.ListingRow> page =
        session
            .exchange(
                HttpRequest.GET("/api/stock/listings?size=100&sort=sku"),
                Argument.of(Page.class, ListingViews.ListingRow.class))
            .body();
    return page.items();
  }

  ListingViews.ListingView listing(String sku) {
    return listings().stream()
        .filter(l -> sku.equals(l.sku()))
        .findFirst()
        .map(l -> session.get("/api/stock/listings/" + l.id(), ListingViews.ListingView.class))
        .orElseThrow(() -> new AssertionError("no listing " + sku));
  }

  /** The message of each bad field of a problem, by field. */
  static Map<String, String> fieldErrors(HttpResponse<?> r) {
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) ApiSession.problem(r).get("errors");
    Map<String, String> byField = new HashMap<>();
    errors.forEach(e -> byField.put((String) e.get("field"), (String) e.get("message")));
    return byField;
  }
}
