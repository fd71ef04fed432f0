package fr.boucle.organisation.web;

import fr.boucle.organisation.SignUpCommand;
import fr.boucle.organisation.internal.PersonLanguages;
import fr.boucle.organisation.internal.SignUp;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

@Controller("/api/signup")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Access")
class SignUpController {

  private final SignUp accounts;

  SignUpController(SignUp accounts) {
    this.accounts = accounts;
  }

  @Post
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary = "Sign up an organisation and its administrator",
      description =
          "Public. The organisation starts PENDING until the operator validates it; its"
              + " administrator can sign in meanwhile; the administrator's language (e-mails) is the"
              + " Accept-Language (fr or en, French by default). Every invalid field is named in the"
              + " problem.")
  HttpResponse<Map<String, UUID>> signUp(
      @Body @Valid SignUpCommand command,
      @Header("Accept-Language") @Nullable String acceptLanguage) {
    UUID id = accounts.signUp(command, PersonLanguages.fromHeader(acceptLanguage));
    return HttpResponse.created(Map.of("organisationId", id), URI.create("/api/organisation"));
  }
}
