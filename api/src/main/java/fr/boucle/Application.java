package fr.boucle;

import io.micronaut.configuration.metrics.micrometer.prometheus.management.PrometheusEndpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Boots the Boucle API, the single-page app and the background jobs. */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Boucle API",
            version = "0.1",
            description =
                "Marketplace where reuse and insertion enterprises sell refurbished goods to public"
                    + " services under framework agreements. Errors are application/problem+json"
                    + " (RFC 9457).",
            license = @License(name = "AGPL-3.0-or-later"),
            contact = @Contact(name = "Boucle")))
@OpenAPIInclude(
    classes = {HealthEndpoint.class, PrometheusEndpoint.class},
    tags =
        @Tag(
            name = "Operations",
            description = "Health and metrics, for load balancers and monitoring"))
public class Application {

  public static void main(String[] args) {
    Micronaut.build(args).mainClass(Application.class).defaultEnvironments("dev").start();
  }
}
