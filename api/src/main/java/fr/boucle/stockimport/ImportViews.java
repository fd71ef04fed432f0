package fr.boucle.stockimport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the stock import API answers. */
public final class ImportViews {

  private ImportViews() {}

  /** A field a column may fill. */
  @Serdeable
  public record Field(String field, boolean required) {}

  /**
   * An import job: the file as detected, its mapping, and its progress.
   *
   * @param mapping the listing field each column fills (header → field)
   * @param phase while RUNNING: VALIDATING (all-or-nothing's first pass) or WRITING
   */
  @Serdeable
  public record Job(
      UUID id,
      String fileName,
      long fileSize,
      ImportFormat format,
      @Nullable String encoding,
      @Nullable String separator,
      List<String> headers,
      Map<String, String> mapping,
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
      String createdBy,
      Instant createdAt,
      Instant updatedAt,
      @Nullable Instant startedAt,
      @Nullable Instant finishedAt) {}

  /** The answer to an upload: the job, a sample of its first rows, the fields to map. */
  @Serdeable
  public record Uploaded(Job job, List<List<String>> sample, List<Field> fields) {}

  /** A dry run's verdict: what a run would do, and the first rejected lines. */
  @Serdeable
  public record Preview(
      int totalLines,
      int wouldCreate,
      int wouldUpdate,
      int unchanged,
      int rejected,
      List<LineError> errors) {}

  /** The wanted mapping: the listing field each column fills (absent or null: ignored). */
  @Serdeable
  public record Mapping(@Nullable Map<String, String> columns) {}

  /** How to run: PARTIAL (valid lines go in) or ALL_OR_NOTHING. */
  @Serdeable
  public record Run(@Nullable String mode) {}
}
