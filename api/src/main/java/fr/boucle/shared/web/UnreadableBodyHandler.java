package fr.boucle.shared.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of the wrong type (a date that is not a date, text where a number goes) becomes a 400
 * naming the field, without the decoder's internals.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
class UnreadableBodyHandler
    implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

  private static final Pattern PROPERTY = Pattern.compile("property \\[\\S+ (\\w+)]");

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException e) {
    String field = e.getArgument().getName();
    String message = String.valueOf(e.getMessage());
    Matcher m = PROPERTY.matcher(message);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    if (last != null) {
      field = last;
    }
    return Problem.of(
            request,
            URI.create("https://boucle.fr/problems/validation"),
            HttpStatus.BAD_REQUEST,
            ValidationFailed.summary(1),
            List.of(Problem.FieldError.of(field, ProblemCode.FIELD_FORMAT)))
        .toResponse();
  }
}
