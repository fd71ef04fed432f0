package fr.boucle.stockimport.internal;

import fr.boucle.listing.ListingDraft;
import fr.boucle.listing.ListingFields;
import fr.boucle.listing.ListingRules;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import fr.boucle.stockimport.ImportField;
import fr.boucle.stockimport.LineError;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns one row of a file into a checked listing through {@link ListingRules}, or into errors that
 * name the line, the column of the file, the value found and the reason.
 */
final class LineMapper {

  /** One row's verdict: the fields to write, or its errors. */
  record Mapped(@Nullable ListingFields fields, List<LineError> errors) {}

  private final int[] columnOf = new int[ImportField.values().length];
  private final List<String> headers;
  private final ListingRules.Context rules;
  private final Map<String, String> categoryByLabel;
  private final Map<String, UUID> depotByName;

  /**
   * @param mapping the field each mapped header fills
   * @param categoryByLabel leaf categories by normalised French or English label
   * @param depotByName the supplier's depots by normalised name
   */
  LineMapper(
      List<String> headers,
      Map<String, ImportField> mapping,
      ListingRules.Context rules,
      Map<String, String> categoryByLabel,
      Map<String, UUID> depotByName) {
    this.headers = headers;
    this.rules = rules;
    this.categoryByLabel = categoryByLabel;
    this.depotByName = depotByName;
    Arrays.fill(columnOf, -1);
    mapping.forEach((header, field) -> columnOf[field.ordinal()] = headers.indexOf(header));
  }

  private @Nullable String cell(List<String> cells, ImportField f) {
    int c = columnOf[f.ordinal()];
    return c < 0 || c >= cells.size() ? null : cells.get(c);
  }

  Mapped map(int line, List<String> cells) {
    Map<ImportField, Message> bad = new EnumMap<>(ImportField.class);
    Parsed p = new Parsed(cells, bad);
    ListingDraft draft =
        new ListingDraft(
            p.text(ImportField.SKU, false),
            Cells.code(ImportField.KIND, cell(cells, ImportField.KIND)),
            p.text(ImportField.TITLE, true),
            p.text(ImportField.DESCRIPTION, true),
            category(cell(cells, ImportField.CATEGORY)),
            p.text(ImportField.BRAND, true),
            p.text(ImportField.MODEL, true),
            p.text(ImportField.SERIAL, true),
            Cells.code(ImportField.CONDITION, cell(cells, ImportField.CONDITION)),
            Cells.code(ImportField.ORIGIN, cell(cells, ImportField.ORIGIN)),
            p.integer(ImportField.WARRANTY),
            Cells.text(cell(cells, ImportField.ENERGY)),
            p.decimal(ImportField.WEIGHT),
            p.integer(ImportField.LENGTH),
            p.integer(ImportField.WIDTH),
            p.integer(ImportField.HEIGHT),
            p.decimal(ImportField.PRICE),
            p.decimal(ImportField.VAT),
            p.integer(ImportField.MOQ),
            p.depot(),
            p.bool(ImportField.PICKUP),
            departments(cell(cells, ImportField.DEPARTMENTS)),
            p.decimal(ImportField.DELIVERY_FEE),
            p.integer(ImportField.LEAD_DAYS),
            p.integer(ImportField.QUANTITY),
            Cells.code(ImportField.STATUS, cell(cells, ImportField.STATUS)));
    ValidationFailed.Collector collector = new ValidationFailed.Collector();
    ListingFields fields = rules.check(draft, collector, "");
    List<LineError> errors = new ArrayList<>();
    bad.forEach((field, reason) -> errors.add(error(line, field.field(), cells, reason)));
    Set<String> named = new HashSet<>();
    bad.keySet().forEach(f -> named.add(f.field()));
    for (Problem.FieldError e : collector.errors()) {
      if (!named.contains(e.field())) {
        errors.add(error(line, e.field(), cells, fieldMessage(e)));
      }
    }
    return new Mapped(errors.isEmpty() ? fields : null, errors);
  }

  /** What a field error of the listing rules says, by its code and values. */
  private static Message fieldMessage(Problem.FieldError e) {
    return ProblemCode.byCode(e.code())
        .map(c -> new Message(c, e.params()))
        .orElseThrow(() -> new IllegalStateException("Unknown problem code " + e.code()));
  }

  /** An error on a field, attributed to the column that fills it (or the field, when unmapped). */
  LineError error(int line, String field, List<String> cells, Message reason) {
    ImportField f = ImportField.byField(field).orElse(null);
    int c = f == null ? -1 : columnOf[f.ordinal()];
    String column = c < 0 ? field : headers.get(c);
    String value = c < 0 || c >= cells.size() ? "" : cells.get(c);
    return LineError.of(line, column, field, value, reason);
  }

  /** The SKU of a row as the rules will see it, to find duplicates; null when absent. */
  @Nullable
  String sku(List<String> cells) {
    return Cells.text(cell(cells, ImportField.SKU));
  }

  private @Nullable String category(@Nullable String cell) {
    String t = Cells.text(cell);
    if (t == null || rules.leafCategories().contains(t)) {
      return t;
    }
    String byLabel = categoryByLabel.get(ImportField.normalise(t));
    return byLabel != null ? byLabel : t;
  }

  private static @Nullable List<String> departments(@Nullable String cell) {
    String t = Cells.text(cell);
    if (t == null) {
      return null;
    }
    return Arrays.stream(t.split("[,;|\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  /** Parses cells, recording the fields whose value could not be read. */
  private final class Parsed {
    private final List<String> cells;
    private final Map<ImportField, Message> bad;

    Parsed(List<String> cells, Map<ImportField, Message> bad) {
      this.cells = cells;
      this.bad = bad;
    }

    @Nullable
    String text(ImportField f, boolean neutralise) {
      String t = Cells.text(cell(cells, f));
      return neutralise ? Cells.neutralised(t) : t;
    }

    @Nullable
    BigDecimal decimal(ImportField f) {
      try {
        return Cells.decimal(cell(cells, f));
      } catch (Cells.Bad e) {
        bad.put(f, e.why());
        return null;
      }
    }

    @Nullable
    Integer integer(ImportField f) {
      try {
        return Cells.integer(cell(cells, f));
      } catch (Cells.Bad e) {
        bad.put(f, e.why());
        return null;
      }
    }

    @Nullable
    Boolean bool(ImportField f) {
      try {
        return Cells.bool(cell(cells, f));
      } catch (Cells.Bad e) {
        bad.put(f, e.why());
        return null;
      }
    }

    @Nullable
    UUID depot() {
      String t = Cells.text(cell(cells, ImportField.DEPOT));
      if (t == null) {
        return null;
      }
      UUID byName = depotByName.get(ImportField.normalise(t));
      if (byName != null) {
        return byName;
      }
      try {
        return UUID.fromString(t);
      } catch (IllegalArgumentException e) {
        bad.put(ImportField.DEPOT, Message.of(ProblemCode.IMPORT_UNKNOWN_DEPOT));
        return null;
      }
    }
  }
}
