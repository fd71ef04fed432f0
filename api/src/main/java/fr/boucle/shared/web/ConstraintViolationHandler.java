package fr.boucle.shared.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean-validation failures become one problem listing every bad field by its path in the request
 * body ({@code admin.email}, {@code lines[2].quantity}), not by Java method parameter names.
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationHandler
    implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException e) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      errors.add(
          new Problem.FieldError(field(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort(
        Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
    Problem problem =
        new Problem(
            URI.create("https://boucle.fr/problems/validation"),
            HttpStatus.BAD_REQUEST.getReason(),
            400,
            errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.",
            request.getPath(),
            errors);
    return problem.toResponse();
  }

  /**
   * Drops the method and parameter nodes: {@code signUp.command.admin.email} → {@code admin.email}.
   */
  static String field(Path path) {
    List<String> parts = new ArrayList<>();
    int index = 0;
    for (Path.Node node : path) {
      index++;
      if (index <= 2
          && (node.getKind() == jakarta.validation.ElementKind.METHOD
              || node.getKind() == jakarta.validation.ElementKind.PARAMETER)) {
        if (node.getKind() == jakarta.validation.ElementKind.PARAMETER
            && path.toString().split("\\.").length == 2) {
          parts.add(node.getName()); // a query or path parameter: keep its name
        }
        continue;
      }
      String name = node.getName() == null || node.getName().startsWith("<") ? "" : node.getName();
      String position =
          node.getIndex() != null
              ? "[" + node.getIndex() + "]"
              : node.getKey() != null ? "[" + node.getKey() + "]" : "";
      if (!position.isEmpty() && node.isInIterable() && !parts.isEmpty()) {
        // Bean Validation puts an element's index on the node after its container.
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + position);
      } else {
        name = name + position;
      }
      if (!name.isEmpty()) {
        parts.add(name);
      }
    }
    return parts.isEmpty() ? path.toString() : String.join(".", parts);
  }
}
