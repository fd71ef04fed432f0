package fr.boucle.shared.web;

import fr.boucle.shared.jdbc.Sql;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request that gave up waiting for a row lock ({@code lock_timeout}, SQLSTATE 55P03), ran past
 * {@code statement_timeout} (57014), or lost its connection (class 08, or 57P01–57P03: the server
 * restarting) is a 503 problem with Retry-After: the work is busy or the database coming back, not
 * broken. Any other database failure stays a 500 that leaks nothing.
 */
@Produces
@Singleton
class DatabaseBusyHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseBusyHandler.class);
  static final String LOCK_NOT_AVAILABLE = "55P03";
  static final String QUERY_CANCELED = "57014";

  private final ErrorResponseProcessor<?> errors;

  DatabaseBusyHandler(ErrorResponseProcessor<?> errors) {
    this.errors = errors;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, DataAccessException e) {
    String state = Sql.sqlState(e);
    if (unavailable(state)) {
      LOG.warn(
          "{} {}: the database is unavailable ({})", request.getMethod(), request.getPath(), state);
      return Problem.of(
              request,
              URI.create("https://boucle.fr/problems/database-unavailable"),
              HttpStatus.SERVICE_UNAVAILABLE,
              Message.of(ProblemCode.DATABASE_UNAVAILABLE),
              null)
          .toResponse()
          .header("Retry-After", "2");
    }
    if (LOCK_NOT_AVAILABLE.equals(state) || QUERY_CANCELED.equals(state)) {
      LOG.warn("{} {} gave up on the database: {}", request.getMethod(), request.getPath(), state);
      MutableHttpResponse<Problem> response =
          Problem.of(
                  request,
                  URI.create("https://boucle.fr/problems/database-busy"),
                  HttpStatus.SERVICE_UNAVAILABLE,
                  Message.of(
                      LOCK_NOT_AVAILABLE.equals(state)
                          ? ProblemCode.DATA_BEING_CHANGED
                          : ProblemCode.OPERATION_TOO_LONG),
                  null)
              .toResponse();
      return response.header("Retry-After", "2");
    }
    LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
    return errors.processResponse(
        ErrorContext.builder(request).cause(e).build(), HttpResponse.serverError());
  }

  /** A lost connection or a server shutting down, restarting or not accepting connections yet. */
  static boolean unavailable(String state) {
    return state != null
        && (state.startsWith("08")
            || "57P01".equals(state)
            || "57P02".equals(state)
            || "57P03".equals(state));
  }
}
