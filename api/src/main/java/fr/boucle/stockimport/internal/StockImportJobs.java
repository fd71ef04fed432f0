package fr.boucle.stockimport.internal;

import fr.boucle.shared.web.NotFound;
import fr.boucle.stockimport.ImportFormat;
import fr.boucle.stockimport.ImportMode;
import fr.boucle.stockimport.ImportPhase;
import fr.boucle.stockimport.ImportStatus;
import fr.boucle.stockimport.ImportViews;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The stock_import table: one row per uploaded file, its mapping and the progress of its last dry
 * run or run. Status changes are conditional updates that name the statuses they may leave ({@link
 * ImportStatus#reachableFrom()}), so two requests never both start a run.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StockImportJobs extends GenericRepository<StockImportJobs.Job, UUID> {

  Optional<Job> findByIdAndSupplierId(UUID id, UUID supplierId);

  /** The supplier's job, or a 404 (another organisation's job is missing too). */
  default Job require(UUID supplierId, UUID id) {
    return findByIdAndSupplierId(id, supplierId).orElseThrow(() -> new NotFound("Import"));
  }

  long countBySupplierId(UUID supplierId);

  @Query(
      "SELECT * FROM stock_import WHERE supplier_id = :supplierId"
          + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
  List<Job> pageOf(UUID supplierId, int limit, long offset);

  List<Job> findByIdIn(Collection<UUID> ids);

  @Query(
      "INSERT INTO stock_import (id, supplier_id, file_name, file_size, format, encoding,"
          + " separator, headers, mapping, total_lines, created_by)"
          + " VALUES (:id, :supplierId, :fileName, :fileSize, :format, :encoding, :separator,"
          + " CAST(:headers AS jsonb), CAST(:mapping AS jsonb), :totalLines, :createdBy)")
  void insert(
      UUID id,
      UUID supplierId,
      String fileName,
      long fileSize,
      ImportFormat format,
      @Nullable String encoding,
      @Nullable String separator,
      String headers,
      String mapping,
      int totalLines,
      String createdBy);

  /** Replaces the mapping and moves the status, unless the job left {@code from} meanwhile. */
  @Query(
      "UPDATE stock_import SET mapping = CAST(:mapping AS jsonb), status = :to,"
          + " updated_at = now() WHERE id = :id AND status = :from")
  int remap(UUID id, String mapping, ImportStatus from, ImportStatus to);

  /** Records a dry run's line count; answers 0 when the job may not become PREVIEWED now. */
  @Query(
      "UPDATE stock_import SET status = :to, total_lines = :totalLines, updated_at = now()"
          + " WHERE id = :id AND status IN (:from)")
  int previewed(UUID id, int totalLines, ImportStatus to, Set<ImportStatus> from);

  /** Claims the job for a run: answers 0 when it is not in a status a run may start from. */
  @Query(
      "UPDATE stock_import SET status = :to, mode = :mode, phase = :phase, processed_lines = 0,"
          + " created = 0, updated = 0, unchanged = 0, rejected = 0, message = NULL,"
          + " message_code = NULL, message_params = NULL,"
          + " started_at = now(), finished_at = NULL, updated_at = now()"
          + " WHERE id = :id AND supplier_id = :supplierId AND status IN (:from)")
  int claim(
      UUID id,
      UUID supplierId,
      ImportMode mode,
      ImportPhase phase,
      ImportStatus to,
      Set<ImportStatus> from);

  @Query(
      "UPDATE stock_import SET processed_lines = :processed, created = :created,"
          + " updated = :updated, unchanged = :unchanged, rejected = :rejected, phase = :phase,"
          + " updated_at = now() WHERE id = :id")
  void progress(
      UUID id,
      int processed,
      int created,
      int updated,
      int unchanged,
      int rejected,
      @Nullable ImportPhase phase);

  default void progress(UUID id, Tally t, @Nullable ImportPhase phase) {
    progress(id, t.processed, t.created, t.updated, t.unchanged, t.rejected, phase);
  }

  @Query(
      "UPDATE stock_import SET status = :status, phase = NULL, message = :message,"
          + " message_code = :messageCode, message_params = CAST(:messageParams AS jsonb),"
          + " finished_at = now(), updated_at = now() WHERE id = :id")
  void finish(
      UUID id,
      ImportStatus status,
      @Nullable String message,
      @Nullable String messageCode,
      @Nullable String messageParams);

  /** Ends the runs nobody has moved for two minutes: their server stopped. */
  @Query(
      "UPDATE stock_import SET status = :to, phase = NULL, finished_at = now(),"
          + " updated_at = now(), message = :message, message_code = :messageCode,"
          + " message_params = NULL"
          + " WHERE status = :from AND updated_at < now() - interval '2 minutes'")
  int failStalled(ImportStatus from, ImportStatus to, String message, String messageCode);

  /** A row of stock_import. */
  @MappedEntity("stock_import")
  record Job(
      @Id UUID id,
      UUID supplierId,
      String fileName,
      long fileSize,
      ImportFormat format,
      @Nullable String encoding,
      @Nullable String separator,
      @TypeDef(type = DataType.JSON) List<String> headers,
      @TypeDef(type = DataType.JSON) Map<String, String> mapping,
      @Nullable ImportMode mode,
      ImportStatus status,
      @Nullable ImportPhase phase,
      int totalLines,
      int processedLines,
      int created,
      int updated,
      int unchanged,
      int rejected,
      @Nullable String message,
      @Nullable String messageCode,
      @TypeDef(type = DataType.JSON) @Nullable Map<String, String> messageParams,
      String createdBy,
      Instant createdAt,
      Instant updatedAt,
      @Nullable Instant startedAt,
      @Nullable Instant finishedAt) {

    /** The shape of the file, as found at upload, to read it again. */
    TableFile.Shape shape() {
      return new TableFile.Shape(format, encoding, separator, headers, List.of(), totalLines);
    }

    ImportViews.Job view() {
      return new ImportViews.Job(
          id,
          fileName,
          fileSize,
          format,
          encoding,
          separator,
          headers,
          mapping,
          mode,
          status,
          phase,
          totalLines,
          processedLines,
          created,
          updated,
          unchanged,
          rejected,
          message,
          messageCode,
          messageParams,
          createdBy,
          createdAt,
          updatedAt,
          startedAt,
          finishedAt);
    }
  }
}
