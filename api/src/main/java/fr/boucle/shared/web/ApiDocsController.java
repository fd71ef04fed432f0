package fr.boucle.shared.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/** Serves the OpenAPI document generated at compile time, and the browsable UI over it. */
@Controller("/api")
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class ApiDocsController {

  static final String SPEC = "classpath:META-INF/swagger/boucle.yml";
  private final byte[] spec;

  ApiDocsController(ResourceResolver resources) {
    try (InputStream in = resources.getResourceAsStream(SPEC).orElseThrow()) {
      this.spec = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Get("/openapi.yml")
  @Produces("application/yaml")
  HttpResponse<byte[]> openApi() {
    return HttpResponse.ok(spec).contentType(MediaType.of("application/yaml"));
  }

  @Get("/docs")
  HttpResponse<?> docs() {
    return HttpResponse.seeOther(URI.create("/api/swagger/views/swagger-ui/index.html"));
  }
}
