package fr.boucle.stockimport.internal;

import fr.boucle.listing.Condition;
import fr.boucle.listing.ListingStatus;
import fr.boucle.listing.Origin;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.stockimport.ImportField;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the cells of an import file as French and English spreadsheets write them: "1 234,50 €",
 * "oui", "très bon état". Each parse answers null for an empty cell and throws {@link Bad} with the
 * reason for a value it cannot read.
 */
final class Cells {

  /** A cell that cannot be read as its field wants. */
  static final class Bad extends Exception {
    private final transient Message why;

    Bad(ProblemCode code) {
      super(Message.of(code).english(), null, false, false);
      this.why = Message.of(code);
    }

    /** What is wrong with the cell, by its code. */
    Message why() {
      return why;
    }
  }

  private static final Pattern NUMBER = Pattern.compile("^[+-]?[0-9]+(\\.[0-9]+)?$");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007']");

  private static final Map<String, Condition> CONDITIONS =
      Map.ofEntries(
          Map.entry("comme neuf", Condition.COMME_NEUF),
          Map.entry("neuf", Condition.COMME_NEUF),
          Map.entry("like new", Condition.COMME_NEUF),
          Map.entry("tres bon etat", Condition.TRES_BON_ETAT),
          Map.entry("tres bon", Condition.TRES_BON_ETAT),
          Map.entry("very good", Condition.TRES_BON_ETAT),
          Map.entry("very good condition", Condition.TRES_BON_ETAT),
          Map.entry("bon etat", Condition.BON_ETAT),
          Map.entry("bon", Condition.BON_ETAT),
          Map.entry("good", Condition.BON_ETAT),
          Map.entry("good condition", Condition.BON_ETAT),
          Map.entry("etat d usage", Condition.ETAT_USAGE),
          Map.entry("etat usage", Condition.ETAT_USAGE),
          Map.entry("usage", Condition.ETAT_USAGE),
          Map.entry("used", Condition.ETAT_USAGE),
          Map.entry("fair", Condition.ETAT_USAGE));
  private static final Map<String, Origin> ORIGINS =
      Map.of(
          "reemploi", Origin.REEMPLOI,
          "reuse", Origin.REEMPLOI,
          "reutilisation", Origin.REUTILISATION,
          "reutilise", Origin.REUTILISATION,
          "reconditionne", Origin.RECONDITIONNE,
          "reconditionnement", Origin.RECONDITIONNE,
          "refurbished", Origin.RECONDITIONNE);
  private static final Map<String, String> KINDS =
      Map.of(
          "lot", "LOT",
          "unique", "UNIQUE_ITEM",
          "piece unique", "UNIQUE_ITEM",
          "article unique", "UNIQUE_ITEM",
          "unique item", "UNIQUE_ITEM",
          "objet unique", "UNIQUE_ITEM");
  private static final Map<String, ListingStatus> STATUSES =
      Map.of(
          "brouillon", ListingStatus.DRAFT,
          "publie", ListingStatus.PUBLISHED,
          "publiee", ListingStatus.PUBLISHED,
          "en ligne", ListingStatus.PUBLISHED,
          "archive", ListingStatus.ARCHIVED,
          "archivee", ListingStatus.ARCHIVED,
          "draft", ListingStatus.DRAFT,
          "published", ListingStatus.PUBLISHED,
          "archived", ListingStatus.ARCHIVED);
  private static final Map<String, Boolean> BOOLEANS =
      Map.ofEntries(
          Map.entry("oui", true),
          Map.entry("o", true),
          Map.entry("vrai", true),
          Map.entry("yes", true),
          Map.entry("y", true),
          Map.entry("true", true),
          Map.entry("1", true),
          Map.entry("x", true),
          Map.entry("non", false),
          Map.entry("n", false),
          Map.entry("faux", false),
          Map.entry("no", false),
          Map.entry("false", false),
          Map.entry("0", false));

  private Cells() {}

  static @Nullable String text(@Nullable String cell) {
    if (cell == null) {
      return null;
    }
    String t = cell.strip();
    return t.isEmpty() ? null : t;
  }

  /**
   * A decimal written the French way ("12,50", "1 234,50 €", non-breaking spaces as thousands
   * separators) or the English way ("1,234.50"). When both ',' and '.' appear, the last one is the
   * decimal mark.
   */
  static @Nullable BigDecimal decimal(@Nullable String cell) throws Bad {
    String t = text(cell);
    if (t == null) {
      return null;
    }
    String s =
        SPACES.matcher(t.replace("€", "").replace("EUR", "").replace("%", "")).replaceAll("");
    int comma = s.lastIndexOf(',');
    int dot = s.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) {
      s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
    } else if (comma >= 0) {
      if (s.indexOf(',') != comma) {
        s = s.replace(",", ""); // 1,234,567: thousands separators only
      } else {
        s = s.replace(',', '.');
      }
    }
    if (!NUMBER.matcher(s).matches() || s.length() > 30) {
      throw new Bad(ProblemCode.IMPORT_NOT_A_NUMBER);
    }
    return new BigDecimal(s);
  }

  /** A whole number; "4,0" is 4. */
  static @Nullable Integer integer(@Nullable String cell) throws Bad {
    BigDecimal d = decimal(cell);
    if (d == null) {
      return null;
    }
    try {
      return d.stripTrailingZeros().intValueExact();
    } catch (ArithmeticException e) {
      throw new Bad(ProblemCode.IMPORT_NOT_A_WHOLE_NUMBER);
    }
  }

  static @Nullable Boolean bool(@Nullable String cell) throws Bad {
    String t = text(cell);
    if (t == null) {
      return null;
    }
    Boolean b = BOOLEANS.get(ImportField.normalise(t));
    if (b == null) {
      throw new Bad(ProblemCode.IMPORT_NOT_YES_OR_NO);
    }
    return b;
  }

  /** A code of the API (TRES_BON_ETAT) or one of its French or English labels ("très bon état"). */
  static @Nullable String code(ImportField field, @Nullable String cell) {
    String t = text(cell);
    if (t == null) {
      return null;
    }
    String label = ImportField.normalise(t);
    String code =
        switch (field) {
          case CONDITION -> nameOf(CONDITIONS.get(label));
          case ORIGIN -> nameOf(ORIGINS.get(label));
          case KIND -> KINDS.get(label);
          case STATUS -> nameOf(STATUSES.get(label));
          default -> null;
        };
    return code != null ? code : t; // the rules name an unknown value
  }

  private static @Nullable String nameOf(@Nullable Enum<?> value) {
    return value == null ? null : value.name();
  }

  /**
   * A spreadsheet would run a text cell starting with = + - @ (or tab / carriage return) as a
   * formula when the data is exported again; such text is kept with a leading apostrophe, which
   * spreadsheets display as plain text.
   */
  static @Nullable String neutralised(@Nullable String text) {
    if (text == null || text.isEmpty() || !isFormulaLike(text)) {
      return text;
    }
    return "'" + text;
  }

  static boolean isFormulaLike(String text) {
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
