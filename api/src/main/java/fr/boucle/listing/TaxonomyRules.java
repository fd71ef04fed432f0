package fr.boucle.listing;

import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a taxonomy node that need no other node: its id, both labels, one of the AGEC
 * product categories of the official declaration schema, a CPV code, an optional ADEME product.
 */
public record TaxonomyRules(Set<String> agecCategories) {

  private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,59}$");
  private static final Pattern CPV = Pattern.compile("^[0-9]{8}-[0-9]$");
  private static final Pattern ADEME = Pattern.compile("^[a-z0-9-]{2,80}$");

  public TaxonomyRules {
    agecCategories = Set.copyOf(agecCategories);
  }

  /** Whether a new node's id is well formed (2 to 60 lower-case letters, digits or dashes). */
  public static boolean isValidId(@Nullable String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** Adds one error per bad field of the command (its parent is checked against the tree). */
  public void check(CategoryCommand c, ValidationFailed.Collector errors) {
    label(errors, "labelFr", c.labelFr());
    label(errors, "labelEn", c.labelEn());
    if (c.agecCategory() == null || !agecCategories.contains(c.agecCategory())) {
      errors.add("agecCategory", ProblemCode.AGEC_CATEGORY);
    }
    if (c.cpvCode() == null || !CPV.matcher(c.cpvCode()).matches()) {
      errors.add("cpvCode", ProblemCode.CPV_CODE);
    }
    String ademe = blankToNull(c.ademeSlug());
    if (ademe != null && !ADEME.matcher(ademe).matches()) {
      errors.add("ademeSlug", ProblemCode.ADEME_SLUG);
    }
    if (c.position() != null && (c.position() < 0 || c.position() > 10_000)) {
      errors.add("position", ProblemCode.FIELD_BETWEEN, "min", 0, "max", 10000);
    }
  }

  /** The node the command describes, once checked. */
  public static Category node(String id, CategoryCommand c, int defaultPosition) {
    return new Category(
        id,
        blankToNull(c.parentId()),
        c.labelFr().strip(),
        c.labelEn().strip(),
        c.agecCategory(),
        c.cpvCode(),
        blankToNull(c.ademeSlug()),
        c.position() == null ? defaultPosition : c.position());
  }

  public static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static void label(
      ValidationFailed.Collector errors, String field, @Nullable String value) {
    if (value == null || value.strip().length() < 2 || value.strip().length() > 100) {
      errors.add(field, ProblemCode.FIELD_LENGTH, "min", 2, "max", 100);
    }
  }
}
