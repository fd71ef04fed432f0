package fr.boucle.stockimport.web;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.MaxBody;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.ProblemTexts;
import fr.boucle.stockimport.ImportViews;
import fr.boucle.stockimport.LineError;
import fr.boucle.stockimport.internal.ListImportErrors;
import fr.boucle.stockimport.internal.ListImports;
import fr.boucle.stockimport.internal.MapColumns;
import fr.boucle.stockimport.internal.PreviewImport;
import fr.boucle.stockimport.internal.RunImport;
import fr.boucle.stockimport.internal.UploadImport;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

@Controller("/api/stock/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Stock import")
class StockImportController {

  private static final String ACCESS =
      " Supplier staff, or an API token with stock:read (reads) / stock:write (writes).";
  private final UploadImport uploads;
  private final ListImports imports;
  private final MapColumns mapColumns;
  private final PreviewImport previews;
  private final RunImport runs;
  private final ListImportErrors errors;

  StockImportController(
      UploadImport uploads,
      ListImports imports,
      MapColumns mapColumns,
      PreviewImport previews,
      RunImport runs,
      ListImportErrors errors) {
    this.uploads = uploads;
    this.imports = imports;
    this.mapColumns = mapColumns;
    this.previews = previews;
    this.runs = runs;
    this.errors = errors;
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  @MaxBody("boucle.stock-import.max-bytes")
  @Operation(
      summary = "Upload a CSV or XLSX file of listings",
      description =
          "Multipart part 'file', at most 60 MB (413 beyond). The format is found from the"
              + " content; a CSV may be UTF-8 (with or without BOM) or Windows-1252, separated by"
              + " ';', ',' or tabs; the first row holds the headers. Answers the job with the"
              + " headers found and a suggested mapping, the first rows and the fields to map."
              + ACCESS)
  HttpResponse<ImportViews.Uploaded> upload(Authentication auth, StreamingFileUpload file)
      throws IOException {
    // A new job has no message yet: nothing to word in the request's language.
    try (InputStream in = file.asInputStream()) {
      ImportViews.Uploaded uploaded =
          uploads.upload(CurrentUser.from(auth), file.getFilename(), in);
      return HttpResponse.created(
          uploaded, URI.create("/api/stock/imports/" + uploaded.job().id()));
    }
  }

  @Get
  @Operation(summary = "The supplier's imports, newest first", description = ACCESS)
  Page<ImportViews.Job> list(
      Authentication auth,
      @QueryValue @Nullable Integer page,
      @QueryValue @Nullable Integer size,
      @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String language) {
    Page<ImportViews.Job> jobs =
        imports.list(CurrentUser.from(auth), Page.clampPage(page), Page.clampSize(size));
    Locale locale = ProblemTexts.locale(language);
    return new Page<>(
        jobs.items().stream().map(j -> j.in(locale)).toList(),
        jobs.page(),
        jobs.size(),
        jobs.total());
  }

  @Get("/{id}")
  @Operation(
      summary = "One import and its progress",
      description = "processedLines of totalLines; 404 for another organisation's." + ACCESS)
  ImportViews.Job get(
      Authentication auth,
      UUID id,
      @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String language) {
    return imports.get(CurrentUser.from(auth), id).in(ProblemTexts.locale(language));
  }

  @Put("/{id}/mapping")
  @Operation(
      summary = "Map the file's columns to listing fields",
      description =
          "{columns: {header: field}}; every required field must be filled by a column, each"
              + " missing one is named."
              + ACCESS)
  ImportViews.Job mapping(
      Authentication auth,
      UUID id,
      @Body ImportViews.Mapping mapping,
      @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String language) {
    return mapColumns.map(CurrentUser.from(auth), id, mapping).in(ProblemTexts.locale(language));
  }

  @Post("/{id}/preview")
  @Operation(
      summary = "Dry run: what an import would do, without writing",
      description =
          "Reads the whole file through the listing rules; answers how many lines would be"
              + " created, updated, left unchanged or rejected, and the first 50 rejected."
              + ACCESS)
  ImportViews.Preview preview(
      Authentication auth,
      UUID id,
      @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String language) {
    return previews.preview(CurrentUser.from(auth), id).in(ProblemTexts.locale(language));
  }

  @Post("/{id}/run")
  @Operation(
      summary = "Run the import in the background",
      description =
          "{mode: PARTIAL} (default: valid lines go in, one transaction per 500 lines) or"
              + " {mode: ALL_OR_NOTHING} (the whole file is checked first, then written in one"
              + " transaction, or nothing when a line is rejected). Answers 202; GET the job to"
              + " follow its progress."
              + ACCESS)
  HttpResponse<ImportViews.Job> run(
      Authentication auth,
      UUID id,
      @Body @Nullable ImportViews.Run run,
      @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String language) {
    return HttpResponse.accepted()
        .body(
            runs.run(CurrentUser.from(auth), id, run == null ? new ImportViews.Run(null) : run)
                .in(ProblemTexts.locale(language)));
  }

  @Get("/{id}/errors")
  @Operation(
      summary = "The rejected lines of the last dry run or run, paged",
      description =
          "Each with line, column, field, value, the reason's code and params (like a problem's"
              + " field error) and the reason in the request's Accept-Language, in file order."
              + ACCESS)
  Page<LineError> errorPage(
      Authentication auth,
      UUID id,
      @QueryValue @Nullable Integer page,
      @QueryValue @Nullable Integer size,
      @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String language) {
    Page<LineError> lines =
        errors.page(CurrentUser.from(auth), id, Page.clampPage(page), Page.clampSize(size));
    Locale locale = ProblemTexts.locale(language);
    return new Page<>(
        lines.items().stream().map(e -> e.in(locale)).toList(),
        lines.page(),
        lines.size(),
        lines.total());
  }

  @Get(value = "/{id}/errors.csv", produces = "text/csv;charset=utf-8")
  @Operation(
      summary = "The rejected lines of the last dry run or run, as CSV",
      description =
          "Columns ligne;colonne;champ;valeur;motif and reasons in French, or"
              + " line;column;field;value;reason in English when the query's lang (a download"
              + " link cannot set headers) or else Accept-Language prefers English; UTF-8 with BOM"
              + " for Excel; values that a spreadsheet would run as formulas are prefixed with an"
              + " apostrophe."
              + ACCESS)
  HttpResponse<StreamedFile> errors(
      Authentication auth,
      UUID id,
      @QueryValue @Nullable String lang,
      @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String language)
      throws IOException {
    String asked = lang != null && !lang.isBlank() ? lang : language;
    Locale locale =
        asked == null || asked.isBlank() ? ProblemTexts.FRENCH : ProblemTexts.locale(asked);
    Path report = Files.createTempFile("boucle-import-errors", ".csv");
    try (OutputStream out = Files.newOutputStream(report)) {
      errors.report(CurrentUser.from(auth), id, locale, out);
    } catch (RuntimeException | IOException e) {
      Files.deleteIfExists(report);
      throw e;
    }
    InputStream in =
        new FilterInputStream(Files.newInputStream(report)) {
          @Override
          public void close() throws IOException {
            super.close();
            Files.deleteIfExists(report);
          }
        };
    StreamedFile file =
        new StreamedFile(in, MediaType.of("text/csv;charset=utf-8"), 0, Files.size(report))
            .attach(
                (locale.equals(ProblemTexts.FRENCH) ? "erreurs-import-" : "import-errors-")
                    + id
                    + ".csv");
    return HttpResponse.ok(file);
  }
}
