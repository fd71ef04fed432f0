package fr.boucle.reporting.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.owasp.encoder.Encode;

/** Markup helpers shared by the yearly report's sections: escaping and French number formats. */
final class YearlyHtml {

  /** The family name the renderer registers the embedded DejaVu Sans under. */
  static final String FONT_FAMILY = "Report Sans";

  private YearlyHtml() {}

  static String e(String value) {
    return value == null ? "" : Encode.forXml(value);
  }

  /** 123456 cents → "1 234,56 €" (plain spaces, so the text is searchable). */
  static String euros(long cents) {
    return decimal("#,##0.00").format(BigDecimal.valueOf(cents, 2)) + " €";
  }

  /** Basis points → "12,34 %"; null → "—". */
  static String percentOfBp(Integer bp) {
    return bp == null ? "—" : decimal("0.00").format(BigDecimal.valueOf(bp, 2)) + " %";
  }

  /** Percent → "20 %"; null → "—". */
  static String percent(Integer value) {
    return value == null ? "—" : value + " %";
  }

  /** A kgCO2e figure → "1 200" / "0,46"; null → "—". */
  static String kg(BigDecimal value) {
    return value == null ? "—" : decimal("#,##0.##########").format(value);
  }

  private static DecimalFormat decimal(String pattern) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    symbols.setGroupingSeparator(' ');
    symbols.setDecimalSeparator(',');
    DecimalFormat format = new DecimalFormat(pattern, symbols);
    format.setParseBigDecimal(true);
    return format;
  }
}
