package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Keeps the cookies page true (issue 19): every main page, signed out and signed in as each kind of
 * person, sets no cookie but the session and CSRF ones and loads no resource from another origin
 * (the page's resource timing entries, all of them, against its own origin).
 */
@MicronautTest(transactional = false)
class CookieBrowserIT {

  private static final Set<String> STRICTLY_NECESSARY = Set.of("BOUCLE_SESSION", "BOUCLE_CSRF");

  private static final List<String> PUBLIC_PAGES =
      List.of(
          "/",
          "/catalogue",
          "/statut",
          "/connexion",
          "/inscription",
          "/mot-de-passe/oubli",
          "/mentions-legales",
          "/donnees-personnelles",
          "/cookies");

  private static final List<String> BUYER_PAGES =
      List.of(
          "/catalogue",
          "/panier",
          "/commandes",
          "/approbations",
          "/accords-cadres",
          "/factures",
          "/tableau-de-bord",
          "/besoins",
          "/organisation",
          "/compte");

  private static final List<String> SUPPLIER_PAGES =
      List.of(
          "/stock",
          "/stock/import",
          "/commandes",
          "/factures",
          "/ventes",
          "/besoins",
          "/organisation",
          "/compte");

  private static final List<String> OPERATOR_PAGES =
      List.of("/operateur", "/operateur/taxonomie", "/compte");

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Test
  void noPageSetsAnotherCookieNorLoadsAThirdPartyResource() {
    OrderingFixtures.Trade trade =
        new OrderingFixtures(client.toBlocking(), provisioning, sql)
            .aBuyer("Ville de Bagnolet " + UUID.randomUUID())
            .buyingFrom("Recyclerie de Bagnolet", "SIAE_ACI")
            .lotCovering("chaise")
            .create();
    String base = server.getURL().toString();
    List<String> problems = new ArrayList<>();

    try (BrowserSession browser = new BrowserSession(base, "cookies-signed-out")) {
      for (String page : PUBLIC_PAGES) {
        check(browser, page, problems);
      }
    }
    visitSignedIn(
        base,
        "cookies-buyer",
        trade.buyer().org().adminEmail(),
        AccessFixtures.PASSWORD,
        BUYER_PAGES,
        problems);
    visitSignedIn(
        base,
        "cookies-supplier",
        trade.supplier().org().adminEmail(),
        AccessFixtures.PASSWORD,
        SUPPLIER_PAGES,
        problems);
    visitSignedIn(
        base,
        "cookies-operator",
        AccessFixtures.OPERATOR_EMAIL,
        AccessFixtures.OPERATOR_PASSWORD,
        OPERATOR_PAGES,
        problems);

    assertThat(problems).as("cookies and third-party resources on the main pages").isEmpty();
  }

  private static void visitSignedIn(
      String base,
      String name,
      String email,
      String password,
      List<String> pages,
      List<String> problems) {
    try (BrowserSession browser = new BrowserSession(base, name)) {
      browser.visit("/connexion", "sign-in");
      browser.type("Adresse électronique", email).type("Mot de passe", password);
      browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
      browser.waitFor(By.cssSelector("[data-testid=session-name]"));
      assertThat(names(browser)).as("%s is signed in", email).contains("BOUCLE_SESSION");
      for (String page : pages) {
        check(browser, page, problems);
      }
    }
  }

  private static void check(BrowserSession browser, String page, List<String> problems) {
    browser.visit(page, page.equals("/") ? "home" : page.substring(1).replace('/', '-'));
    Set<String> others =
        names(browser).stream()
            .filter(n -> !STRICTLY_NECESSARY.contains(n))
            .collect(Collectors.toSet());
    if (!others.isEmpty()) {
      problems.add(page + " sets " + others);
    }
    @SuppressWarnings("unchecked")
    List<String> foreign =
        (List<String>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => new URL(n).origin !== location.origin);");
    if (!foreign.isEmpty()) {
      problems.add(page + " loads " + foreign);
    }
  }

  private static Set<String> names(BrowserSession browser) {
    return browser.driver().manage().getCookies().stream()
        .map(Cookie::getName)
        .collect(Collectors.toSet());
  }
}
