package fr.boucle.shared.jdbc;

import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a list's {@code sort} parameter ({@code field} or {@code field,desc}) into an SQL ORDER BY
 * over known columns only, so a request never names a column itself; an unknown field is a 400
 * naming {@code sort}. A tie-breaker keeps pages stable.
 */
public final class SortOrder {

  private SortOrder() {}

  public static String of(
      @Nullable String sort, Map<String, String> columns, String fallback, String tieBreaker) {
    if (sort == null || sort.isBlank()) {
      return fallback + ", " + tieBreaker;
    }
    String[] parts = sort.split(",");
    String column = columns.get(parts[0].strip());
    if (column == null) {
      new ValidationFailed.Collector()
          .add(
              "sort",
              ProblemCode.SORT_ONE_OF,
              "values",
              String.join(", ", new TreeSet<>(columns.keySet())))
          .throwIfAny();
    }
    boolean desc = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
    return column + (desc ? " DESC" : " ASC") + ", " + tieBreaker;
  }
}
