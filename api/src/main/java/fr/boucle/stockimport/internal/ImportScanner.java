package fr.boucle.stockimport.internal;

import fr.boucle.listing.ListingFields;
import fr.boucle.listing.ListingWriter;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.stockimport.ImportPhase;
import fr.boucle.stockimport.LineError;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Streams a job's file through its {@link LineMapper} and the listing rules, in batches; the
 * checking pass (a dry run, or all-or-nothing's first pass) writes only the errors, and the lines
 * it stages.
 */
@Singleton
class ImportScanner {

  /** Receives the file in batches: the valid lines (with their line numbers) and the rejected. */
  @FunctionalInterface
  interface Batches {
    /**
     * @param rejected the errors of the rejected lines, each line's errors followed by a null
     */
    void accept(List<ListingFields> valid, List<Integer> lines, List<LineError> rejected);
  }

  private final ImportSettings settings;
  private final UploadedFiles files;
  private final StockImportJobs jobs;
  private final StockImportErrors errors;
  private final StagedLines stage;
  private final ListingWriter writer;

  ImportScanner(
      ImportSettings settings,
      UploadedFiles files,
      StockImportJobs jobs,
      StockImportErrors errors,
      StagedLines stage,
      ListingWriter writer) {
    this.settings = settings;
    this.files = files;
    this.jobs = jobs;
    this.errors = errors;
    this.stage = stage;
    this.writer = writer;
  }

  /**
   * Streams the file through the mapper and the rules. A SKU met again in the same file rejects the
   * later line (naming the first): each SKU appears once per file.
   */
  void scan(StockImportJobs.Job job, LineMapper mapper, Batches batches) {
    SkuSet seen = new SkuSet();
    int batchSize = settings.batchSize();
    List<ListingFields> valid = new ArrayList<>(batchSize);
    List<Integer> lines = new ArrayList<>(batchSize);
    List<LineError> rejected = new ArrayList<>();
    boolean[] header = {true};
    int[] inBatch = {0};
    try {
      TableFile.read(
          files.of(job.id()),
          job.shape(),
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
                        Message.of(ProblemCode.IMPORT_SKU_AGAIN, "first", first)));
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (inBatch[0] > 0) {
      batches.accept(List.copyOf(valid), List.copyOf(lines), new ArrayList<>(rejected));
    }
  }

  /**
   * A pass that writes nothing but the errors; with a phase, it reports progress as it goes; with
   * {@code staging}, the lines that pass are kept in stock_import_stage for the write.
   */
  Tally check(
      StockImportJobs.Job job, LineMapper mapper, @Nullable ImportPhase phase, boolean staging) {
    errors.deleteByImportId(job.id());
    Tally t = new Tally();
    scan(
        job,
        mapper,
        (valid, lines, rejected) -> {
          List<ListingWriter.Result> results = writer.preview(job.supplierId(), valid);
          int unreadable = Tally.lineCount(rejected);
          List<StagedLines.Staged> passed = new ArrayList<>();
          for (int i = 0; i < results.size(); i++) {
            Message refused = results.get(i).refusal();
            if (refused != null) {
              rejected.add(
                  LineError.of(
                      lines.get(i),
                      "",
                      "quantity",
                      String.valueOf(valid.get(i).quantity()),
                      refused));
              rejected.add(null);
            } else {
              passed.add(new StagedLines.Staged(lines.get(i), valid.get(i)));
            }
          }
          t.count(results);
          if (staging) {
            stage.add(job.id(), passed);
          }
          t.rejected += Tally.lineCount(rejected);
          t.processed += valid.size() + unreadable;
          store(job.id(), t, rejected);
          if (phase != null) {
            jobs.progress(job.id(), t, phase);
          }
        });
    return t;
  }

  /** Keeps the errors of rejected lines, up to {@link StockImportErrors#MAX_STORED} per job. */
  void store(UUID importId, Tally tally, List<LineError> rejected) {
    List<StockImportErrors.Row> rows = new ArrayList<>();
    for (LineError e : rejected) {
      if (e != null && tally.storedErrors < StockImportErrors.MAX_STORED) {
        tally.storedErrors++;
        rows.add(StockImportErrors.Row.of(importId, e));
      }
    }
    if (!rows.isEmpty()) {
      errors.saveAll(rows);
    }
  }
}
