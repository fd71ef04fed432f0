package fr.boucle.ordering.internal;

import fr.boucle.shared.jdbc.Sql;
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

  private final Sql sql;
  private volatile Map<String, String> parents = Map.of();
  private volatile long loadedAt;

  CategoryAncestry(Sql sql) {
    this.sql = sql;
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
    sql.list(
        "SELECT id, parent_id FROM category", rs -> fresh.put(rs.getString(1), rs.getString(2)));
    parents = fresh;
    loadedAt = System.nanoTime();
    return fresh;
  }
}
