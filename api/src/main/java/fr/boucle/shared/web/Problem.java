package fr.boucle.shared.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code code} says what happened, stably (e.g. {@code
 * lot-category-out-of-scope}), with the values needed to say it in {@code params}; {@code detail}
 * says it in the request's language (Accept-Language: French or English). {@code errors} names
 * every bad field of a rejected request, each with its own code, so a form can show each message
 * next to its field.
 */
@Serdeable
public record Problem(
    URI type,
    String code,
    String title,
    int status,
    @Nullable String detail,
    @Nullable String instance,
    @Nullable Map<String, String> params,
    @Nullable List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("A problem needs a code");
    }
  }

  /**
   * A problem said in the request's language: its detail from the message, each field error's
   * message from its code.
   */
  public static Problem of(
      HttpRequest<?> request,
      URI type,
      HttpStatus status,
      Message message,
      @Nullable List<FieldError> errors) {
    Locale locale = ProblemTexts.locale(request);
    return new Problem(
        type,
        message.code().code(),
        status.getReason(),
        status.getCode(),
        message.in(locale),
        request == null ? null : request.getPath(),
        message.params().isEmpty() ? null : message.params(),
        errors == null || errors.isEmpty()
            ? null
            : errors.stream().map(e -> e.in(locale)).toList());
  }

  /** This problem as the response that carries it, with its status and media type. */
  public MutableHttpResponse<Problem> toResponse() {
    return HttpResponse.<Problem>status(HttpStatus.valueOf(status))
        .body(this)
        .contentType(MediaType.of(MEDIA_TYPE));
  }

  /**
   * One rejected field: its path in the request (e.g. {@code lines[2].quantity}), why as a stable
   * code with its values ({@code quantity-too-small}, {@code min: 5}), and the same in words.
   */
  @Serdeable
  public record FieldError(
      String field, String code, @Nullable Map<String, String> params, @Nullable String message) {

    public FieldError {
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException("A field error needs a code");
      }
    }

    /** A field error, worded in English until a handler words it in the request's language. */
    public FieldError(String field, Message message) {
      this(
          field,
          message.code().code(),
          message.params().isEmpty() ? null : message.params(),
          message.english());
    }

    /** A field error with its values as name, value pairs. */
    public static FieldError of(String field, ProblemCode code, Object... nameValuePairs) {
      return new FieldError(field, Message.of(code, nameValuePairs));
    }

    /** This error worded in the given language, from its code. */
    public FieldError in(Locale locale) {
      return ProblemCode.byCode(code)
          .map(c -> new FieldError(field, code, params, ProblemTexts.render(c, params, locale)))
          .orElse(this);
    }
  }
}
