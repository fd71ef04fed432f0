package fr.boucle.needs;

import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A saved search of the needs board and whether a need matches it, in plain Java. Every criterion
 * given must hold: one of its categories is one of the need's or above it (a category covers its
 * sub-categories), the need's département is one of its départements, the need is of its kind, and
 * each of its words is in the need's title or description (case and accents ignored). An empty
 * criterion admits everything.
 */
public record NeedSearch(
    List<String> categoryIds,
    List<String> departments,
    @Nullable String words,
    @Nullable NeedKind kind) {

  public static final int NAME_MAX = 100;
  public static final int WORDS_MAX = 200;
  public static final int MAX_CATEGORIES = 10;
  public static final int MAX_DEPARTMENTS = 20;

  /** A département's code: metropolitan (01–95, 2A, 2B) or overseas (971–976). */
  private static final Pattern DEPARTMENT =
      Pattern.compile("(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])");

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

  public NeedSearch {
    categoryIds = List.copyOf(categoryIds);
    departments = List.copyOf(departments);
    words = words == null || words.isBlank() ? null : words.strip();
  }

  /**
   * Whether a need matches: {@code categoriesAndAncestors} holds the need's categories with every
   * category above them.
   */
  public boolean matches(
      Collection<String> categoriesAndAncestors,
      String department,
      NeedKind needKind,
      String title,
      String description) {
    if (!categoryIds.isEmpty()
        && categoryIds.stream().noneMatch(categoriesAndAncestors::contains)) {
      return false;
    }
    if (!departments.isEmpty() && !departments.contains(department)) {
      return false;
    }
    if (kind != null && kind != needKind) {
      return false;
    }
    String text = fold(title + " " + description);
    return wordsOf(words).stream().allMatch(text::contains);
  }

  /** The search's words, folded (lower case, no accents). */
  static List<String> wordsOf(@Nullable String words) {
    if (words == null || words.isBlank()) {
      return List.of();
    }
    return Arrays.stream(fold(words).split("[\\s,;]+")).filter(w -> !w.isEmpty()).toList();
  }

  static String fold(String text) {
    return ACCENTS
        .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  /** Checks a search to save; throws every bad field at once. */
  public static NeedSearch check(SavedSearches.Save s, Predicate<String> categoryExists) {
    ValidationFailed.Collector e = new ValidationFailed.Collector();
    String name = s.name() == null ? "" : s.name().strip();
    if (name.isEmpty() || name.length() > NAME_MAX) {
      e.add("name", ProblemCode.FIELD_LENGTH, "min", 1, "max", NAME_MAX);
    }
    List<String> categories = s.categoryIds() == null ? List.of() : s.categoryIds();
    if (categories.size() > MAX_CATEGORIES) {
      e.add("categoryIds", ProblemCode.FIELD_SIZE, "min", 0, "max", MAX_CATEGORIES);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < categories.size(); i++) {
      String id = categories.get(i);
      if (id == null || !categoryExists.test(id)) {
        e.add("categoryIds[" + i + "]", ProblemCode.NOT_A_CATEGORY);
      } else if (!seen.add(id)) {
        e.add("categoryIds[" + i + "]", ProblemCode.GIVEN_TWICE);
      }
    }
    List<String> departments = s.departments() == null ? List.of() : s.departments();
    if (departments.size() > MAX_DEPARTMENTS) {
      e.add("departments", ProblemCode.FIELD_SIZE, "min", 0, "max", MAX_DEPARTMENTS);
    }
    for (int i = 0; i < departments.size(); i++) {
      String d = departments.get(i);
      if (d == null || !DEPARTMENT.matcher(d.strip().toUpperCase(Locale.ROOT)).matches()) {
        e.add("departments[" + i + "]", ProblemCode.FIELD_DEPARTMENT);
      }
    }
    if (s.words() != null && s.words().strip().length() > WORDS_MAX) {
      e.add("words", ProblemCode.FIELD_AT_MOST_CHARS, "max", WORDS_MAX);
    }
    if (s.frequency() == null) {
      e.add("frequency", ProblemCode.FIELD_ONE_OF, "values", "IMMEDIATE, DAILY, NONE");
    }
    e.throwIfAny();
    return new NeedSearch(
        categories,
        departments.stream().map(d -> d.strip().toUpperCase(Locale.ROOT)).distinct().toList(),
        s.words(),
        s.kind());
  }
}
