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
import java.util.Map;

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
      errors.add(new Problem.FieldError(field(violation.getPropertyPath()), message(violation)));
    }
    errors.sort(
        Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::code));
    return Problem.of(
            request,
            URI.create("https://boucle.fr/problems/validation"),
            HttpStatus.BAD_REQUEST,
            ValidationFailed.summary(errors.size()),
            errors)
        .toResponse();
  }

  /** The violation as a code: by its constraint, or by the message a constraint names. */
  static Message message(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    if (template != null && !template.startsWith("{")) {
      ProblemCode custom = CUSTOM.get(template);
      if (custom != null) {
        return Message.of(custom);
      }
    }
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    String constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return switch (constraint) {
      case "NotNull" -> Message.of(ProblemCode.FIELD_NULL);
      case "NotBlank" -> Message.of(ProblemCode.FIELD_BLANK);
      case "NotEmpty" -> Message.of(ProblemCode.FIELD_EMPTY);
      case "Size" ->
          Message.of(
              ProblemCode.FIELD_SIZE, "min", attributes.get("min"), "max", attributes.get("max"));
      case "Min", "DecimalMin" -> Message.of(ProblemCode.FIELD_MIN, "min", attributes.get("value"));
      case "Max", "DecimalMax" -> Message.of(ProblemCode.FIELD_MAX, "max", attributes.get("value"));
      case "Positive" -> Message.of(ProblemCode.FIELD_POSITIVE);
      case "PositiveOrZero" -> Message.of(ProblemCode.FIELD_NOT_NEGATIVE);
      case "Email" -> Message.of(ProblemCode.FIELD_EMAIL);
      case "Pattern" -> Message.of(ProblemCode.FIELD_FORMAT);
      default -> Message.of(ProblemCode.FIELD_INVALID);
    };
  }

  private static final Map<String, ProblemCode> CUSTOM =
      Map.of(
          "must be a 5-digit postcode", ProblemCode.FIELD_POSTCODE,
          "must be a département code", ProblemCode.FIELD_DEPARTMENT,
          "must be a phone number", ProblemCode.FIELD_PHONE,
          "Reuse + donation + recycled may not exceed the total excl. VAT.",
              ProblemCode.AGEC_SHARES_ABOVE_TOTAL);

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
