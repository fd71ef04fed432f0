package fr.boucle.reporting.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * Markup helpers shared by the yearly report's sections: escaping, and the reader's language
 * ({@link Words}: French or English texts, number and date formats).
 */
final class YearlyHtml {

  private YearlyHtml() {}

  static String e(String value) {
    return value == null ? "" : Encode.forXml(value);
  }

  /** The report's language: its texts and its formats. */
  record Words(boolean english) {

    static final Words FRENCH = new Words(false);
    static final Words ENGLISH = new Words(true);

    /** "fr" or "en", for {@code <html lang>}. */
    String lang() {
      return english ? "en" : "fr";
    }

    /** The text of the report's language. */
    String t(String french, String inEnglish) {
      return english ? inEnglish : french;
    }

    /**
     * A name that stays French whatever the language (a décret's category, a lot's title): marked
     * with its language in an English report, so a screen reader says it in French.
     */
    String french(String escaped) {
      return english ? "<span lang=\"fr\">" + escaped + "</span>" : escaped;
    }

    /** 123456 cents → "1 234,56 €" or "€1,234.56" (plain spaces, so the text is searchable). */
    String euros(long cents) {
      String amount = decimal("#,##0.00").format(BigDecimal.valueOf(cents, 2));
      return english ? "€" + amount : amount + " €";
    }

    /** Basis points → "12,34 %" or "12.34%"; null → "—". */
    String percentOfBp(Integer bp) {
      return bp == null ? "—" : decimal("0.00").format(BigDecimal.valueOf(bp, 2)) + percentSign();
    }

    /** Percent → "20 %" or "20%"; null → "—". */
    String percent(Integer value) {
      return value == null ? "—" : value + percentSign();
    }

    /** A kgCO2e figure → "1 200" / "0,46" or "1,200" / "0.46"; null → "—". */
    String kg(BigDecimal value) {
      return value == null ? "—" : decimal("#,##0.##########").format(value);
    }

    /** 31/12/2026 or 31 Dec 2026. */
    String day(LocalDate date) {
      return english
          ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(date)
          : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
    }

    String yes(boolean value) {
      return english ? (value ? "yes" : "no") : (value ? "oui" : "non");
    }

    private String percentSign() {
      return english ? "%" : " %";
    }

    private DecimalFormat decimal(String pattern) {
      DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
      symbols.setGroupingSeparator(english ? ',' : ' ');
      symbols.setDecimalSeparator(english ? '.' : ',');
      DecimalFormat format = new DecimalFormat(pattern, symbols);
      format.setParseBigDecimal(true);
      return format;
    }
  }
}
