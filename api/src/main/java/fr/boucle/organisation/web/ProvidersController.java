package fr.boucle.organisation.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;

@Controller("/api/auth/providers")
@Tag(name = "Access")
class ProvidersController {

  /** An identity provider the sign-in page offers. */
  @Serdeable
  record Provider(String id, String label, String loginUrl) {}

  private final List<Provider> providers;

  ProvidersController(ApplicationContext context) {
    boolean enabled =
        context.getProperty("micronaut.security.oauth2.enabled", Boolean.class).orElse(false);
    Map<String, Object> clients = context.getProperties("micronaut.security.oauth2.clients");
    this.providers =
        !enabled
            ? List.of()
            : clients.keySet().stream()
                .map(key -> key.contains(".") ? key.substring(0, key.indexOf('.')) : key)
                .distinct()
                .sorted()
                .map(id ->
                    new Provider(
                        id, id.equals("proconnect") ? "ProConnect" : id, "/oauth/login/" + id))
                .toList();
  }

  @Get
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "Identity providers offered at sign-in", description = "Public.")
  List<Provider> providers() {
    return providers;
  }
}
