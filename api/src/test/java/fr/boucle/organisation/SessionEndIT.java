package fr.boucle.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 13, points 2 and 4: sessions end on the server; reset links are few and single. */
@MicronautTest(transactional = false)
@SuppressWarnings({"unchecked", "rawtypes"})
class SessionEndIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject TokenGenerator tokens;

  private static final String RESET_LINK = "http://boucle.test/mot-de-passe/nouveau/";

  @Test
  void signingOutEndsTheSessionOnTheServerNotOnlyItsCookie() {
    AccessFixtures.Org org =
        new AccessFixtures(client.toBlocking()).supplier("Sortie " + UUID.randomUUID());
    ApiSession elsewhere =
        new ApiSession(client.toBlocking()).login(org.adminEmail(), AccessFixtures.PASSWORD);
    assertThat(elsewhere.get("/api/auth/me", Views.Me.class).email()).isEqualTo(org.adminEmail());

    HttpResponse<Map> out =
        org.admin().exchange(HttpRequest.POST("/api/auth/logout", Map.of()), Map.class);
    assertThat(out.code()).isEqualTo(204);

    // The other copy of a session cookie of this person no longer opens anything.
    HttpResponse<Map> replay = elsewhere.exchange(HttpRequest.GET("/api/auth/me"), Map.class);
    assertThat(replay.code()).isEqualTo(401);
    assertThat((String) ApiSession.problem(replay).get("type")).endsWith("/session-ended");
  }

  @Test
  void aSignedSessionClaimingAnApiTokenIsNotProofOfOne() {
    // Signed with the application's own secret, so only the claim is wrong: no bearer token came.
    String jwt =
        tokens
            .generateToken(
                Map.of(
                    "sub",
                    "api-token:" + UUID.randomUUID(),
                    "roles",
                    List.of("OPERATOR"),
                    CurrentUser.ORGANISATION,
                    UUID.randomUUID().toString(),
                    CurrentUser.KIND,
                    "OPERATOR",
                    CurrentUser.API_TOKEN,
                    UUID.randomUUID().toString(),
                    "exp",
                    System.currentTimeMillis() / 1000 + 3600))
            .orElseThrow();
    HttpResponse<Map> r =
        new ApiSession(client.toBlocking())
            .exchange(
                HttpRequest.GET("/api/operator/organisations")
                    .cookie(Cookie.of("BOUCLE_SESSION", jwt)),
                Map.class);
    assertThat(r.code()).isEqualTo(401);
  }

  @Test
  void aNewerResetLinkVoidsTheOlderOneAndRequestsAreRateLimited() throws Exception {
    AccessFixtures.Org org =
        new AccessFixtures(client.toBlocking()).supplier("Oubli " + UUID.randomUUID());
    ApiSession anonymous = new ApiSession(client.toBlocking());
    for (int i = 0; i < 5; i++) {
      assertThat(
              anonymous
                  .exchange(
                      HttpRequest.POST(
                          "/api/auth/password-reset", Map.of("email", org.adminEmail())),
                      Map.class)
                  .code())
          .isEqualTo(202);
    }
    // The validation notice, then the reset links the rate limit let through.
    long sent =
        AccessFixtures.mailsTo(mail, org.adminEmail(), 4).stream()
            .filter(m -> {
              try {
                return String.valueOf(m.getSubject()).toLowerCase().contains("mot de passe");
              } catch (Exception e) {
                return false;
              }
            })
            .count();
    assertThat(sent).as("reset e-mails for 5 requests in a row").isEqualTo(3);

    String newest = AccessFixtures.linkTokenSentTo(mail, org.adminEmail(), RESET_LINK);
    String older = olderResetToken(org.adminEmail(), newest);
    HttpResponse<Map> stale =
        anonymous.exchange(
            HttpRequest.POST(
                "/api/auth/password-reset/confirm",
                Map.of("token", older, "password", "un-autre-mot-de-passe-2026")),
            Map.class);
    assertThat(stale.code()).as("an older link after a newer one").isEqualTo(410);
    HttpResponse<Map> fresh =
        anonymous.exchange(
            HttpRequest.POST(
                "/api/auth/password-reset/confirm",
                Map.of("token", newest, "password", "un-autre-mot-de-passe-2026")),
            Map.class);
    assertThat(fresh.code()).isEqualTo(204);
  }

  private static String olderResetToken(String email, String newest) throws Exception {
    java.util.regex.Pattern link =
        java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(RESET_LINK) + "([A-Za-z0-9_\\-]+)");
    for (var m : mail.getReceivedMessages()) {
      if (!m.getAllRecipients()[0].toString().equals(email)) {
        continue;
      }
      java.util.regex.Matcher found = link.matcher(AccessFixtures.text(m.getContent()));
      if (found.find() && !found.group(1).equals(newest)) {
        return found.group(1);
      }
    }
    throw new AssertionError("no older reset link sent to " + email);
  }
}
