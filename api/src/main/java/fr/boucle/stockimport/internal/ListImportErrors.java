package fr.boucle.stockimport.internal;

import fr.boucle.listing.StockAccess;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.ProblemTexts;
import fr.boucle.stockimport.LineError;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The rejected lines of a job's last dry run or run, in file order: paged, or as CSV. */
@Singleton
public class ListImportErrors {

  private static final int REPORT_CHUNK = 5000;

  private final StockImportJobs jobs;
  private final StockImportErrors errors;

  ListImportErrors(StockImportJobs jobs, StockImportErrors errors) {
    this.jobs = jobs;
    this.errors = errors;
  }

  public Page<LineError> page(CurrentUser user, UUID id, int page, int size) {
    StockAccess.requireObject(user, false, "Import");
    jobs.require(user.organisationId(), id);
    long total = errors.countByImportId(id);
    List<LineError> rows =
        errors.pageOf(id, size, (long) page * size).stream()
            .map(StockImportErrors.Row::lineError)
            .toList();
    return new Page<>(rows, page, size, total);
  }

  /**
   * Writes the rejected lines as CSV for French Excel: UTF-8 with BOM, ';' separator, headers and
   * reasons in the given language (a line kept before codes keeps its English reason). A value that
   * a spreadsheet would run as a formula is prefixed with an apostrophe.
   */
  public void report(CurrentUser user, UUID id, Locale locale, OutputStream out)
      throws IOException {
    boolean french = locale.getLanguage().equals(ProblemTexts.FRENCH.getLanguage());
    StockAccess.requireObject(user, false, "Import");
    StockImportJobs.Job job = jobs.require(user.organisationId(), id);
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    StringBuilder csv =
        new StringBuilder(
            french ? "ligne;colonne;champ;valeur;motif\r\n" : "line;column;field;value;reason\r\n");
    long after = 0;
    while (true) {
      List<StockImportErrors.Row> rows = errors.after(id, after, REPORT_CHUNK);
      for (StockImportErrors.Row r : rows) {
        csv.append(r.line())
            .append(';')
            .append(safeCell(r.columnName()))
            .append(';')
            .append(safeCell(r.field()))
            .append(';')
            .append(safeCell(r.value()))
            .append(';')
            .append(safeCell(r.lineError().in(locale).reason()))
            .append("\r\n");
        after = r.id();
      }
      out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
      csv.setLength(0);
      if (rows.size() < REPORT_CHUNK) {
        break;
      }
    }
    if (job.rejected() > StockImportErrors.MAX_STORED) {
      long more = job.rejected() - StockImportErrors.MAX_STORED;
      out.write(
          (";;;;"
                  + more
                  + (french
                      ? " autres lignes rejetées non listées"
                      : " more rejected lines not listed")
                  + "\r\n")
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
