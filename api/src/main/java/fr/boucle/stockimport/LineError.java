package fr.boucle.stockimport;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import java.util.Map;

/**
 * Why one line of an import file was rejected, said by a stable code with its values (like a
 * problem's field error), so a client words it in its reader's language.
 *
 * @param line the line in the file (the header is line 1; for XLSX, the sheet's row number)
 * @param column the file's column header, or the listing field when no column fills it
 * @param field the listing field the column fills
 * @param value the value found in the cell
 * @param code what is wrong with it, as a {@link ProblemCode} code; null on lines rejected before
 *     codes were kept (their reason is English)
 * @param params the values needed to say it (a line number, a maximum…)
 * @param reason what is wrong with it in words: in the request's language when the line has a code
 */
@Serdeable
public record LineError(
    int line,
    String column,
    String field,
    String value,
    @Nullable String code,
    @Nullable Map<String, String> params,
    String reason) {

  /** A line error said by a message, worded in English until a reader asks for its language. */
  public static LineError of(int line, String column, String field, String value, Message why) {
    return new LineError(
        line,
        column,
        field,
        value,
        why.code().code(),
        why.params().isEmpty() ? null : why.params(),
        why.english());
  }

  /**
   * This error worded in the given language from its code; a line without a code keeps its text.
   */
  public LineError in(Locale locale) {
    if (code == null) {
      return this;
    }
    return ProblemCode.byCode(code)
        .map(c -> new Message(c, params).in(locale))
        .map(said -> new LineError(line, column, field, value, code, params, said))
        .orElse(this);
  }
}
