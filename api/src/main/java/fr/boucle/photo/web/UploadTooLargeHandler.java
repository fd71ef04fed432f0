package fr.boucle.photo.web;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A body over the server's limits is a 413 problem; on a photo upload it names the {@code file}
 * field, like the photo service's own size check does for files just above 10 MB.
 */
@Produces
@Singleton
@Replaces(ContentLengthExceededHandler.class)
class UploadTooLargeHandler
    implements ExceptionHandler<ContentLengthExceededException, HttpResponse<Problem>> {

  private static final Pattern PHOTO_UPLOAD =
      Pattern.compile("^/api/stock/listings/[^/]+/photos/?$");

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, ContentLengthExceededException e) {
    boolean photo = PHOTO_UPLOAD.matcher(request.getPath()).matches();
    return Problem.of(
            request,
            URI.create("about:blank"),
            io.micronaut.http.HttpStatus.REQUEST_ENTITY_TOO_LARGE,
            Message.of(photo ? ProblemCode.PHOTO_TOO_LARGE : ProblemCode.REQUEST_TOO_LARGE),
            photo
                ? List.of(Problem.FieldError.of("file", ProblemCode.PHOTO_AT_MOST, "max", 10))
                : null)
        .toResponse();
  }
}
