package fr.boucle.shared.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;

/**
 * Lets deep links such as {@code /catalogue?q=frigo} load the single-page app: a browser GET that
 * matches no route and no static file gets {@code index.html}; API clients keep their problem+json
 * 404.
 */
@Controller
@Hidden
@Requires(resources = "classpath:public/index.html")
class SinglePageAppFallback {

  private static final String[] API_PREFIXES = {"/api", "/health", "/prometheus", "/assets"};

  private final ErrorResponseProcessor<?> errorResponses;
  private final byte[] indexHtml;

  SinglePageAppFallback(ErrorResponseProcessor<?> errorResponses, ResourceResolver resources) {
    this.errorResponses = errorResponses;
    this.indexHtml = read(resources.getResource("classpath:public/index.html"));
  }

  @Error(status = HttpStatus.NOT_FOUND, global = true)
  HttpResponse<?> notFound(HttpRequest<?> request) {
    if (isPageNavigation(request)) {
      return HttpResponse.ok(indexHtml)
          .contentType(MediaType.TEXT_HTML_TYPE)
          .header("Cache-Control", "no-cache");
    }
    return errorResponses.processResponse(
        ErrorContext.builder(request).errorMessage("No resource at " + request.getPath()).build(),
        HttpResponse.notFound());
  }

  private static boolean isPageNavigation(HttpRequest<?> request) {
    if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
      return false;
    }
    String path = request.getPath();
    for (String prefix : API_PREFIXES) {
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return false;
      }
    }
    String lastSegment = path.substring(path.lastIndexOf('/') + 1);
    if (lastSegment.contains(".")) {
      return false; // a missing file, not a page
    }
    return request.getHeaders().accept().stream()
        .anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
  }

  private static byte[] read(Optional<URL> url) {
    try (InputStream in = url.orElseThrow().openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
