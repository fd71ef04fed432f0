package fr.boucle.stockimport.internal;

import fr.boucle.listing.Categories;
import fr.boucle.listing.Category;
import fr.boucle.listing.ListingFields;
import fr.boucle.listing.ListingRules;
import fr.boucle.listing.ListingWriter;
import fr.boucle.listing.StockAccess;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemException;
import fr.boucle.shared.web.ValidationFailed;
import fr.boucle.stockimport.ImportField;
import fr.boucle.stockimport.ImportViews;
import fr.boucle.stockimport.LineError;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk import of a supplier's listings from a CSV or XLSX file: upload (the file is streamed to
 * disk and inspected), column mapping, dry run, then a run in the background that streams the file
 * again in batches through {@link ListingRules} and {@link ListingWriter}. Every query is scoped by
 * the caller's organisation.
 */
@Singleton
public class StockImports {

  /** How many rejected lines a job keeps for its error report; the rest are only counted. */
  static final int MAX_STORED_ERRORS = 100_000;

  static final int PREVIEW_ERRORS = 50;
  private static final Logger LOG = LoggerFactory.getLogger(StockImports.class);
  private static final Set<String> MODES = Set.of("PARTIAL", "ALL_OR_NOTHING");

  private final Sql sql;
  private final ListingRules rules;
  private final ListingWriter writer;
  private final Categories categories;
  private final TransactionOperations<Connection> transactions;
  private final ExecutorService executor;
  private final JsonMapper json;
  private final ImportSettings settings;

  StockImports(
      Sql sql,
      ListingRules rules,
      ListingWriter writer,
      Categories categories,
      TransactionOperations<Connection> transactions,
      @Named(TaskExecutors.BLOCKING) ExecutorService executor,
      JsonMapper json,
      ImportSettings settings) {
    this.sql = sql;
    this.rules = rules;
    this.writer = writer;
    this.categories = categories;
    this.transactions = transactions;
    this.executor = executor;
    this.json = json;
    this.settings = settings;
  }

  /** A job left RUNNING by a stopped instance (no progress for two minutes) has failed. */
  @EventListener
  void failInterrupted(StartupEvent event) {
    sql.update(
        "UPDATE stock_import SET status = 'FAILED', phase = NULL, finished_at = now(),"
            + " updated_at = now(), message = 'Interrupted by a restart of the server; run it"
            + " again.' WHERE status = 'RUNNING' AND updated_at < now() - interval '2 minutes'");
  }

  // ---- upload -----------------------------------------------------------------------------

  /** The upload was larger than allowed. */
  static final class FileTooLarge extends ProblemException {
    FileTooLarge(long max) {
      super(
          HttpStatus.REQUEST_ENTITY_TOO_LARGE,
          "The file is larger than " + (max / (1024 * 1024)) + " MB.",
          List.of(
              new Problem.FieldError(
                  "file",
                  "must be at most "
                      + (max / (1024 * 1024))
                      + " MB: split it into several files")));
    }
  }

