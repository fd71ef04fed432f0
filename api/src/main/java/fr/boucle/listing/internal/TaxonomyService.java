package fr.boucle.listing.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.listing.Category;
import fr.boucle.listing.CategoryCommand;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemException;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The operator's edits of the reuse taxonomy. Every node keeps an AGEC product category of the
 * official declaration schema and a CPV code; a category that holds listings stays a leaf.
 */
@Singleton
public class TaxonomyService {

  private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,59}$");
  private static final Pattern CPV = Pattern.compile("^[0-9]{8}-[0-9]$");
  private static final Pattern ADEME = Pattern.compile("^[a-z0-9-]{2,80}$");

  private final Sql sql;
  private final AuditLog audit;
  private final Set<String> agecCategories;

  TaxonomyService(Sql sql, AuditLog audit, JsonMapper json) {
    this.sql = sql;
    this.audit = audit;
    this.agecCategories = agecCategories(json);
  }

  /** The 17 product categories of decree 2024-134, from the AGEC declaration schema. */
  public Set<String> agecCategories() {
    return agecCategories;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> agecCategories(JsonMapper json) {
    try (InputStream in =
        TaxonomyService.class.getResourceAsStream("/reference/agec/declaration-schema.json")) {
      Map<String, Object> schema = json.readValue(in, Argument.mapOf(String.class, Object.class));
      Set<String> values = new LinkedHashSet<>();
      for (Object f : (List<Object>) schema.get("fields")) {
        Map<String, Object> field = (Map<String, Object>) f;
        if ("type_produit_acquis".equals(field.get("name"))) {
          values.addAll(
              (List<String>) ((Map<String, Object>) field.get("constraints")).get("enum"));
        }
      }
      return Set.copyOf(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireOperator(CurrentUser user) {
    if (!user.hasRole(Role.OPERATOR)) {
      throw new Forbidden("Only Boucle's operators edit the taxonomy.");
    }
  }

  public List<Category> all(CurrentUser operator) {
    requireOperator(operator);
    return sql.list(
        "SELECT * FROM category ORDER BY parent_id NULLS FIRST, position, id",
        TaxonomyService::category);
  }

  @Transactional
  public Category create(CurrentUser operator, CategoryCommand c) {
    requireOperator(operator);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    if (c.id() == null || !ID.matcher(c.id()).matches()) {
      errors.add("id", "must be 2 to 60 lower-case letters, digits or dashes");
    } else if (sql.count("SELECT count(*) FROM category WHERE id = ?", c.id()) > 0) {
      errors.add("id", "is already a category");
    }
    check(c, null, errors);
    errors.throwIfAny();
    sql.update(
        "INSERT INTO category (id, parent_id, label_fr, label_en, agec_category, cpv_code,"
            + " ademe_slug, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        c.id(),
        blankToNull(c.parentId()),
        c.labelFr().strip(),
        c.labelEn().strip(),
        c.agecCategory(),
        c.cpvCode(),
        blankToNull(c.ademeSlug()),
        c.position() == null ? 0 : c.position());
    audit.record(
        operator, null, "category.created", "category", c.id(), Map.of("labelFr", c.labelFr()));
    return get(c.id());
  }

  @Transactional
  public Category update(CurrentUser operator, String id, CategoryCommand c) {
    requireOperator(operator);
    Category before = get(id);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    check(c, id, errors);
    errors.throwIfAny();
    sql.update(
        "UPDATE category SET parent_id = ?, label_fr = ?, label_en = ?, agec_category = ?,"
            + " cpv_code = ?, ademe_slug = ?, position = ? WHERE id = ?",
        blankToNull(c.parentId()),
        c.labelFr().strip(),
        c.labelEn().strip(),
        c.agecCategory(),
        c.cpvCode(),
        blankToNull(c.ademeSlug()),
        c.position() == null ? before.position() : c.position(),
        id);
    Map<String, Object> details = new HashMap<>();
    details.put(
        "before", before.labelFr() + " · " + before.agecCategory() + " · " + before.cpvCode());
    details.put("after", c.labelFr() + " · " + c.agecCategory() + " · " + c.cpvCode());
    audit.record(operator, null, "category.updated", "category", id, details);
    return get(id);
  }

  @Transactional
  public void delete(CurrentUser operator, String id) {
    requireOperator(operator);
    get(id);
    if (sql.count("SELECT count(*) FROM category WHERE parent_id = ?", id) > 0) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "This category has sub-categories: move or delete them first.");
    }
    long listings = sql.count("SELECT count(*) FROM listing WHERE category_id = ?", id);
    if (listings > 0) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "This category holds " + listings + " listings: move them first.");
    }
    sql.update("DELETE FROM category WHERE id = ?", id);
    audit.record(operator, null, "category.deleted", "category", id, Map.of());
  }

  private Category get(String id) {
    return sql.one("SELECT * FROM category WHERE id = ?", TaxonomyService::category, id)
        .orElseThrow(() -> new NotFound("Category"));
  }

  private static Category category(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Category(
        rs.getString("id"),
        rs.getString("parent_id"),
        rs.getString("label_fr"),
        rs.getString("label_en"),
        rs.getString("agec_category"),
        rs.getString("cpv_code"),
        rs.getString("ademe_slug"),
        rs.getInt("position"));
  }

  private void check(CategoryCommand c, @Nullable String id, ValidationFailed.Collector errors) {
    label(errors, "labelFr", c.labelFr());
    label(errors, "labelEn", c.labelEn());
    if (c.agecCategory() == null || !agecCategories.contains(c.agecCategory())) {
      errors.add(
          "agecCategory", "must be one of the 17 product categories of the AGEC declaration");
    }
    if (c.cpvCode() == null || !CPV.matcher(c.cpvCode()).matches()) {
      errors.add("cpvCode", "must be a CPV code like 39711130-9");
    }
    String ademe = blankToNull(c.ademeSlug());
    if (ademe != null && !ADEME.matcher(ademe).matches()) {
      errors.add(
          "ademeSlug",
          "must be an ADEME reference product slug (lower-case letters, digits, dashes)");
    }
    if (c.position() != null && (c.position() < 0 || c.position() > 10_000)) {
      errors.add("position", "must be between 0 and 10000");
    }
    String parent = blankToNull(c.parentId());
    if (parent != null) {
      if (sql.count("SELECT count(*) FROM category WHERE id = ?", parent) == 0) {
        errors.add("parentId", "is not a category");
      } else if (id != null
          && sql.count(
                  "WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM category WHERE id = ?"
                      + " UNION ALL SELECT c.id, c.parent_id FROM category c JOIN up ON c.id = up.parent_id)"
                      + " SELECT count(*) FROM up WHERE id = ?",
                  parent,
                  id)
              > 0) {
        errors.add("parentId", "would put the category under itself");
      } else {
        long listings = sql.count("SELECT count(*) FROM listing WHERE category_id = ?", parent);
        if (listings > 0) {
          errors.add(
              "parentId", "holds " + listings + " listings; a listing's category must stay a leaf");
        }
      }
    }
  }

  private static void label(
      ValidationFailed.Collector errors, String field, @Nullable String value) {
    if (value == null || value.strip().length() < 2 || value.strip().length() > 100) {
      errors.add(field, "must be 2 to 100 characters");
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
