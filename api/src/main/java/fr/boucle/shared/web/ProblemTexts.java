package fr.boucle.shared.web;

import io.micronaut.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one catalogue of what problems say, in English ({@code problems/messages.properties}) and
 * French ({@code problems/messages_fr.properties}), keyed by {@link ProblemCode#code()}. A text
 * names its values in braces ({@code {max}}); a value with its own entry {@code name.value} (e.g.
 * {@code resource.Listing}) is itself translated; a code with a {@code count} of 1 uses its {@code
 * .one} entry when there is one.
 */
public final class ProblemTexts {

  public static final Locale FRENCH = Locale.FRENCH;
  public static final Locale ENGLISH = Locale.ENGLISH;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  private static final List<Locale.LanguageRange> NONE = List.of();

  private ProblemTexts() {}

  /** The request's language for problems: French when Accept-Language prefers it, else English. */
  public static Locale locale(HttpRequest<?> request) {
    return request == null
        ? ENGLISH
        : locale(request.getHeaders().get("Accept-Language", String.class).orElse(null));
  }

  /** French when the Accept-Language value prefers French to English, else English. */
  public static Locale locale(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return ENGLISH;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException e) {
      ranges = NONE;
    }
    String best = Locale.lookupTag(ranges, List.of("fr", "en"));
    return "fr".equals(best) ? FRENCH : ENGLISH;
  }

  /** The bundle of a language: French, or English for any other. */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "problems.messages",
        FRENCH.getLanguage().equals(locale.getLanguage()) ? FRENCH : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The text of a code with its values, in the given language. */
  public static String render(ProblemCode code, Map<String, String> params, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    String key = code.code();
    if (params != null && "1".equals(params.get("count")) && bundle.containsKey(key + ".one")) {
      key = key + ".one";
    }
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = params == null ? null : params.get(name);
      String said = value == null ? m.group() : translated(bundle, name, value);
      m.appendReplacement(out, Matcher.quoteReplacement(said));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String translated(ResourceBundle bundle, String name, String value) {
    String key = name + "." + value;
    return bundle.containsKey(key) ? bundle.getString(key) : value;
  }
}
