package fr.boucle.reporting;

import fr.boucle.shared.web.Problem;
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
      errors.add(new Problem.FieldError(prefix + "purchasedOn", "Required (yyyy-mm-dd)."));
    } else if (purchasedOn.getYear() < FIRST_YEAR || purchasedOn.isAfter(today)) {
      errors.add(
          new Problem.FieldError(
              prefix + "purchasedOn",
              "Between " + FIRST_YEAR + "-01-01 and today, " + today + "."));
    }
    if (category == null || category.isBlank()) {
      errors.add(new Problem.FieldError(prefix + "category", "Required."));
    } else if (!categories.contains(category)) {
      errors.add(
          new Problem.FieldError(
              prefix + "category",
              "Not a category of the declaration schema (type_produit_acquis)."));
    }
    text(errors, prefix + "description", description, MAX_DESCRIPTION);
    text(errors, prefix + "supplierName", supplierName, MAX_SUPPLIER_NAME);
    boolean amounts = amount(errors, prefix + "totalExclVatCents", totalExclVatCents);
    amounts &= amount(errors, prefix + "reuseCents", reuseCents);
    amounts &= amount(errors, prefix + "donationCents", donationCents);
    amounts &= amount(errors, prefix + "recycledCents", recycledCents);
    if (amounts && reuseCents + donationCents + recycledCents > totalExclVatCents) {
      String message = "Reuse + donation + recycled may not exceed the total excl. VAT.";
      for (String field : List.of("reuseCents", "donationCents", "recycledCents")) {
        errors.add(new Problem.FieldError(prefix + field, message));
      }
    }
    return errors;
  }

  private static void text(
      List<Problem.FieldError> errors, String field, @Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new Problem.FieldError(field, "Required."));
    } else if (value.strip().length() > max) {
      errors.add(new Problem.FieldError(field, "At most " + max + " characters."));
    }
  }

  private static boolean amount(List<Problem.FieldError> errors, String field, @Nullable Long v) {
    if (v == null) {
      errors.add(new Problem.FieldError(field, "Required (cents, 0 or more)."));
      return false;
    }
    if (v < 0 || v > 1_000_000_000_000L) {
      errors.add(new Problem.FieldError(field, "Between 0 and 10,000,000,000.00 euros, in cents."));
      return false;
    }
    return true;
  }
}
