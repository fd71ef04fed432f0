package fr.boucle.needs.internal;

import fr.boucle.listing.Categories;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A category with its ancestors (itself first), read from the taxonomy (a few hundred rows). */
@Singleton
class CategoryAncestry {

  private final Categories categories;

  CategoryAncestry(Categories categories) {
    this.categories = categories;
  }

  boolean exists(String categoryId) {
    return parents().containsKey(categoryId);
  }

  List<String> of(String categoryId) {
    return of(categoryId, parents());
  }

  /** The chain of a category in a taxonomy read once by {@link #parents()}. */
  static List<String> of(String categoryId, Map<String, String> parents) {
    List<String> chain = new ArrayList<>();
    String current = categoryId;
    while (current != null && chain.size() < 10) {
      chain.add(current);
      current = parents.get(current);
    }
    return chain;
  }

  /** Each category's parent (null at the top), read once for many chains. */
  Map<String, String> parents() {
    Map<String, String> parents = new HashMap<>();
    categories.findAllOrderByPosition().forEach(c -> parents.put(c.id(), c.parentId()));
    return parents;
  }
}
