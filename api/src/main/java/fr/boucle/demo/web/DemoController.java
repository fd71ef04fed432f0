package fr.boucle.demo.web;

import fr.boucle.demo.DemoAccounts;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

@Controller("/api/demo")
@Requires(property = "boucle.demo.enabled", value = "true")
@Tag(name = "Demo")
class DemoController {

  @Get("/accounts")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary = "The demo's sign-in accounts",
      description = "Public; exists only when demo data is enabled.")
  List<DemoAccounts.Account> accounts() {
    return DemoAccounts.ACCOUNTS;
  }
}
