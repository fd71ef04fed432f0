package fr.boucle.ordering.internal;

import fr.boucle.listing.Categories;
import fr.boucle.listing.Category;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A category with its ancestors, from a copy of the taxonomy refreshed every minute (the operator
 * edits it rarely; a lot's scope and price schedule are read up the tree).
 */
@Singleton
class CategoryAncestry {

  private static final long TTL_NANOS = 60_000_000_000L;

  private final Categories categories;
  private volatile Map<String, String> parents = Map.of();
  private volatile long loadedAt;

  CategoryAncestry(Categories categories) {
    this.categories = categories;
  }

  /** The category itself first, then its parent, up to the root. */
  List<String> ancestry(String categoryId) {
    Map<String, String> tree = tree();
    if (!tree.containsKey(categoryId)) {
      tree = reload();
    }
    List<String> chain = new ArrayList<>();
    String current = categoryId;
    while (current != null && chain.size() < 32) {
      chain.add(current);
      current = tree.get(current);
    }
    return chain;
  }

  private Map<String, String> tree() {
    if (parents.isEmpty() || System.nanoTime() - loadedAt > TTL_NANOS) {
      return reload();
    }
    return parents;
  }

  private synchronized Map<String, String> reload() {
    Map<String, String> fresh = new HashMap<>();
    for (Category c : categories.findAllOrderByPosition()) {
      fresh.put(c.id(), c.parentId());
    }
    parents = fresh;
    loadedAt = System.nanoTime();
    return fresh;
  }
}
