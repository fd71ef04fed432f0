package fr.boucle.listing;

import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the taxonomy tree from its flat rows, ordered by position then label. */
public final class CategoryTree {

  /** A category with its children, labelled in one language. */
  @Serdeable
  public record Node(
      String id, String label, String agecCategory, String cpvCode, List<Node> children) {}

  private CategoryTree() {}

  public static List<Node> of(List<Category> categories, boolean english) {
    Map<String, List<Category>> byParent = new LinkedHashMap<>();
    for (Category c : categories) {
      byParent
          .computeIfAbsent(c.parentId() == null ? "" : c.parentId(), k -> new ArrayList<>())
          .add(c);
    }
    return children("", byParent, english);
  }

  private static List<Node> children(
      String parentId, Map<String, List<Category>> byParent, boolean english) {
    return byParent.getOrDefault(parentId, List.of()).stream()
        .sorted(Comparator.comparingInt(Category::position).thenComparing(Category::labelFr))
        .map(c ->
            new Node(
                c.id(),
                c.label(english),
                c.agecCategory(),
                c.cpvCode(),
                children(c.id(), byParent, english)))
        .toList();
  }
}
