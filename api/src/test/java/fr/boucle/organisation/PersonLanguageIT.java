package fr.boucle.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.web.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Problems come in the request's language with stable codes; a person's language is taken from the
 * interface at sign-up, changed when they switch, and the e-mails they get follow it.
 */
@MicronautTest(transactional = false)
class PersonLanguageIT {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Sql sql;

  record Mail(String subject, String body) {}

  @Test
  void aProblemIsWordedInTheRequestsLanguageAndKeepsItsCodes() {
    Map<String, Object> bad = Map.of("organisation", Map.of("kind", "SUPPLIER"), "admin", Map.of());
    for (String language : List.of("fr-FR,fr;q=0.9", "en")) {
      HttpResponse<Problem> answer =
          new ApiSession(client.toBlocking())
              .exchange(
                  HttpRequest.POST("/api/signup", bad).header("Accept-Language", language),
                  Problem.class);
      assertThat(answer.code()).isEqualTo(400);
      Problem problem = answer.getBody(Problem.class).orElseThrow();
      assertThat(problem.code()).isEqualTo("validation-failed");
      assertThat(problem.errors()).isNotEmpty();
      assertThat(problem.errors()).allSatisfy(e -> assertThat(e.code()).isNotBlank());
      assertThat(problem.params()).containsEntry("count", String.valueOf(problem.errors().size()));
      if (language.startsWith("fr")) {
        assertThat(problem.detail()).endsWith("ne sont pas valides.");
        assertThat(problem.errors())
            .filteredOn(e -> e.code().equals("field-blank") || e.code().equals("field-null"))
            .isNotEmpty()
            .allSatisfy(
                e -> assertThat(e.message()).isIn("ne doit pas être vide", "est obligatoire"));
      } else {
        assertThat(problem.detail()).endsWith("fields are invalid.");
      }
    }
  }

  @Test
  void aMissingObjectIsNamedInFrench() {
    AccessFixtures.Org org = new AccessFixtures(client.toBlocking()).supplier("Langue 404");
    HttpResponse<Problem> answer =
        org.admin()
            .exchange(
                HttpRequest.GET("/api/stock/listings/" + UUID.randomUUID())
                    .header("Accept-Language", "fr"),
                Problem.class);
    assertThat(answer.code()).isEqualTo(404);
    Problem problem = answer.getBody(Problem.class).orElseThrow();
    assertThat(problem.code()).isEqualTo("not-found");
    assertThat(problem.params()).containsEntry("resource", "Listing");
    assertThat(problem.detail()).isEqualTo("Annonce introuvable");
  }

  @Test
  void signUpTakesTheInterfaceLanguageAndTheMailsFollowThePersonsChoice() {
    String email = "admin-en-" + UUID.randomUUID() + "@fournisseur.test";
    HttpResponse<Map> created =
        new ApiSession(client.toBlocking())
            .exchange(
                HttpRequest.POST(
                        "/api/signup", AccessFixtures.supplierSignUp("Langue anglaise", email))
                    .header("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5"),
                Map.class);
    assertThat(created.code()).isEqualTo(201);
    ApiSession admin = new ApiSession(client.toBlocking()).login(email, AccessFixtures.PASSWORD);
    assertThat(admin.get("/api/auth/me", Views.Me.class).language()).isEqualTo("en");

    requestReset(email);
    Mail english = lastMailTo(email);
    assertThat(english.subject()).isEqualTo("Resetting your Boucle password");
    assertThat(english.body()).contains("To choose a new password").doesNotContain("Pour choisir");

    HttpResponse<?> switched =
        admin.exchange(
            HttpRequest.PUT("/api/auth/me/language", Map.of("language", "fr")), Map.class);
    assertThat(switched.code()).isEqualTo(204);
    assertThat(admin.get("/api/auth/me", Views.Me.class).language()).isEqualTo("fr");
    assertThat(
            sql.one("SELECT language FROM person WHERE email = ?", rs -> rs.getString(1), email)
                .orElseThrow())
        .isEqualTo("fr");

    requestReset(email);
    Mail french = lastMailTo(email);
    assertThat(french.subject()).isEqualTo("Réinitialisation de votre mot de passe Boucle");
    assertThat(french.body()).contains("Pour choisir").doesNotContain("To choose");

    HttpResponse<?> refused =
        admin.exchange(
            HttpRequest.PUT("/api/auth/me/language", Map.of("language", "de")), Problem.class);
    assertThat(refused.code()).isEqualTo(400);
  }

  @Test
  void theOperatorsValidationNoticeIsInEachAdministratorsLanguage() {
    String french = "valide-fr-" + UUID.randomUUID() + "@fournisseur.test";
    String english = "valide-en-" + UUID.randomUUID() + "@fournisseur.test";
    validateSignedUp("Ressourcerie Francophone", french, "fr-FR,fr;q=0.9");
    validateSignedUp("Anglophone Reuse", english, "en-GB,en;q=0.9");

    Mail inFrench = lastMailTo(french);
    assertThat(inFrench.subject()).isEqualTo("Ressourcerie Francophone est validée sur Boucle");
    assertThat(inFrench.body())
        .contains("l'opérateur de Boucle a validé Ressourcerie Francophone")
        .doesNotContain("validated")
        .doesNotContain("---");
    Mail inEnglish = lastMailTo(english);
    assertThat(inEnglish.subject()).isEqualTo("Anglophone Reuse is validated on Boucle");
    assertThat(inEnglish.body())
        .contains("Boucle's operator has validated Anglophone Reuse")
        .doesNotContain("validé")
        .doesNotContain("Bonne nouvelle");
    assertThat(mailsTo(english)).isEqualTo(1);
  }

  private void validateSignedUp(String name, String email, String acceptLanguage) {
    HttpResponse<Map> created =
        new ApiSession(client.toBlocking())
            .exchange(
                HttpRequest.POST("/api/signup", AccessFixtures.supplierSignUp(name, email))
                    .header("Accept-Language", acceptLanguage),
                Map.class);
    assertThat(created.code()).isEqualTo(201);
    String id = String.valueOf(created.body().get("organisationId"));
    HttpResponse<Views.OrganisationView> validated =
        new AccessFixtures(client.toBlocking())
            .operator()
            .exchange(
                HttpRequest.POST("/api/operator/organisations/" + id + "/validate", Map.of()),
                Views.OrganisationView.class);
    assertThat(validated.code()).isEqualTo(200);
  }

  private long mailsTo(String email) {
    return sql.count("SELECT count(*) FROM mail_outbox WHERE recipient = ?", email);
  }

  @Test
  void aPersonSignedUpWithoutALanguageIsFrench() {
    AccessFixtures.Org org = new AccessFixtures(client.toBlocking()).buyer("Langue par défaut");
    assertThat(org.admin().get("/api/auth/me", Views.Me.class).language()).isEqualTo("fr");
  }

  private void requestReset(String email) {
    HttpResponse<?> asked =
        new ApiSession(client.toBlocking())
            .exchange(
                HttpRequest.POST("/api/auth/password-reset", Map.of("email", email)), Map.class);
    assertThat(asked.code()).isEqualTo(202);
  }

  private Mail lastMailTo(String email) {
    return sql.one(
            "SELECT subject, body FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1",
            rs -> new Mail(rs.getString(1), rs.getString(2)),
            email)
        .orElseThrow();
  }
}
