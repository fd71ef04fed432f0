package fr.boucle.invoicing.web;

import fr.boucle.invoicing.InvoiceCommands;
import fr.boucle.invoicing.InvoiceViews;
import fr.boucle.invoicing.internal.ManageBillingProfile;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/organisation/billing-profile")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Invoices")
class BillingProfileController {

  private final ManageBillingProfile profiles;

  BillingProfileController(ManageBillingProfile profiles) {
    this.profiles = profiles;
  }

  @Get
  @Operation(
      operationId = "getBillingProfile",
      summary = "My supplier organisation's billing profile, and what it still misses",
      description = "Supplier admin or staff; 403 for buyers.")
  InvoiceViews.BillingProfileView get(Authentication auth) {
    return profiles.get(CurrentUser.from(auth));
  }

  @Put
  @Operation(
      operationId = "saveBillingProfile",
      summary = "Replace the billing profile",
      description =
          "Supplier admin. VAT regime LIABLE or FRANCHISE_293B (no VAT, art. 293 B mention);"
              + " vatNumber FR + 2-character key + the supplier's SIREN (required when LIABLE);"
              + " IBAN checked (mod 97), BIC, account holder, billing address and an optional"
              + " e-invoicing electronic address (the SIRET when empty). Empty fields are allowed"
              + " and listed in missing; malformed ones are a 400 naming each.")
  InvoiceViews.BillingProfileView save(
      Authentication auth, @Body @Valid InvoiceCommands.SaveBillingProfile body) {
    return profiles.save(CurrentUser.from(auth), body);
  }
}