  /** Streams the upload to disk, inspects it and creates the job with a suggested mapping. */
  public ImportViews.Uploaded upload(CurrentUser user, @Nullable String fileName, InputStream in)
      throws IOException {
    StockAccess.require(user, true);
    String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
    if (name.length() > 200) {
      name = name.substring(0, 200);
    }
    UUID id = UUID.randomUUID();
    Path dir = settings.directory();
    Files.createDirectories(dir);
    Path file = dir.resolve(id + ".upload");
    long size = 0;
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) > 0) {
          size += n;
          // Past the limit the rest is read and dropped (the server caps the request), so the
          // connection stays usable for the client's next request.
          if (size <= settings.maxBytes()) {
            out.write(buffer, 0, n);
          }
        }
      }
      if (size > settings.maxBytes()) {
        throw new FileTooLarge(settings.maxBytes());
      }
      TableFile.Shape shape = TableFile.inspect(file, settings.limits());
      Path kept = dir.resolve(id.toString());
      Files.move(file, kept, StandardCopyOption.ATOMIC_MOVE);
      Map<String, String> suggested = new LinkedHashMap<>();
      Set<ImportField> taken = new java.util.HashSet<>();
      for (String header : shape.headers()) {
        ImportField.suggestedFor(header)
            .filter(taken::add)
            .ifPresent(f -> suggested.put(header, f.field()));
      }
      sql.update(
          "INSERT INTO stock_import (id, supplier_id, file_name, file_size, format, encoding,"
              + " separator, headers, mapping, total_lines, created_by)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)",
          id,
          user.organisationId(),
          name,
          size,
          shape.format().name(),
          shape.encoding(),
          shape.separator(),
          json.writeValueAsString(shape.headers()),
          json.writeValueAsString(suggested),
          shape.rows(),
          actorOf(user));
      List<ImportViews.Field> fields =
          java.util.Arrays.stream(ImportField.values())
              .map(f -> new ImportViews.Field(f.field(), f.required()))
              .toList();
      return new ImportViews.Uploaded(job(user.organisationId(), id), shape.sample(), fields);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  static String actorOf(CurrentUser user) {
    return user.isApiToken() ? "API: " + user.label() : user.label();
  }

  // ---- reading ----------------------------------------------------------------------------

  public ImportViews.Job get(CurrentUser user, UUID id) {
    StockAccess.requireObject(user, false, "Import");
    return job(user.organisationId(), id);
  }

  public Page<ImportViews.Job> list(CurrentUser user, int page, int size) {
    StockAccess.require(user, false);
    long total =
        sql.count("SELECT count(*) FROM stock_import WHERE supplier_id = ?", user.organisationId());
    List<ImportViews.Job> jobs =
        sql.list(
            "SELECT * FROM stock_import WHERE supplier_id = ? ORDER BY created_at DESC, id"
                + " LIMIT ? OFFSET ?",
            this::job,
            user.organisationId(),
            size,
            (long) page * size);
    return new Page<>(jobs, page, size, total);
  }

  private ImportViews.Job job(UUID supplierId, UUID id) {
    return sql.one(
            "SELECT * FROM stock_import WHERE id = ? AND supplier_id = ?",
            this::job,
            id,
            supplierId)
        .orElseThrow(() -> new NotFound("Import"));
  }

  private ImportViews.Job job(ResultSet rs) throws SQLException {
    try {
      List<String> headers = json.readValue(rs.getString("headers"), Argument.listOf(String.class));
      Map<String, String> mapping =
          json.readValue(rs.getString("mapping"), Argument.mapOf(String.class, String.class));
      return new ImportViews.Job(
          Sql.uuid(rs, "id"),
          rs.getString("file_name"),
          rs.getLong("file_size"),
          rs.getString("format"),
          rs.getString("encoding"),
          rs.getString("separator"),
          headers,
          mapping,
          rs.getString("mode"),
          rs.getString("status"),
          rs.getString("phase"),
          rs.getInt("total_lines"),
          rs.getInt("processed_lines"),
          rs.getInt("created"),
          rs.getInt("updated"),
          rs.getInt("unchanged"),
          rs.getInt("rejected"),
          rs.getString("message"),
          rs.getString("created_by"),
          Sql.instant(rs, "created_at"),
          Sql.instant(rs, "updated_at"),
          Sql.instant(rs, "started_at"),
          Sql.instant(rs, "finished_at"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- mapping ----------------------------------------------------------------------------

  /** Replaces the mapping; names each unknown column or field and each required field left out. */
  public ImportViews.Job map(CurrentUser user, UUID id, ImportViews.Mapping wanted) {
    StockAccess.requireObject(user, true, "Import");
    ImportViews.Job job = job(user.organisationId(), id);
    refuseWhileRunning(job);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    Map<String, String> mapping = new LinkedHashMap<>();
    Map<String, String> columnOfField = new HashMap<>();
    Map<String, String> columns = wanted.columns() == null ? Map.of() : wanted.columns();
    columns.forEach((header, field) -> {
      if (field == null || field.isBlank()) {
        return;
      }
      if (!job.headers().contains(header)) {
        errors.add("columns." + header, "is not a column of the file");
      } else if (ImportField.byField(field).isEmpty()) {
        errors.add("columns." + header, "'" + field + "' is not a listing field");
      } else if (columnOfField.containsKey(field)) {
        errors.add(
            "columns." + header,
            "fills " + field + ", already filled by column '" + columnOfField.get(field) + "'");
      } else {
        columnOfField.put(field, header);
        mapping.put(header, field);
      }
    });
    for (ImportField f : ImportField.requiredFields()) {
      if (!columnOfField.containsKey(f.field()) && !errors.has("columns." + f.field())) {
        errors.add(f.field(), "is required: map a column of the file to it");
      }
    }
    errors.throwIfAny();
    try {
      sql.update(
          "UPDATE stock_import SET mapping = ?::jsonb, status = CASE WHEN status = 'PREVIEWED'"
              + " THEN 'UPLOADED' ELSE status END, updated_at = now() WHERE id = ?",
          json.writeValueAsString(mapping),
          id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return job(user.organisationId(), id);
  }

  private static void refuseWhileRunning(ImportViews.Job job) {
    if ("RUNNING".equals(job.status())) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "This import is running; wait until it has finished.");
    }
    if ("DONE".equals(job.status())) {
      throw new ProblemException(
          HttpStatus.CONFLICT,
          "This import has been run. To import the file again, upload it again.");
    }
  }

  /** The mapping of a job, checked: every required field filled by a column. */
  private Map<String, ImportField> checkedMapping(ImportViews.Job job) {
    Map<String, ImportField> mapping = new LinkedHashMap<>();
    job.mapping()
        .forEach((header, field) ->
            ImportField.byField(field)
                .filter(f -> job.headers().contains(header))
                .ifPresent(f -> mapping.put(header, f)));
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    for (ImportField f : ImportField.requiredFields()) {
      if (!mapping.containsValue(f)) {
        errors.add(f.field(), "is required: map a column of the file to it");
      }
    }
    errors.throwIfAny();
    return mapping;
  }

  private LineMapper mapper(UUID supplierId, ImportViews.Job job) {
    Map<String, String> categoryByLabel = new HashMap<>();
    ListingRules.Context context = rules.forSupplier(supplierId);
    Map<String, Integer> labelUses = new HashMap<>();
    for (Category c : categories.findAllOrderByPosition()) {
      if (context.leafCategories().contains(c.id())) {
        for (String label : List.of(c.labelFr(), c.labelEn())) {
          String key = ImportField.normalise(label);
          if (labelUses.merge(key, 1, Integer::sum) == 1) {
            categoryByLabel.put(key, c.id());
          } else if (!c.id().equals(categoryByLabel.get(key))) {
            categoryByLabel.remove(key); // ambiguous: the file must name the category by its id
          }
        }
      }
    }
    Map<String, UUID> depots = new HashMap<>();
    sql.list(
        "SELECT id, name FROM depot WHERE organisation_id = ?",
        rs -> depots.put(ImportField.normalise(rs.getString("name")), Sql.uuid(rs, "id")),
        supplierId);
    return new LineMapper(job.headers(), checkedMapping(job), context, categoryByLabel, depots);
  }

  // ---- scanning ---------------------------------------------------------------------------

  /** Receives the file in batches: the valid lines (with their line numbers) and the rejected. */
  @FunctionalInterface
  private interface Batches {
    void accept(List<ListingFields> valid, List<Integer> lines, List<LineError> rejected);
  }

  /** Counters of one pass over a file. */
  private static final class Tally {
    int processed;
    int created;
    int updated;
    int unchanged;
    int rejected;
    int storedErrors;
  }

  /**
   * Streams the file through the mapper and the rules. A SKU met again in the same file rejects the
   * later line (naming the first): each SKU appears once per file.
   */
  private void scan(Path file, ImportViews.Job job, LineMapper mapper, Batches batches)
      throws IOException {
    TableFile.Shape shape =
        new TableFile.Shape(
            TableFile.Format.valueOf(job.format()),
            job.encoding(),
            job.separator(),
            job.headers(),
            List.of(),
            job.totalLines());
    SkuSet seen = new SkuSet();
    int batchSize = settings.batchSize();
    List<ListingFields> valid = new ArrayList<>(batchSize);
    List<Integer> lines = new ArrayList<>(batchSize);
    List<LineError> rejected = new ArrayList<>();
    boolean[] header = {true};
    int[] inBatch = {0};
    TableFile.read(
        file,
        shape,
        settings.limits(),
        (line, cells) -> {
          if (header[0]) {
            header[0] = false;
            return;
          }
          LineMapper.Mapped m = mapper.map(line, cells);
          if (m.fields() == null) {
            rejected.addAll(m.errors());
            rejected.add(null); // marks the end of one rejected line
          } else {
            int first = seen.addOrFirstLine(m.fields().sku(), line);
            if (first != 0) {
              rejected.add(
                  mapper.error(
                      line,
                      "sku",
                      cells,
                      "appears again: line " + first + " has the same SKU (one line per SKU)"));
              rejected.add(null);
            } else {
              valid.add(m.fields());
              lines.add(line);
            }
          }
          if (++inBatch[0] >= batchSize) {
            batches.accept(List.copyOf(valid), List.copyOf(lines), new ArrayList<>(rejected));
            valid.clear();
            lines.clear();
            rejected.clear();
            inBatch[0] = 0;
          }
        });
    if (inBatch[0] > 0) {
      batches.accept(List.copyOf(valid), List.copyOf(lines), new ArrayList<>(rejected));
    }
  }

  private static int lineCount(List<LineError> rejected) {
    int n = 0;
    for (LineError e : rejected) {
      if (e == null) {
        n++;
      }
    }
    return n;
  }

  private void storeErrors(UUID id, Tally tally, List<LineError> rejected) {
    List<Object[]> rows = new ArrayList<>();
    for (LineError e : rejected) {
      if (e != null && tally.storedErrors < MAX_STORED_ERRORS) {
        tally.storedErrors++;
        rows.add(new Object[] {id, e.line(), e.column(), e.field(), e.value(), e.reason()});
      }
    }
    sql.batch(
        "INSERT INTO stock_import_error (import_id, line, column_name, field, value, reason)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        rows);
  }

  private void progress(UUID id, Tally t, @Nullable String phase) {
    sql.update(
        "UPDATE stock_import SET processed_lines = ?, created = ?, updated = ?, unchanged = ?,"
            + " rejected = ?, phase = ?, updated_at = now() WHERE id = ?",
        t.processed,
        t.created,
        t.updated,
        t.unchanged,
        t.rejected,
        phase,
        id);
  }

  private static void count(Tally t, List<ListingWriter.Result> results) {
    for (ListingWriter.Result r : results) {
      if (r.refusal() != null) {
        continue; // counted with the rejected lines
      }
      switch (r.outcome()) {
        case CREATED -> t.created++;
        case UPDATED -> t.updated++;
        case UNCHANGED -> t.unchanged++;
      }
    }
  }

  private Path fileOf(UUID id) {
    Path file = settings.directory().resolve(id.toString());
    if (!Files.isRegularFile(file)) {
      throw new ProblemException(
          HttpStatus.GONE, "The uploaded file is no longer kept; upload it again.");
    }
    return file;
  }

  // ---- dry run ----------------------------------------------------------------------------

  /** Reads the whole file through the rules without writing a listing; keeps the errors. */
  public ImportViews.Preview preview(CurrentUser user, UUID id) {
    StockAccess.requireObject(user, true, "Import");
    UUID supplier = user.organisationId();
    ImportViews.Job job = job(supplier, id);
    refuseWhileRunning(job);
    LineMapper mapper = mapper(supplier, job);
    Tally t = dryRun(supplier, job, mapper, null);
    sql.update(
        "UPDATE stock_import SET status = 'PREVIEWED', total_lines = ?, updated_at = now()"
            + " WHERE id = ? AND status <> 'RUNNING'",
        t.processed,
        id);
    return new ImportViews.Preview(
        t.processed, t.created, t.updated, t.unchanged, t.rejected, firstErrors(id));
  }

  /** A pass that writes nothing but the errors; with a phase, it reports progress as it goes. */
  private Tally dryRun(
      UUID supplier, ImportViews.Job job, LineMapper mapper, @Nullable String phase) {
    return dryRun(supplier, job, mapper, phase, false);
  }

  /** With {@code stage}, the lines that pass are kept in stock_import_stage for the write. */
  private Tally dryRun(
      UUID supplier,
      ImportViews.Job job,
      LineMapper mapper,
      @Nullable String phase,
      boolean stage) {
    sql.update("DELETE FROM stock_import_error WHERE import_id = ?", job.id());
    Tally t = new Tally();
    try {
      scan(
          fileOf(job.id()),
          job,
          mapper,
          (valid, lines, rejected) -> {
            List<ListingWriter.Result> results = writer.preview(supplier, valid);
            int unreadable = lineCount(rejected);
            for (int i = 0; i < results.size(); i++) {
              String refusal = results.get(i).refusal();
              if (refusal != null) {
                rejected.add(
                    new LineError(
                        lines.get(i),
                        "",
                        "quantity",
                        String.valueOf(valid.get(i).quantity()),
                        refusal));
                rejected.add(null);
              }
            }
            count(t, results);
            if (stage) {
              stage(job.id(), valid, lines, results);
            }
            t.rejected += lineCount(rejected);
            t.processed += valid.size() + unreadable;
            storeErrors(job.id(), t, rejected);
            if (phase != null) {
              progress(job.id(), t, phase);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }

  private List<LineError> firstErrors(UUID id) {
    return sql.list(
        "SELECT line, column_name, field, value, reason FROM stock_import_error"
            + " WHERE import_id = ? ORDER BY id LIMIT ?",
        StockImports::lineError,
        id,
        PREVIEW_ERRORS);
  }

  /** The rejected lines of the job's last dry run or run, in file order. */
  public Page<LineError> errors(CurrentUser user, UUID id, int page, int size) {
    StockAccess.requireObject(user, false, "Import");
    job(user.organisationId(), id);
    long total = sql.count("SELECT count(*) FROM stock_import_error WHERE import_id = ?", id);
    List<LineError> rows =
        sql.list(
            "SELECT line, column_name, field, value, reason FROM stock_import_error"
                + " WHERE import_id = ? ORDER BY id LIMIT ? OFFSET ?",
            StockImports::lineError,
            id,
            size,
            (long) page * size);
    return new Page<>(rows, page, size, total);
  }

  private static LineError lineError(ResultSet rs) throws SQLException {
    return new LineError(
        rs.getInt("line"),
        rs.getString("column_name"),
        rs.getString("field"),
        rs.getString("value"),
        rs.getString("reason"));
  }

  // ---- run --------------------------------------------------------------------------------

  /** Starts the import in the background; GET the job to follow its progress. */
  public ImportViews.Job run(CurrentUser user, UUID id, ImportViews.Run request) {
    StockAccess.requireObject(user, true, "Import");
    UUID supplier = user.organisationId();
    ImportViews.Job job = job(supplier, id);
    String mode =
        request.mode() == null ? "PARTIAL" : request.mode().strip().toUpperCase(Locale.ROOT);
    if (!MODES.contains(mode)) {
      new ValidationFailed.Collector()
          .add("mode", "must be PARTIAL or ALL_OR_NOTHING")
          .throwIfAny();
    }
    refuseWhileRunning(job);
    LineMapper mapper = mapper(supplier, job);
    fileOf(id);
    int claimed =
        sql.update(
            "UPDATE stock_import SET status = 'RUNNING', mode = ?, phase = ?, processed_lines = 0,"
                + " created = 0, updated = 0, unchanged = 0, rejected = 0, message = NULL,"
                + " started_at = now(), finished_at = NULL, updated_at = now()"
                + " WHERE id = ? AND supplier_id = ? AND status IN ('UPLOADED', 'PREVIEWED', 'FAILED')",
            mode,
            "PARTIAL".equals(mode) ? "WRITING" : "VALIDATING",
            id,
            supplier);
    if (claimed == 0) {
      refuseWhileRunning(job(supplier, id));
      throw new ProblemException(HttpStatus.CONFLICT, "This import cannot be run now.");
    }
    ImportViews.Job running = job(supplier, id);
    executor.execute(() -> runInBackground(user, running, mapper));
    return running;
  }

  private void runInBackground(CurrentUser user, ImportViews.Job job, LineMapper mapper) {
    try {
      if ("PARTIAL".equals(job.mode())) {
        runPartial(user, job, mapper);
      } else {
        runAllOrNothing(user, job, mapper);
      }
    } catch (RuntimeException | Error e) {
      LOG.error("Stock import {} failed", job.id(), e);
      finish(
          job.id(),
          null,
          "FAILED",
          "The import stopped on an unexpected error"
              + ("PARTIAL".equals(job.mode())
                  ? "; the batches counted above were imported."
                  : "; nothing was imported."));
    }
  }

  private void finish(UUID id, @Nullable Tally t, String status, @Nullable String message) {
    if (t != null) {
      progress(id, t, null);
    }
    sql.update(
        "UPDATE stock_import SET status = ?, phase = NULL, message = ?, finished_at = now(),"
            + " updated_at = now() WHERE id = ?",
        status,
        message,
        id);
    if ("DONE".equals(status)) {
      // A done import cannot run again: its file has no further use. A failed one may be run
      // again (in PARTIAL mode) until its file expires.
      deleteFile(id);
    }
  }

  private void deleteFile(UUID id) {
    try {
      Files.deleteIfExists(settings.directory().resolve(id.toString()));
    } catch (IOException e) {
      LOG.warn("Could not delete the file of stock import {}; the purge will retry", id, e);
    }
  }

  /**
   * Deletes the uploaded files nobody may use any more: those of done imports, of imports left
   * untouched for {@code boucle.stock-import.keep-files} (24 h by default), and files no import
   * knows (an upload interrupted between the file and its row).
   */
  @Scheduled(fixedDelay = "${boucle.stock-import.purge-interval:15m}", initialDelay = "1m")
  public void purgeExpiredFiles() {
    Path dir = settings.directory();
    if (!Files.isDirectory(dir)) {
      return;
    }
    Instant cutoff = Instant.now().minus(settings.keepFiles());
    // An upload is written before its row is inserted: a file younger than this may be one.
    Instant orphanCutoff = Instant.now().minus(Duration.ofMinutes(10));
    Map<UUID, Path> files = new HashMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path file : entries) {
        String name = file.getFileName().toString();
        String idPart = name.endsWith(".upload") ? name.substring(0, name.length() - 7) : name;
        try {
          UUID id = UUID.fromString(idPart);
          if (name.endsWith(".upload")) {
            if (Files.getLastModifiedTime(file).toInstant().isBefore(orphanCutoff)) {
              Files.deleteIfExists(file);
            }
          } else {
            files.put(id, file);
          }
        } catch (IllegalArgumentException notOurs) {
          // not a file of ours: left alone
        }
      }
      if (files.isEmpty()) {
        return;
      }
      Set<UUID> known = new java.util.HashSet<>();
      Set<UUID> keep = new java.util.HashSet<>();
      sql.list(
          "SELECT id, status <> 'DONE' AND (status = 'RUNNING' OR updated_at >= ?) AS live"
              + " FROM stock_import WHERE id = ANY(?)",
          rs -> {
            known.add(Sql.uuid(rs, "id"));
            if (rs.getBoolean("live")) {
              keep.add(Sql.uuid(rs, "id"));
            }
            return null;
          },
          cutoff,
          List.copyOf(files.keySet()));
      for (Map.Entry<UUID, Path> e : files.entrySet()) {
        boolean expired =
            known.contains(e.getKey())
                ? !keep.contains(e.getKey())
                : Files.getLastModifiedTime(e.getValue()).toInstant().isBefore(orphanCutoff);
        if (expired) {
          Files.deleteIfExists(e.getValue());
          LOG.info("Deleted the uploaded file of stock import {}", e.getKey());
        }
      }
    } catch (IOException e) {
      LOG.warn("Could not purge the uploaded stock import files in {}", dir, e);
    }
  }

  /** Valid lines go in, one transaction per batch (with the job's counters); the rest reported. */
  private void runPartial(CurrentUser user, ImportViews.Job job, LineMapper mapper) {
    UUID supplier = user.organisationId();
    String why = "Import " + job.fileName();
    sql.update("DELETE FROM stock_import_error WHERE import_id = ?", job.id());
    Tally t = new Tally();
    try {
      scan(
          fileOf(job.id()),
          job,
          mapper,
          (valid, lines, rejected) -> {
            List<LineError> errors = new ArrayList<>(rejected);
            try {
              transactions.executeWrite(status -> {
                count(t, writer.upsert(user, supplier, valid, why));
                return null;
              });
            } catch (RuntimeException batchFailed) {
              // One line the rules accepted broke a database constraint: find it line by line.
              for (int i = 0; i < valid.size(); i++) {
                ListingFields one = valid.get(i);
                try {
                  List<ListingWriter.Result> r =
                      transactions.executeWrite(
                          status -> writer.upsert(user, supplier, List.of(one), why));
                  count(t, r);
                } catch (RuntimeException lineFailed) {
                  errors.add(
                      new LineError(
                          lines.get(i),
                          "",
                          "",
                          one.sku(),
                          "could not be saved: " + rootCause(lineFailed)));
                  errors.add(null);
                }
              }
            }
            int bad = lineCount(errors);
            t.rejected += bad;
            t.processed += valid.size() + lineCount(rejected);
            transactions.executeWrite(status -> {
              storeErrors(job.id(), t, errors);
              progress(job.id(), t, "WRITING");
              return null;
            });
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    finish(
        job.id(),
        t,
        "DONE",
        t.rejected == 0 ? null : t.rejected + " lines rejected: see the error report.");
  }

  private void stage(
      UUID importId,
      List<ListingFields> valid,
      List<Integer> lines,
      List<ListingWriter.Result> results) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < valid.size(); i++) {
      if (results.get(i).refusal() == null) {
        try {
          rows.add(
              new Object[] {
                importId, lines.get(i), valid.get(i).sku(), json.writeValueAsString(valid.get(i))
              });
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    sql.batch(
        "INSERT INTO stock_import_stage (import_id, line, sku, fields) VALUES (?, ?, ?, ?::jsonb)",
        rows);
  }

  /**
   * Validates the whole file first, keeping its checked lines in stock_import_stage; writes them in
   * one transaction only when no line is rejected. That transaction reads the staged lines, not the
   * file, and first locks all the import's listings at once or none ({@code NOWAIT}, tried again
   * after a pause while an order holds one): it never holds some listings while it waits for
   * another, and holds them only while it writes.
   */
  private void runAllOrNothing(CurrentUser user, ImportViews.Job job, LineMapper mapper) {
    UUID supplier = user.organisationId();
    try {
      sql.update("DELETE FROM stock_import_stage WHERE import_id = ?", job.id());
      Tally check = dryRun(supplier, job, mapper, "VALIDATING", true);
      if (check.rejected > 0) {
        Tally nothingWritten = new Tally();
        nothingWritten.processed = check.processed;
        nothingWritten.rejected = check.rejected;
        finish(
            job.id(),
            nothingWritten,
            "FAILED",
            check.rejected
                + " lines rejected: nothing was imported. Correct them, or run in PARTIAL mode.");
        return;
      }
      writeStaged(user, job);
    } finally {
      sql.update("DELETE FROM stock_import_stage WHERE import_id = ?", job.id());
    }
  }

  private void writeStaged(CurrentUser user, ImportViews.Job job) {
    UUID supplier = user.organisationId();
    String why = "Import " + job.fileName();
    List<String> skus =
        sql.list(
            "SELECT sku FROM stock_import_stage WHERE import_id = ?",
            rs -> rs.getString(1),
            job.id());
    progress(job.id(), new Tally(), "WRITING");
    Tally t = new Tally();
    long deadline = System.nanoTime() + settings.lockWait().toNanos();
    try {
      for (int attempt = 1; ; attempt++) {
        Tally written = new Tally();
        Boolean done =
            transactions.executeWrite(status -> {
              if (!writer.tryLockAll(supplier, skus)) {
                status.setRollbackOnly(); // holds nothing; tried again after a pause
                return false;
              }
              int after = 0;
              while (true) {
                record Staged(int line, ListingFields fields) {}
                List<Staged> chunk =
                    sql.list(
                        "SELECT line, fields::text FROM stock_import_stage"
                            + " WHERE import_id = ? AND line > ? ORDER BY line LIMIT ?",
                        rs -> {
                          try {
                            return new Staged(
                                rs.getInt(1), json.readValue(rs.getString(2), ListingFields.class));
                          } catch (IOException e) {
                            throw new UncheckedIOException(e);
                          }
                        },
                        job.id(),
                        after,
                        settings.batchSize());
                if (chunk.isEmpty()) {
                  break;
                }
                count(
                    written,
                    writer.upsert(
                        user, supplier, chunk.stream().map(Staged::fields).toList(), why));
                written.processed += chunk.size();
                after = chunk.get(chunk.size() - 1).line();
                transactions.execute(
                    TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW),
                    inner -> {
                      progress(job.id(), written, "WRITING");
                      return null;
                    });
              }
              progress(job.id(), written, null);
              return true;
            });
        if (Boolean.TRUE.equals(done)) {
          t = written;
          break;
        }
        if (System.nanoTime() > deadline) {
          finish(
              job.id(),
              new Tally(),
              "FAILED",
              "Nothing was imported: some of these listings stayed busy with orders in progress"
                  + " for "
                  + settings.lockWait().toSeconds()
                  + " s; run it again.");
          return;
        }
        try {
          Thread.sleep(Math.min(1_000, 50L * attempt));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for busy listings", e);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("All-or-nothing stock import {} rolled back", job.id(), e);
      finish(
          job.id(),
          new Tally(),
          "FAILED",
          "Nothing was imported: a line could not be saved (" + rootCause(e) + ").");
      return;
    }
    finish(job.id(), t, "DONE", null);
  }

  private static String rootCause(Throwable e) {
    Throwable c = e;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  // ---- error report -----------------------------------------------------------------------

  /**
   * Writes the rejected lines as CSV for French Excel: UTF-8 with BOM, ';' separator. A value that
   * a spreadsheet would run as a formula is prefixed with an apostrophe.
   */
  public void errorReport(CurrentUser user, UUID id, OutputStream out) throws IOException {
    StockAccess.requireObject(user, false, "Import");
    ImportViews.Job job = job(user.organisationId(), id);
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    StringBuilder csv = new StringBuilder("ligne;colonne;champ;valeur;motif\r\n");
    long after = 0;
    while (true) {
      List<Object[]> rows =
          sql.list(
              "SELECT id, line, column_name, field, value, reason FROM stock_import_error"
                  + " WHERE import_id = ? AND id > ? ORDER BY id LIMIT 5000",
              rs ->
                  new Object[] {
                    rs.getLong("id"),
                    rs.getInt("line"),
                    rs.getString("column_name"),
                    rs.getString("field"),
                    rs.getString("value"),
                    rs.getString("reason")
                  },
              id,
              after);
      for (Object[] r : rows) {
        csv.append(r[1])
            .append(';')
            .append(safeCell((String) r[2]))
            .append(';')
            .append(safeCell((String) r[3]))
            .append(';')
            .append(safeCell((String) r[4]))
            .append(';')
            .append(safeCell((String) r[5]))
            .append("\r\n");
        after = (Long) r[0];
      }
      out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
      csv.setLength(0);
      if (rows.size() < 5000) {
        break;
      }
    }
    if (job.rejected() > MAX_STORED_ERRORS) {
      out.write(
          (";;;;" + (job.rejected() - MAX_STORED_ERRORS) + " more rejected lines not listed\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A CSV cell, quoted, with formula-like values neutralised by a leading apostrophe. */
  static String safeCell(@Nullable String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && (Cells.isFormulaLike(v) || v.charAt(0) == '\n')) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
