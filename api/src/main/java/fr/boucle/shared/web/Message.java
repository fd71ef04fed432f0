package fr.boucle.shared.web;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Something to tell a person, said by its stable {@link ProblemCode} and the values needed to say
 * it (a category, a lot number, a maximum…); {@link ProblemTexts} words it in French or English.
 */
@Serdeable
public record Message(ProblemCode code, Map<String, String> params) {

  public Message {
    params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** A message with its values given as name, value pairs: {@code of(FIELD_LENGTH, "max", 200)}. */
  public static Message of(ProblemCode code, Object... nameValuePairs) {
    return new Message(code, params(nameValuePairs));
  }

  /** This message in English, for logs and exception messages. */
  public String english() {
    return ProblemTexts.render(code, params, Locale.ENGLISH);
  }

  /** This message in the given language (French or English). */
  public String in(Locale locale) {
    return ProblemTexts.render(code, params, locale);
  }

  /** Name, value pairs as an ordered map of strings. */
  public static Map<String, String> params(Object... nameValuePairs) {
    if (nameValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException("Parameters come in name, value pairs");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      map.put(String.valueOf(nameValuePairs[i]), String.valueOf(nameValuePairs[i + 1]));
    }
    return map;
  }
}
