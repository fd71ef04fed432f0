package fr.boucle.listing.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.listing.Category;
import fr.boucle.listing.CategoryCommand;
import fr.boucle.listing.TaxonomyRules;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operator's edits of the reuse taxonomy. Every node keeps an AGEC product category and a CPV
 * code; a category that holds listings stays a leaf. Every edit is audited.
 */
@Singleton
public class EditTaxonomy {

  private final TaxonomyNodes nodes;
  private final Listings listings;
  private final TaxonomyRules rules;
  private final AuditLog audit;

  EditTaxonomy(TaxonomyNodes nodes, Listings listings, TaxonomyRules rules, AuditLog audit) {
    this.nodes = nodes;
    this.listings = listings;
    this.rules = rules;
    this.audit = audit;
  }

  /** The 17 product categories of decree 2024-134, from the AGEC declaration schema. */
  public Set<String> agecCategories() {
    return rules.agecCategories();
  }

  public List<Category> all(CurrentUser operator) {
    requireOperator(operator);
    return nodes.findAllRootsFirst();
  }

  @Transactional
  public Category create(CurrentUser operator, CategoryCommand c) {
    requireOperator(operator);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    if (!TaxonomyRules.isValidId(c.id())) {
      errors.add("id", ProblemCode.CATEGORY_ID_FORMAT);
    } else if (nodes.existsById(c.id())) {
      errors.add("id", ProblemCode.CATEGORY_EXISTS);
    }
    check(c, null, errors);
    errors.throwIfAny();
    nodes.save(TaxonomyRules.node(c.id(), c, 0));
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
    nodes.update(TaxonomyRules.node(id, c, before.position()));
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
    if (nodes.countByParentId(id) > 0) {
      throw new ProblemException(HttpStatus.CONFLICT, ProblemCode.CATEGORY_HAS_CHILDREN);
    }
    long held = listings.countByCategoryId(id);
    if (held > 0) {
      throw new ProblemException(
          HttpStatus.CONFLICT, ProblemCode.CATEGORY_HOLDS_LISTINGS, "count", held);
    }
    nodes.deleteById(id);
    audit.record(operator, null, "category.deleted", "category", id, Map.of());
  }

  private Category get(String id) {
    return nodes.findById(id).orElseThrow(() -> new NotFound("Category"));
  }

  /** The command's own rules, then its place in the tree. */
  private void check(CategoryCommand c, @Nullable String id, ValidationFailed.Collector errors) {
    rules.check(c, errors);
    String parent = TaxonomyRules.blankToNull(c.parentId());
    if (parent == null) {
      return;
    }
    if (!nodes.existsById(parent)) {
      errors.add("parentId", ProblemCode.NOT_A_CATEGORY);
    } else if (id != null && nodes.countAncestry(parent, id) > 0) {
      errors.add("parentId", ProblemCode.CATEGORY_UNDER_ITSELF);
    } else {
      long held = listings.countByCategoryId(parent);
      if (held > 0) {
        errors.add("parentId", ProblemCode.PARENT_HOLDS_LISTINGS, "count", held);
      }
    }
  }

  private static void requireOperator(CurrentUser user) {
    if (!user.hasRole(Role.OPERATOR)) {
      throw new Forbidden(ProblemCode.TAXONOMY_OPERATORS_ONLY);
    }
  }
}
