package fr.boucle.stockimport.internal;

import fr.boucle.listing.StockAccess;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import fr.boucle.stockimport.ImportField;
import fr.boucle.stockimport.ImportViews;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Replaces a job's mapping; names each unknown column or field and each required field left out.
 */
@Singleton
public class MapColumns {

  private final StockImportJobs jobs;
  private final JsonMapper json;

  MapColumns(StockImportJobs jobs, JsonMapper json) {
    this.jobs = jobs;
    this.json = json;
  }

  public ImportViews.Job map(CurrentUser user, UUID id, ImportViews.Mapping wanted) {
    StockAccess.requireObject(user, true, "Import");
    StockImportJobs.Job job = jobs.require(user.organisationId(), id);
    ImportProblems.refuseUnlessEditable(job.status());
    String mapping;
    try {
      mapping = json.writeValueAsString(checked(job.headers(), wanted));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Moves from the status just read: a run that starts meanwhile is not overwritten.
    while (jobs.remap(id, mapping, job.status(), job.status().afterMapping()) == 0) {
      job = jobs.require(user.organisationId(), id);
      ImportProblems.refuseUnlessEditable(job.status());
    }
    return jobs.require(user.organisationId(), id).view();
  }

  /** The wanted mapping (header → field), checked against the file's headers and the fields. */
  static Map<String, String> checked(List<String> headers, ImportViews.Mapping wanted) {
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    Map<String, String> mapping = new LinkedHashMap<>();
    Map<String, String> columnOfField = new HashMap<>();
    Map<String, String> columns = wanted.columns() == null ? Map.of() : wanted.columns();
    columns.forEach((header, field) -> {
      if (field == null || field.isBlank()) {
        return;
      }
      if (!headers.contains(header)) {
        errors.add("columns." + header, ProblemCode.IMPORT_NOT_A_COLUMN);
      } else if (ImportField.byField(field).isEmpty()) {
        errors.add("columns." + header, ProblemCode.IMPORT_NOT_A_FIELD, "field", field);
      } else if (columnOfField.containsKey(field)) {
        errors.add(
            "columns." + header,
            ProblemCode.IMPORT_FIELD_TWICE,
            "field",
            field,
            "column",
            columnOfField.get(field));
      } else {
        columnOfField.put(field, header);
        mapping.put(header, field);
      }
    });
    for (ImportField f : ImportField.requiredFields()) {
      if (!columnOfField.containsKey(f.field()) && !errors.has("columns." + f.field())) {
        errors.add(f.field(), ProblemCode.IMPORT_MAP_REQUIRED);
      }
    }
    errors.throwIfAny();
    return mapping;
  }
}
