package fr.boucle.reporting;

import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A purchase made elsewhere as entered (a form or an import row), before it is checked: every field
 * may be missing. {@link #problems} names each bad field, prefixed (e.g. {@code rows[3].}) for an
 * import.
 */
@Serdeable
public record PurchaseElsewhereEntry(
    @Nullable LocalDate purchasedOn,
    @Nullable String category,
    @Nullable String description,
    @Nullable String supplierName,
    @Nullable Long totalExclVatCents,
    @Nullable Long reuseCents,
    @Nullable Long donationCents,
    @Nullable Long recycledCents) {

  public static final int FIRST_YEAR = 2000;
  public static final int MAX_DESCRIPTION = 500;
  public static final int MAX_SUPPLIER_NAME = 200;

  /**
   * The rules: a date from {@value #FIRST_YEAR} to today, a category of the declaration schema, a
   * description and a supplier, amounts ≥ 0 and reuse + donation + recycled ≤ total (the schema
   * does not check it; Boucle does, per purchase).
   */
  public List<Problem.FieldError> problems(String prefix, Set<String> categories, LocalDate today) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (purchasedOn == null) {
      errors.add(Problem.FieldError.of(prefix + "purchasedOn", ProblemCode.DATE_REQUIRED));
    } else if (purchasedOn.getYear() < FIRST_YEAR || purchasedOn.isAfter(today)) {
      errors.add(
          Problem.FieldError.of(
              prefix + "purchasedOn",
              ProblemCode.PURCHASE_DATE_RANGE,
              "first",
              FIRST_YEAR + "-01-01",
              "today",
              today));
    }
    if (category == null || category.isBlank()) {
      errors.add(Problem.FieldError.of(prefix + "category", ProblemCode.FIELD_REQUIRED));
    } else if (!categories.contains(category)) {
      errors.add(Problem.FieldError.of(prefix + "category", ProblemCode.NOT_AGEC_CATEGORY));
    }
    text(errors, prefix + "description", description, MAX_DESCRIPTION);
    text(errors, prefix + "supplierName", supplierName, MAX_SUPPLIER_NAME);
    boolean amounts = amount(errors, prefix + "totalExclVatCents", totalExclVatCents);
    amounts &= amount(errors, prefix + "reuseCents", reuseCents);
    amounts &= amount(errors, prefix + "donationCents", donationCents);
    amounts &= amount(errors, prefix + "recycledCents", recycledCents);
    if (amounts && reuseCents + donationCents + recycledCents > totalExclVatCents) {
      for (String field : List.of("reuseCents", "donationCents", "recycledCents")) {
        errors.add(Problem.FieldError.of(prefix + field, ProblemCode.AGEC_SHARES_ABOVE_TOTAL));
      }
    }
    return errors;
  }

  private static void text(
      List<Problem.FieldError> errors, String field, @Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(Problem.FieldError.of(field, ProblemCode.FIELD_REQUIRED));
    } else if (value.strip().length() > max) {
      errors.add(Problem.FieldError.of(field, ProblemCode.FIELD_AT_MOST_CHARS, "max", max));
    }
  }

  private static boolean amount(List<Problem.FieldError> errors, String field, @Nullable Long v) {
    if (v == null) {
      errors.add(Problem.FieldError.of(field, ProblemCode.CENTS_REQUIRED));
      return false;
    }
    if (v < 0 || v > 1_000_000_000_000L) {
      errors.add(Problem.FieldError.of(field, ProblemCode.PURCHASE_CENTS_RANGE));
      return false;
    }
    return true;
  }
}
