package fr.boucle.shared.web;

import io.micronaut.core.annotation.Nullable;
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

  /** One rejected field: its path in the request (e.g. {@code lines[2].quantity}) and why. */
  @Serdeable
  public record FieldError(String field, String message) {}
}
