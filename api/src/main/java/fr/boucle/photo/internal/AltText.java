package fr.boucle.photo.internal;

import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;

/** A photo's alternative text: optional (a decorative photo has none), at most 300 characters. */
final class AltText {

  static final int MAX = 300;

  private AltText() {}

  static String checked(@Nullable String alt, String field) {
    String value = alt == null ? "" : alt.strip();
    if (value.length() > MAX) {
      throw new ValidationFailed(
          Problem.FieldError.of(field, ProblemCode.FIELD_AT_MOST_CHARS, "max", MAX));
    }
    return value;
  }
}
