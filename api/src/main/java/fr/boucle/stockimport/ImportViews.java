package fr.boucle.stockimport;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
   * @param message how the run ended, in words: in the request's language when it has a code
   * @param messageCode the same as a {@link fr.boucle.shared.web.ProblemCode} code, for clients to
   *     word it (null without a message, and on runs ended before codes were kept)
   * @param messageParams the values needed to say it (a count of lines, a number of seconds…)
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
      @Nullable String messageCode,
      @Nullable Map<String, String> messageParams,
      String createdBy,
      Instant createdAt,
      Instant updatedAt,
      @Nullable Instant startedAt,
      @Nullable Instant finishedAt) {

    /** This job with its message worded in the given language from its code, when it has one. */
    public Job in(Locale locale) {
      if (messageCode == null) {
        return this;
      }
      return ProblemCode.byCode(messageCode)
          .map(c -> new Message(c, messageParams).in(locale))
          .map(said ->
              new Job(
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
                  said,
                  messageCode,
                  messageParams,
                  createdBy,
                  createdAt,
                  updatedAt,
                  startedAt,
                  finishedAt))
          .orElse(this);
    }
  }

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
      List<LineError> errors) {

    /** This verdict with its errors worded in the given language. */
    public Preview in(Locale locale) {
      return new Preview(
          totalLines,
          wouldCreate,
          wouldUpdate,
          unchanged,
          rejected,
          errors.stream().map(e -> e.in(locale)).toList());
    }
  }

  /** The wanted mapping: the listing field each column fills (absent or null: ignored). */
  @Serdeable
  public record Mapping(@Nullable Map<String, String> columns) {}

  /** How to run: PARTIAL (valid lines go in) or ALL_OR_NOTHING. */
  @Serdeable
  public record Run(@Nullable String mode) {}
}
