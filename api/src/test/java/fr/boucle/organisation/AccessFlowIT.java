package fr.boucle.organisation;

import static fr.boucle.organisation.AccessFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.audit.AuditEvent;
import fr.boucle.shared.security.Role;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sign-up, validation, invitation, sign-in, tokens and resets against real PostgreSQL and SMTP. */
@MicronautTest(transactional = false)
class AccessFlowIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  AccessFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new AccessFixtures(client.toBlocking());
  }

  @Test
  void pendingOrganisationIsValidatedByTheOperatorThenInvitesAColleagueWhoSignsIn()
      throws Exception {
    ApiSession anonymous = new ApiSession(client.toBlocking());
    HttpResponse<Map<String, UUID>> signUp =
        anonymous.exchange(
            HttpRequest.POST(
                "/api/signup",
                AccessFixtures.supplierSignUp("Électro Solidaire Test", "awa@electro.test")),
            Argument.mapOf(String.class, UUID.class));
    assertThat(signUp.code()).isEqualTo(201);
    UUID orgId = signUp.body().get("organisationId");

    ApiSession operator = fixtures.operator();
    assertThat(operator.list("/api/operator/organisations", Views.OrganisationView.class))
        .extracting(Views.OrganisationView::id)
        .contains(orgId);
    assertThat(
            operator
                .exchange(
                    HttpRequest.POST(
                        "/api/operator/organisations/" + orgId + "/validate", Map.of()),
                    Views.OrganisationView.class)
                .body()
                .status())
        .isEqualTo(OrganisationStatus.ACTIVE);
    assertThat(AccessFixtures.mailsTo(mail, "awa@electro.test", 1))
        .extracting(m -> m.getSubject())
        .contains("Électro Solidaire Test est validée sur Boucle");

    ApiSession admin = new ApiSession(client.toBlocking()).login("awa@electro.test", PASSWORD);
    Views.Me me = admin.get("/api/auth/me", Views.Me.class);
    assertThat(me.organisationStatus()).isEqualTo(OrganisationStatus.ACTIVE);
    assertThat(me.roles()).containsExactly(Role.SUPPLIER_ADMIN);

    HttpResponse<Map<String, UUID>> invited =
        admin.exchange(
            HttpRequest.POST(
                "/api/organisation/invitations",
                Map.of("email", "Karim@Electro.test", "roles", List.of("SUPPLIER_STAFF"))),
            Argument.mapOf(String.class, UUID.class));
    assertThat(invited.code()).isEqualTo(201);
    String token =
        AccessFixtures.linkTokenSentTo(
            mail, "karim@electro.test", "http://boucle.test/invitation/");

    Views.InvitationPreview preview =
        anonymous.get("/api/invitations/" + token, Views.InvitationPreview.class);
    assertThat(preview.organisationName()).isEqualTo("Électro Solidaire Test");
    assertThat(preview.email()).isEqualTo("karim@electro.test");
    assertThat(preview.roles()).containsExactly(Role.SUPPLIER_STAFF);
    HttpResponse<Map> accepted =
        anonymous.exchange(
            HttpRequest.POST(
                "/api/invitations/" + token + "/accept",
                Map.of("fullName", "Karim Benali", "password", "atelier-velo-2026-solide")),
            Map.class);
    assertThat(accepted.code()).isEqualTo(201);

    ApiSession karim =
        new ApiSession(client.toBlocking()).login("karim@electro.test", "atelier-velo-2026-solide");
    assertThat(karim.get("/api/auth/me", Views.Me.class).roles())
        .containsExactly(Role.SUPPLIER_STAFF);
    assertThat(admin.list("/api/organisation/members", Views.MemberView.class))
        .extracting(Views.MemberView::email)
        .containsExactlyInAnyOrder("awa@electro.test", "karim@electro.test");

    // The link works once.
    HttpResponse<Map> again =
        anonymous.exchange(
            HttpRequest.POST(
                "/api/invitations/" + token + "/accept",
                Map.of("fullName", "Karim Bis", "password", "atelier-velo-2026-solide")),
            Map.class);
    assertThat(again.code()).isEqualTo(410);

    // Staff cannot do what admins do.
    assertThat(
            karim
                .exchange(
                    HttpRequest.POST(
                        "/api/organisation/invitations",
                        Map.of("email", "x@electro.test", "roles", List.of("SUPPLIER_STAFF"))),
                    Map.class)
                .code())
        .isEqualTo(403);

    // The audit log recorded the validation, the invitation and its acceptance.
    assertThat(admin.page("/api/organisation/audit", AuditEvent.class).items())
        .extracting(AuditEvent::action)
        .contains(
            "organisation.active",
            "invitation.sent",
            "invitation.accepted",
            "organisation.signed-up");
  }

  @Test
  void signUpRejectsEveryBadFieldAtOnceAndWritesNothing() {
    ApiSession anonymous = new ApiSession(client.toBlocking());
    fixtures.supplier("Déjà Là");
    String taken = fixtures.supplier("Déjà Là 2").adminEmail();
    Map<String, Object> body =
        Map.of(
            "organisation",
            Map.of(
                "kind",
                "SUPPLIER",
                "legalName",
                "Ressourcerie Sans Preuve",
                "siret",
                "13002526500014",
                "insertionStatus",
                "EA"),
            "admin",
            Map.of("fullName", "Test", "email", taken, "password", "court"));
    long before =
        fixtures
            .operator()
            .list("/api/operator/organisations", Views.OrganisationView.class)
            .size();

    HttpResponse<Map> response =
        anonymous.exchange(HttpRequest.POST("/api/signup", body), Map.class);

    assertThat(response.code()).isEqualTo(400);
    assertThat(response.getContentType().orElseThrow().toString())
        .startsWith("application/problem+json");
    List<Map> errors = (List<Map>) ApiSession.problem(response).get("errors");
    assertThat(errors)
        .extracting(e -> e.get("field"))
        .contains(
            "organisation.siret",
            "organisation.insertionProofReference",
            "organisation.insertionValidUntil",
            "admin.email",
            "admin.password");
    assertThat(
            fixtures.operator().list("/api/operator/organisations", Views.OrganisationView.class))
        .hasSize((int) before);
  }

  @Test
  void malformedSignUpNamesTheMissingFields() {
    HttpResponse<Map> response =
        new ApiSession(client.toBlocking())
            .exchange(
                HttpRequest.POST(
                    "/api/signup",
                    Map.of("organisation", Map.of("kind", "BUYER"), "admin", Map.of())),
                Map.class);
    assertThat(response.code()).isEqualTo(400);
    assertThat((List<Map>) ApiSession.problem(response).get("errors"))
        .as("problem %s", ApiSession.problem(response))
        .extracting(e -> e.get("field"))
        .contains(
            "organisation.legalName",
            "organisation.siret",
            "admin.email",
            "admin.password",
            "admin.fullName");
  }

  @Test
  void aDateThatIsNotADateNamesItsField() {
    Map<String, Object> body =
        new java.util.HashMap<>(AccessFixtures.supplierSignUp("Date Folle", "date@folle.test"));
    Map<String, Object> organisation =
        new java.util.HashMap<>((Map<String, Object>) body.get("organisation"));
    organisation.put("insertionValidUntil", "31/12/2030");
    body.put("organisation", organisation);
    HttpResponse<Map> response =
        new ApiSession(client.toBlocking())
            .exchange(HttpRequest.POST("/api/signup", body), Map.class);
    assertThat(response.code()).isEqualTo(400);
    assertThat((List<Map>) ApiSession.problem(response).get("errors"))
        .extracting(e -> e.get("field"))
        .containsExactly("insertionValidUntil");
    assertThat(ApiSession.problem(response).toString()).doesNotContain("Error decoding");
  }

  @Test
  void buyerServicesKeepTheirApprovalThresholdAndAuditItsChanges() {
    AccessFixtures.Org buyer = fixtures.buyer("Département des Seuils");
    Map<String, Object> service = new java.util.HashMap<>(IsolationMatrixIT.site("Crèches"));
    service.put("chorusServiceCode", "CRECHES-01");
    HttpResponse<Views.SiteView> created =
        buyer
            .admin()
            .exchange(
                HttpRequest.POST("/api/organisation/services", service), Views.SiteView.class);
    assertThat(created.code()).isEqualTo(201);
    assertThat(created.body().approvalThresholdCents()).isEqualTo(150000L);
    assertThat(created.body().chorusServiceCode()).isEqualTo("CRECHES-01");
    service.put("approvalThresholdCents", 250050);
    HttpResponse<Views.SiteView> updated =
        buyer
            .admin()
            .exchange(
                HttpRequest.PUT("/api/organisation/services/" + created.body().id(), service),
                Views.SiteView.class);
    assertThat(updated.body().approvalThresholdCents()).isEqualTo(250050L);
    assertThat(buyer.admin().page("/api/organisation/audit", AuditEvent.class).items())
        .extracting(AuditEvent::action)
        .contains("buyer_service.created", "buyer_service.threshold-changed");
    // A supplier has depots, not services.
    assertThat(
            fixtures
                .supplier("Sans Services")
                .admin()
                .exchange(HttpRequest.GET("/api/organisation/services"), Map.class)
                .code())
        .isEqualTo(404);
  }

  @Test
  void throttlesPasswordGuessing() {
    AccessFixtures.Org org = fixtures.supplier("Cible");
    ApiSession attacker = new ApiSession(client.toBlocking());
    for (int i = 0; i < 5; i++) {
      assertThat(
              attacker
                  .exchange(
                      HttpRequest.POST(
                          "/api/auth/login",
                          Map.of("email", org.adminEmail(), "password", "mauvais-" + i)),
                      Map.class)
                  .code())
          .isEqualTo(401);
    }
    HttpResponse<Map> blocked =
        attacker.exchange(
            HttpRequest.POST(
                "/api/auth/login", Map.of("email", org.adminEmail(), "password", PASSWORD)),
            Map.class);
    assertThat(blocked.code()).isEqualTo(429);
    assertThat(attacker.hasSessionCookie()).isFalse();
  }

  @Test
  void stateChangingSessionRequestsNeedTheCsrfToken() {
    AccessFixtures.Org org = fixtures.supplier("Sans Jeton");
    org.admin().dropCsrfHeader();
    HttpResponse<Map> response =
        org.admin()
            .exchange(
                HttpRequest.POST(
                    "/api/organisation/api-tokens",
                    Map.of("name", "ERP", "scopes", List.of("stock:read"))),
                Map.class);
    assertThat(response.code()).isEqualTo(403);
    assertThat(ApiSession.problem(response).get("type").toString()).endsWith("csrf-token-missing");
  }

  @Test
  void apiTokensAreScopedShownOnceAndRevocable() {
    AccessFixtures.Org org = fixtures.supplier("Stock API");
    HttpResponse<Views.NewApiToken> created =
        org.admin()
            .exchange(
                HttpRequest.POST(
                    "/api/organisation/api-tokens",
                    Map.of("name", "ERP atelier", "scopes", List.of("stock:read", "stock:write"))),
                Views.NewApiToken.class);
    assertThat(created.code()).isEqualTo(201);
    String secret = created.body().secret();
    UUID id = created.body().token().id();
    assertThat(secret).startsWith("bcl_");
    assertThat(created.body().token().scopes()).containsExactly("stock:read", "stock:write");
    assertThat(org.admin().get("/api/organisation/api-tokens", List.class).toString())
        .doesNotContain(secret);
    assertThat(org.admin().list("/api/organisation/api-tokens", Views.ApiTokenView.class))
        .extracting(Views.ApiTokenView::id)
        .containsExactly(id);

    ApiSession erp = ApiSession.bearer(client.toBlocking(), secret);
    assertThat(erp.get("/api/organisation", Views.OrganisationView.class).legalName())
        .isEqualTo("Stock API");

    assertThat(
            org.admin()
                .exchange(
                    HttpRequest.POST(
                        "/api/organisation/api-tokens",
                        Map.of("name", "x", "scopes", List.of("orders:write"))),
                    Map.class)
                .code())
        .isEqualTo(400);
    assertThat(
            org.admin()
                .exchange(HttpRequest.DELETE("/api/organisation/api-tokens/" + id), Map.class)
                .code())
        .isEqualTo(204);
    assertThat(erp.exchange(HttpRequest.GET("/api/organisation"), Map.class).code()).isEqualTo(401);
    assertThat(
            ApiSession.bearer(client.toBlocking(), "bcl_forged")
                .exchange(HttpRequest.GET("/api/organisation"), Map.class)
                .code())
        .isEqualTo(401);
  }

  @Test
  void passwordResetEndsOldSessionsAndTheLinkWorksOnce() throws Exception {
    AccessFixtures.Org org = fixtures.buyer("Ville de Test");
    ApiSession anonymous = new ApiSession(client.toBlocking());
    assertThat(
            anonymous
                .exchange(
                    HttpRequest.POST("/api/auth/password-reset", Map.of("email", org.adminEmail())),
                    Map.class)
                .code())
        .isEqualTo(202);
    assertThat(
            anonymous
                .exchange(
                    HttpRequest.POST(
                        "/api/auth/password-reset", Map.of("email", "personne@nulle.part")),
                    Map.class)
                .code())
        .isEqualTo(202);
    String token =
        AccessFixtures.linkTokenSentTo(
            mail, org.adminEmail(), "http://boucle.test/mot-de-passe/nouveau/");

    HttpResponse<Map> weak =
        anonymous.exchange(
            HttpRequest.POST(
                "/api/auth/password-reset/confirm", Map.of("token", token, "password", "123")),
            Map.class);
    assertThat(weak.code()).isEqualTo(400);
    HttpResponse<Map> reset =
        anonymous.exchange(
            HttpRequest.POST(
                "/api/auth/password-reset/confirm",
                Map.of("token", token, "password", "nouveau-mot-de-passe-2026")),
            Map.class);
    assertThat(reset.code()).isEqualTo(204);

    assertThat(org.admin().exchange(HttpRequest.GET("/api/auth/me"), Map.class).code())
        .as("old session")
        .isEqualTo(401);
    new ApiSession(client.toBlocking()).login(org.adminEmail(), "nouveau-mot-de-passe-2026");
    assertThat(
            anonymous
                .exchange(
                    HttpRequest.POST(
                        "/api/auth/password-reset/confirm",
                        Map.of("token", token, "password", "encore-un-autre-2026")),
                    Map.class)
                .code())
        .isEqualTo(410);
  }

  @Test
  void forgedAndExpiredInvitationsAreRefused() {
    ApiSession anonymous = new ApiSession(client.toBlocking());
    assertThat(anonymous.exchange(HttpRequest.GET("/api/invitations/inv_forged"), Map.class).code())
        .isEqualTo(404);
    assertThat(anonymous.exchange(HttpRequest.GET("/api/auth/me"), Map.class).code())
        .isEqualTo(401);
  }
}
