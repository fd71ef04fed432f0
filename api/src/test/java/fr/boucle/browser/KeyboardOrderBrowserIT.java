package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.catalogue.internal.CatalogueReindexer;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.Role;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole order flow with the keyboard only (RGAA 7.3, 10.7, 12.8): the requester searches from
 * the home page, opens the listing, puts it in the cart and checks out; the approver approves; the
 * supplier accepts and marks the order ready; the requester confirms the delivery. Only Tab,
 * Shift+Tab, Enter and typed text reach the page (no clicks). Each element the keyboard reaches
 * must show where the focus is; after each move to another page the focus is on that page's heading
 * or message; a checkout with a bad field sums its errors up at the top with the focus there; the
 * status messages are in live regions.
 */
@MicronautTest(transactional = false)
class KeyboardOrderBrowserIT {

  private static final int MAX_TABS = 200;

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject EmbeddedServer server;
  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;
  @Inject CatalogueReindexer reindexer;

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void theOrderFlowIsDoneWithTheKeyboardAloneWithTheFocusAlwaysVisible() throws Exception {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Ville du Clavier")
            .approvingAbove(10_000)
            .buyingFrom("Atelier du Clavier", "SIAE_ACI")
            .lotCovering("mobilier-bureau")
            .create();
    String token = "clavier" + UUID.randomUUID().toString().substring(0, 6);
    UUID listing = f.listing(trade.supplier(), "siege-bureau", 12_345, 2000, "LOT", 10);
    String title = "Fauteuil " + token + " réglable";
    sql.update("UPDATE listing SET title = ? WHERE id = ?", title, listing);
    reindexer.reindex(done -> {});
    String requester = "demandeur-" + token + "@clavier.test";
    String approver = "approbateur-" + token + "@clavier.test";
    provisioning.createPerson(
        trade.buyer().org().id(),
        requester,
        "Chloé Petit",
        AccessFixtures.PASSWORD,
        Set.of(Role.REQUESTER),
        Set.of(trade.serviceId()));
    provisioning.createPerson(
        trade.buyer().org().id(),
        approver,
        "Marc Lefèvre",
        AccessFixtures.PASSWORD,
        Set.of(Role.APPROVER),
        Set.of(trade.serviceId()));
    String supplier = trade.supplier().org().adminEmail();
    String base = server.getURL().toString();

    String orderPath;
    String number;
    try (BrowserSession chloe = new BrowserSession(base, "keyboard-requester")) {
      signIn(chloe, requester, "/");
      // Search from the home page.
      tabTo(chloe, "Rechercher un bien reconditionné");
      type(chloe, token);
      press(chloe, Keys.ENTER);
      chloe.waitForUrlContaining("/catalogue?q=");
      chloe.waitFor(By.cssSelector("[data-testid=result-card]"));
      focusOnTheNewPage(chloe);
      chloe.settled("search-results");
      // Open the listing, put two in the cart.
      tabTo(chloe, title);
      press(chloe, Keys.ENTER);
      chloe.waitFor(By.cssSelector("[data-testid=listing-price]"));
      focusOnTheNewPage(chloe);
      chloe.settled("listing");
      tabTo(chloe, "Quantité");
      type(chloe, Keys.chord(Keys.CONTROL, "a") + "2");
      tabTo(chloe, "Ajouter au panier");
      press(chloe, Keys.ENTER);
      WebElement added =
          chloe.waitFor(By.xpath("//*[@aria-live][contains(., 'Ajouté au panier.')]"));
      assertThat(added.getAttribute("aria-live")).isEqualTo("polite");
      chloe.screenshot("added-to-cart");
      tabTo(chloe, "Voir le panier");
      press(chloe, Keys.ENTER);
      chloe.waitFor(By.cssSelector("[data-testid=checkout]"));
      focusOnTheNewPage(chloe);
      chloe.settled("cart");

      // A bad field: the delivery date emptied. The errors are summed up at the top, focused.
      tabTo(chloe, "Date de livraison souhaitée");
      String date = active(chloe).getAttribute("value");
      press(chloe, Keys.BACK_SPACE); // the day cleared: the date is no longer a date
      tabTo(chloe, "Valider la commande");
      press(chloe, Keys.ENTER);
      WebElement summary = chloe.waitFor(By.cssSelector("[data-testid=checkout-errors]"));
      assertThat(summary.getText())
          .contains("Le formulaire contient")
          .contains("Date de livraison");
      assertThat(active(chloe)).isEqualTo(summary);
      assertVisibleFocus(chloe, "error summary");
      chloe.settled("checkout-errors");

      // F5 brings the valid date back; the order is placed.
      chloe.driver().navigate().refresh();
      chloe.waitFor(By.cssSelector("[data-testid=checkout]"));
      assertThat(date).isNotBlank();
      tabTo(chloe, "Valider la commande");
      press(chloe, Keys.ENTER);
      chloe.waitForUrlContaining("/commandes/");
      WebElement placed = liveMessage(chloe, "Votre commande est passée.");
      assertThat(active(chloe)).isEqualTo(placed);
      chloe.settled("order-placed");
      orderPath = new java.net.URI(chloe.driver().getCurrentUrl()).getPath();
      java.util.regex.Matcher numbered =
          java.util.regex.Pattern.compile("BC-\\d{4}-\\d{6}")
              .matcher(chloe.waitFor(By.tagName("h1")).getText());
      assertThat(numbered.find()).as("order number in the heading").isTrue();
      number = numbered.group();
    }

    try (BrowserSession marc = new BrowserSession(base, "keyboard-approver")) {
      signIn(marc, approver, "/approbations");
      marc.waitForText(number);
      tabTo(marc, number);
      press(marc, Keys.ENTER);
      marc.waitForText("Approuver");
      focusOnTheNewPage(marc);
      tabTo(marc, "Approuver");
      press(marc, Keys.ENTER);
      liveMessage(marc, "La commande est approuvée.");
      marc.settled("approved");
    }

    try (BrowserSession awa = new BrowserSession(base, "keyboard-supplier")) {
      signIn(awa, supplier, "/commandes?aTraiter=1");
      awa.waitForText(number);
      tabTo(awa, number);
      press(awa, Keys.ENTER);
      awa.waitForText("Accepter");
      focusOnTheNewPage(awa);
      tabTo(awa, "Accepter");
      press(awa, Keys.ENTER);
      liveMessage(awa, "La commande est acceptée.");
      tabTo(awa, "Marquer prête");
      press(awa, Keys.ENTER);
      liveMessage(awa, "La commande est prête.");
      awa.settled("ready");
    }

    try (BrowserSession chloe = new BrowserSession(base, "keyboard-delivery")) {
      signIn(chloe, requester, orderPath);
      chloe.waitForText("Confirmer la livraison");
      tabTo(chloe, "Confirmer la livraison");
      press(chloe, Keys.ENTER);
      liveMessage(chloe, "La livraison est confirmée.");
      chloe.settled("delivered");
      assertThat(
              chloe
                  .waitFor(By.cssSelector("h1 [data-testid=order-status]"))
                  .getAttribute("textContent")
                  .trim())
          .isEqualTo("Livrée");
    }
  }

