package fr.boucle.stockimport.internal;

import fr.boucle.listing.StockAccess;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.stockimport.ImportField;
import fr.boucle.stockimport.ImportViews;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Streams an upload to disk, inspects it and creates the job with a suggested mapping. */
@Singleton
public class UploadImport {

  private static final List<ImportViews.Field> FIELDS =
      Arrays.stream(ImportField.values())
          .map(f -> new ImportViews.Field(f.field(), f.required()))
          .toList();

  private final UploadedFiles files;
  private final StockImportJobs jobs;
  private final ImportSettings settings;
  private final JsonMapper json;

  UploadImport(
      UploadedFiles files, StockImportJobs jobs, ImportSettings settings, JsonMapper json) {
    this.files = files;
    this.jobs = jobs;
    this.settings = settings;
    this.json = json;
  }

  public ImportViews.Uploaded upload(CurrentUser user, @Nullable String fileName, InputStream in)
      throws IOException {
    StockAccess.require(user, true);
    String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
    if (name.length() > 200) {
      name = name.substring(0, 200);
    }
    UUID id = UUID.randomUUID();
    Path part = files.partFor(id);
    try {
      long size = files.receive(part, in);
      TableFile.Shape shape = TableFile.inspect(part, settings.limits());
      files.keep(id, part);
      jobs.insert(
          id,
          user.organisationId(),
          name,
          size,
          shape.format(),
          shape.encoding(),
          shape.separator(),
          json.writeValueAsString(shape.headers()),
          json.writeValueAsString(suggestedMapping(shape.headers())),
          shape.rows(),
          actorOf(user));
      return new ImportViews.Uploaded(
          jobs.require(user.organisationId(), id).view(), shape.sample(), FIELDS);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** The field each header seems to fill, each field suggested for one column at most. */
  static Map<String, String> suggestedMapping(List<String> headers) {
    Map<String, String> suggested = new LinkedHashMap<>();
    Set<ImportField> taken = new HashSet<>();
    for (String header : headers) {
      ImportField.suggestedFor(header)
          .filter(taken::add)
          .ifPresent(f -> suggested.put(header, f.field()));
    }
    return suggested;
  }

  static String actorOf(CurrentUser user) {
    return user.isApiToken() ? "API: " + user.label() : user.label();
  }
}
