package fr.boucle.privacy.web;

import fr.boucle.privacy.LegalInformation;
import fr.boucle.privacy.LegalSettings;
import fr.boucle.shared.retention.RetentionSettings;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/legal")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Personal data")
class LegalController {

  private final LegalInformation information;

  LegalController(LegalSettings legal, RetentionSettings retention) {
    this.information = LegalInformation.of(legal, retention);
  }

  @Get
  @Operation(
      summary = "Legal notice, data protection contact and retention periods",
      description =
          "Public. The publisher, director of publication and host (boucle.legal.*), the data"
              + " protection contact, and how long each kind of personal data is kept"
              + " (boucle.retention.*, the configuration the retention jobs read; in"
              + " seconds), with the job that enforces each period.")
  LegalInformation legal() {
    return information;
  }
}