  /** Signs in with the keyboard: Tab to each field, type, Enter. */
  private static void signIn(BrowserSession browser, String email, String target) {
    browser.visit(
        "/connexion?retour="
            + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8),
        "sign-in");
    tabTo(browser, "Adresse électronique");
    type(browser, email);
    tabTo(browser, "Mot de passe");
    type(browser, AccessFixtures.PASSWORD);
    press(browser, Keys.ENTER);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(d -> !d.getCurrentUrl().contains("/connexion"));
    browser.waitFor(By.cssSelector("main h1"));
  }

  /**
   * Presses Tab until the focused element is named {@code name} (its text, label, aria-label or
   * value starts with it), checking on the way that every focused element shows its focus.
   */
  private static void tabTo(BrowserSession browser, String name) {
    for (int i = 0; i < MAX_TABS; i++) {
      press(browser, Keys.TAB);
      String focused = accessibleName(browser);
      assertVisibleFocus(browser, focused);
      if (focused.startsWith(name)) {
        return;
      }
    }
    throw new AssertionError("Tab never reached '" + name + "'");
  }

  private static String accessibleName(BrowserSession browser) {
    Object name =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const e = document.activeElement; if (!e) return '';"
                    + " const label = e.labels && e.labels.length ? e.labels[0].innerText : null;"
                    + " return (e.getAttribute('aria-label') || label || e.innerText || e.value ||"
                    + " '').replace(/\\s+/g, ' ').trim();");
    return String.valueOf(name);
  }

  /**
   * The focused element draws an outline or a shadow (RGAA 10.7): itself, one of its
   * pseudo-elements, or (DSFR's enlarged links and cards) the block around it, outlined while it
   * holds the focus.
   */
  private static void assertVisibleFocus(BrowserSession browser, String what) {
    Object indicator =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const e = document.activeElement;"
                    + " const outline = s => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
                    + " const shadow = s => s.boxShadow && s.boxShadow !== 'none';"
                    + " const own = getComputedStyle(e);"
                    + " if (outline(own) || shadow(own)) return 'element';"
                    + " for (const p of ['::before', '::after']) {"
                    + "  const s = getComputedStyle(e, p); if (outline(s) || shadow(s)) return p; }"
                    + " for (let a = e.parentElement, i = 0; a && i < 5; a = a.parentElement, i++) {"
                    + "  if (a.matches(':focus-within') && outline(getComputedStyle(a)))"
                    + "   return 'block ' + a.className; }"
                    + " return '';");
    assertThat(String.valueOf(indicator))
        .as("visible focus on '%s' (%s)", what, active(browser).getTagName())
        .isNotBlank();
  }

  /** After a move to another page the focus is on its heading or on a message of its own. */
  private static void focusOnTheNewPage(BrowserSession browser) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "const e = document.activeElement;"
                            + " return e.tagName === 'H1' || e.getAttribute('role') === 'alert'"
                            + " || e.getAttribute('role') === 'status';"));
    assertVisibleFocus(browser, "the new page's heading");
  }

  /** A status message shown in a live region (role status/alert with its aria-live). */
  private static WebElement liveMessage(BrowserSession browser, String text) {
    browser.waitForText(text);
    WebElement message =
        browser.waitFor(
            By.xpath(
                "//main//*[@aria-live][contains(normalize-space(.), "
                    + "'"
                    + text.replace("'", "’")
                    + "')]"));
    assertThat(message.getAttribute("aria-live")).isIn("polite", "assertive");
    return message;
  }

  private static WebElement active(BrowserSession browser) {
    return browser.driver().switchTo().activeElement();
  }

  private static void press(BrowserSession browser, CharSequence key) {
    new Actions(browser.driver()).sendKeys(key).perform();
  }

  private static void type(BrowserSession browser, String text) {
    new Actions(browser.driver()).sendKeys(text).perform();
  }
}
