package fr.boucle.stockimport.internal;

import fr.boucle.listing.Categories;
import fr.boucle.listing.Category;
import fr.boucle.listing.ListingRules;
import fr.boucle.organisation.SupplierDepots;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import fr.boucle.stockimport.ImportField;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the {@link LineMapper} of a job: its checked mapping, the supplier's rules context, the
 * leaf categories by label and the supplier's depots by name.
 */
@Singleton
class LineMappers {

  private final ListingRules rules;
  private final Categories categories;
  private final SupplierDepots depots;

  LineMappers(ListingRules rules, Categories categories, SupplierDepots depots) {
    this.rules = rules;
    this.categories = categories;
    this.depots = depots;
  }

  LineMapper forJob(StockImportJobs.Job job) {
    UUID supplierId = job.supplierId();
    ListingRules.Context context = rules.forSupplier(supplierId);
    Map<String, String> categoryByLabel = new HashMap<>();
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
    Map<String, UUID> depotByName = new HashMap<>();
    for (SupplierDepots.Depot d : depots.ofSupplier(supplierId)) {
      depotByName.put(ImportField.normalise(d.name()), d.id());
    }
    return new LineMapper(
        job.headers(), checkedMapping(job), context, categoryByLabel, depotByName);
  }

  /** The mapping of a job, checked: every required field filled by a column. */
  private static Map<String, ImportField> checkedMapping(StockImportJobs.Job job) {
    Map<String, ImportField> mapping = new LinkedHashMap<>();
    job.mapping()
        .forEach((header, field) ->
            ImportField.byField(field)
                .filter(f -> job.headers().contains(header))
                .ifPresent(f -> mapping.put(header, f)));
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    for (ImportField f : ImportField.requiredFields()) {
      if (!mapping.containsValue(f)) {
        errors.add(f.field(), ProblemCode.IMPORT_MAP_REQUIRED);
      }
    }
    errors.throwIfAny();
    return mapping;
  }
}
