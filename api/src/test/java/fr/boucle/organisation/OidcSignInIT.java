package fr.boucle.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OpenID Connect sign-in against a real OIDC server (mock-oauth2-server: discovery, authorize,
 * token endpoint, signed ID tokens), configured the way ProConnect would be.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInIT implements TestPropertyProvider {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  static final MockOAuth2Server OIDC = new MockOAuth2Server();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject EmbeddedServer server;

  final java.net.http.HttpClient browser =
      java.net.http.HttpClient.newBuilder()
          .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
          .build();

  @Override
  public Map<String, String> getProperties() {
    OIDC.start();
    return Map.of(
        "micronaut.security.oauth2.enabled", "true",
        "micronaut.security.oauth2.clients.proconnect.client-id", "boucle",
        "micronaut.security.oauth2.clients.proconnect.client-secret", "boucle-secret",
        "micronaut.security.oauth2.clients.proconnect.openid.issuer",
            OIDC.issuerUrl("proconnect").toString());
  }

  @AfterAll
  void stop() {
    OIDC.shutdown();
  }

  @Test
  void personWithAnAccountSignsInThroughTheIdentityProvider() throws Exception {
    AccessFixtures.Org org = new AccessFixtures(client.toBlocking()).buyer("Département OIDC");
    assertThat(new ApiSession(client.toBlocking()).get("/api/auth/providers", List.class))
        .extracting(p -> ((Map) p).get("id"))
        .containsExactly("proconnect");

    Map<String, String> cookies = signInThroughProvider("agent-42", org.adminEmail());

    assertThat(cookies).containsKey("BOUCLE_SESSION");
    HttpResponse<String> me = get("/api/auth/me", cookies);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains(org.adminEmail()).contains("BUYER_ADMIN");

    // Next time the provider's subject alone identifies the person, whatever e-mail it sends.
    Map<String, String> again = signInThroughProvider("agent-42", "autre-adresse@ministere.test");
    assertThat(get("/api/auth/me", again).body()).contains(org.adminEmail());
  }

  @Test
  void identityWithoutABoucleAccountIsSentBackToSignIn() throws Exception {
    Map<String, String> cookies = new java.util.HashMap<>();
    HttpResponse<String> callback = completeFlow("inconnu-7", "inconnu@ministere.test", cookies);
    assertThat(callback.statusCode()).isBetween(300, 399);
    assertThat(callback.headers().firstValue("Location").orElseThrow())
        .contains("/connexion?erreur=oidc");
    assertThat(cookies).doesNotContainKey("BOUCLE_SESSION");
  }

  @Test
  void identityWhoseEmailTheProviderDoesNotSayVerifiedIsRefused() throws Exception {
    AccessFixtures.Org org =
        new AccessFixtures(client.toBlocking()).buyer("Département non vérifié");

    Map<String, String> cookies = new java.util.HashMap<>();
    HttpResponse<String> callback =
        completeFlow("agent-sans-verification", Map.of("email", org.adminEmail()), cookies);

    assertThat(callback.headers().firstValue("Location").orElseThrow())
        .contains("/connexion?erreur=oidc");
    assertThat(cookies).doesNotContainKey("BOUCLE_SESSION");
  }

  @Test
  void accountAlreadyBoundToAnotherSubjectIsRefused() throws Exception {
    AccessFixtures.Org org = new AccessFixtures(client.toBlocking()).buyer("Département lié");
    signInThroughProvider("agent-titulaire", org.adminEmail());

    Map<String, String> cookies = new java.util.HashMap<>();
    HttpResponse<String> callback =
        completeFlow(
            "agent-usurpateur", Map.of("email", org.adminEmail(), "email_verified", true), cookies);

    assertThat(callback.headers().firstValue("Location").orElseThrow())
        .contains("/connexion?erreur=oidc");
    assertThat(cookies).doesNotContainKey("BOUCLE_SESSION");
    // The rightful subject still gets in.
    assertThat(
            get("/api/auth/me", signInThroughProvider("agent-titulaire", org.adminEmail())).body())
        .contains(org.adminEmail());
  }

  private Map<String, String> signInThroughProvider(String subject, String email) throws Exception {
    Map<String, String> cookies = new java.util.HashMap<>();
    HttpResponse<String> callback = completeFlow(subject, email, cookies);
    assertThat(callback.headers().firstValue("Location").orElseThrow()).isEqualTo("/");
    return cookies;
  }

  private HttpResponse<String> completeFlow(
      String subject, String email, Map<String, String> cookies) throws Exception {
    return completeFlow(subject, Map.of("email", email, "email_verified", true), cookies);
  }

  private HttpResponse<String> completeFlow(
      String subject, Map<String, Object> claims, Map<String, String> cookies) throws Exception {
    HttpResponse<String> login = get("/oauth/login/proconnect", cookies);
    assertThat(login.statusCode()).isBetween(300, 399);
    remember(login, cookies);
    String authorize = login.headers().firstValue("Location").orElseThrow();
    assertThat(authorize).startsWith(OIDC.issuerUrl("proconnect").toString());

    OIDC.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "proconnect", subject, "JWT", List.of("boucle"), claims, 3600));
    HttpResponse<String> provider =
        browser.send(
            HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    String redirect = provider.headers().firstValue("Location").orElseThrow();
    URI back = URI.create(redirect);
    HttpResponse<String> callback = get(back.getRawPath() + "?" + back.getRawQuery(), cookies);
    remember(callback, cookies);
    return callback;
  }

  private HttpResponse<String> get(String path, Map<String, String> cookies) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path)).GET();
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void remember(HttpResponse<?> response, Map<String, String> cookies) {
    List<String> setCookies = new ArrayList<>(response.headers().allValues("Set-Cookie"));
    for (String header : setCookies) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq);
      String value = pair.substring(eq + 1);
      if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }
}
