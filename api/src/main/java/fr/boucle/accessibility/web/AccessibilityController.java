package fr.boucle.accessibility.web;

import fr.boucle.accessibility.AccessibilitySettings;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/accessibility")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Accessibility")
class AccessibilityController {

  /** The declaration's feedback contact. */
  @Serdeable
  record Contact(String email) {}

  private final AccessibilitySettings settings;

  AccessibilityController(AccessibilitySettings settings) {
    this.settings = settings;
  }

  @Get("/contact")
  @Operation(
      operationId = "getAccessibilityContact",
      summary = "The accessibility declaration's feedback contact",
      description =
          "Public. The service's functional address for accessibility feedback"
              + " (boucle.accessibility.contact-email), shown on the declaration page.")
  Contact contact() {
    return new Contact(settings.contactEmail());
  }
}
