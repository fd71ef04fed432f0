package fr.boucle.shared.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names every bad field of a rejected request, so a form
 * can show each message next to its field.
 */
@Serdeable
public record Problem(
    URI type,
    String title,
    int status,
    @Nullable String detail,
    @Nullable String instance,
    @Nullable List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** This problem as the response that carries it, with its status and media type. */
  public MutableHttpResponse<Problem> toResponse() {
    return HttpResponse.<Problem>status(HttpStatus.valueOf(status))
        .body(this)
        .contentType(MediaType.of(MEDIA_TYPE));
  }

  /** One rejected field: its path in the request (e.g. {@code lines[2].quantity}) and why. */
  @Serdeable
  public record FieldError(String field, String message) {}
}
