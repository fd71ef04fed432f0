package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.TestMail;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * RGAA 13.1 with a 40-second session: the warning opens 20 seconds before the end (RGAA's minimum),
 * takes the focus, extends the session with the keyboard without losing the form being filled; left
 * alone, the session ends, the person signs in again and comes back to the page, where the form
 * offers what was typed.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.security.token.generator.access-token.expiration", value = "40")
class SessionTimeoutBrowserIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void warnsBeforeTheEndExtendsWithTheKeyboardAndBringsThePersonBackAfterTheEnd() {
    AccessFixtures.Org supplier =
        new AccessFixtures(client.toBlocking())
            .supplier("Recyclerie Minuteur " + System.nanoTime());
    try (BrowserSession awa = new BrowserSession(server.getURL().toString(), "session-timeout")) {
      signIn(awa, supplier.adminEmail());
      awa.waitForUrlContaining("/commandes");
      awa.open("/stock/nouvelle");
      awa.type("Titre", "Armoire métallique 2 portes");

      // The warning: a modal with the focus on "Prolonger ma session".
      new WebDriverWait(awa.driver(), Duration.ofSeconds(40))
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("[data-testid=session-timeout]")));
      assertThat(active(awa)).isEqualTo("Prolonger ma session");
      assertThat(
              awa.driver().findElement(By.cssSelector("[data-testid=session-timeout]")).getText())
          .contains("Votre session va bientôt se terminer")
          .contains("se termine dans");
      awa.settled("warning");
      long before = secondsLeft(awa);
      assertThat(before).isLessThanOrEqualTo(21);

      awa.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
      new WebDriverWait(awa.driver(), Duration.ofSeconds(10))
          .until(
              ExpectedConditions.invisibilityOfElementLocated(
                  By.cssSelector("[data-testid=session-timeout]")));
      new WebDriverWait(awa.driver(), Duration.ofSeconds(5))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("[data-testid=session-status]"), "Votre session est prolongée"));
      assertThat(secondsLeft(awa)).as("a full session again").isGreaterThan(30);
      assertThat(awa.field("Titre").getAttribute("value")).isEqualTo("Armoire métallique 2 portes");
      awa.settled("extended");

      // Left alone this time: the session ends and the person is asked to sign in again.
      new WebDriverWait(awa.driver(), Duration.ofSeconds(60))
          .until(ExpectedConditions.urlContains("/connexion?retour="));
      assertThat(awa.driver().getCurrentUrl()).endsWith("retour=%2Fstock%2Fnouvelle");
      assertThat(awa.waitFor(By.cssSelector("[data-testid=signin-session-ended]")).getText())
          .contains("Votre session a pris fin");
      awa.settled("ended");

      awa.type("Adresse électronique", supplier.adminEmail())
          .type("Mot de passe", AccessFixtures.PASSWORD);
      awa.driver().findElement(By.cssSelector("main button[type=submit]")).click();
      awa.waitForUrlContaining("/stock/nouvelle");
      awa.click("Reprendre ma saisie");
      assertThat(awa.field("Titre").getAttribute("value")).isEqualTo("Armoire métallique 2 portes");
      awa.settled("back-with-the-draft");
    }
  }

  private static void signIn(BrowserSession browser, String email) {
    browser.visit("/connexion", "sign-in");
    browser.type("Adresse électronique", email).type("Mot de passe", AccessFixtures.PASSWORD);
    browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
  }

  private static String active(BrowserSession browser) {
    return browser.driver().switchTo().activeElement().getText().trim();
  }

  /** What the server says is left of the browser's session. */
  private static long secondsLeft(BrowserSession browser) {
    Object left =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch('/api/auth/me', {headers: {Accept: 'application/json'}})"
                    + "  .then(r => r.json()).then(me => done(me.sessionSecondsLeft))"
                    + "  .catch(() => done(-1));");
    return ((Number) left).longValue();
  }
}
