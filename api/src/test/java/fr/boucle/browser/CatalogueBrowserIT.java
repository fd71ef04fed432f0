package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.catalogue.internal.CatalogueReindexer;
import fr.boucle.demo.DemoAccounts;
import fr.boucle.demo.DemoDataFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Searching the catalogue as a public agent would, on real PostgreSQL and Elasticsearch. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueBrowserIT {

  @Inject EmbeddedServer server;
  @Inject DemoDataFixture demo;
  @Inject CatalogueReindexer reindexer;

  @BeforeAll
  void catalogue() {
    demo.load(20261122L, 1_500);
    reindexer.reindex(done -> {});
  }

  private static List<String> titles(BrowserSession agent) {
    return agent.driver().findElements(By.cssSelector("[data-testid=result-card] h2")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static long count(BrowserSession agent) {
    return Long.parseLong(
        agent
            .waitFor(By.cssSelector("[data-testid=catalogue-count]"))
            .getText()
            .replaceAll("^(\\d[\\d\\s\\u00a0\\u202f]*).*$", "$1")
            .replaceAll("\\D", ""));
  }

  @Test
  void typosStillFindTheItemAndAFacetNarrowsTheResultsInTheUrl() {
    try (BrowserSession agent = new BrowserSession(server.getURL().toString(), "catalogue")) {
      agent.visit("/catalogue?q=refrigerateru", "typo-search");
      agent.waitFor(By.cssSelector("[data-testid=result-card]"));
      assertThat(titles(agent))
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t).containsAnyOf("Réfrigérateur", "Frigo"));
      long before = count(agent);

      WebElement bonEtat =
          agent
              .driver()
              .findElement(By.xpath("//label[starts-with(normalize-space(.), 'Bon état (')]"));
      String expected = bonEtat.getText().replaceAll("\\D", "");
      bonEtat.click();
      agent.waitForUrlContaining("condition=BON_ETAT");
      agent.waitForText(expected + " bien");
      agent.settled("narrowed-by-condition");
      assertThat(count(agent)).isLessThan(before).isEqualTo(Long.parseLong(expected));
      assertThat(agent.driver().findElements(By.cssSelector("[data-testid=result-card]")))
          .allSatisfy(card -> assertThat(card.getText()).containsIgnoringCase("Bon état"));

      // The URL holds the whole search: a reload gives the same narrowed results.
      agent.driver().navigate().refresh();
      agent.waitForText(expected + " bien");
      assertThat(count(agent)).isEqualTo(Long.parseLong(expected));
      assertThat(agent.field("Bon état (").isSelected()).isTrue();

      agent.visit("/catalogue?q=" + "ordinateur%20portabel", "typo-laptop");
      agent.waitFor(By.cssSelector("[data-testid=result-card]"));
      assertThat(titles(agent))
          .isNotEmpty()
          .anySatisfy(t -> assertThat(t).containsIgnoringCase("portable"));
    }
  }

  @Test
  void aSuggestionChosenByKeyboardSearchesItAndACardOpensTheListingPage() {
    try (BrowserSession agent =
        new BrowserSession(server.getURL().toString(), "catalogue-typeahead")) {
      agent.visit("/catalogue", "catalogue-home");
      WebElement input = agent.waitFor(By.cssSelector("input[role=combobox]"));
      input.sendKeys("refrig");
      WebElement first = agent.waitFor(By.cssSelector("[role=listbox] [role=option]"));
      String suggestion = first.getText();
      String optionId = first.getAttribute("id");
      assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
      agent.settled("suggestions-open");
      // The audit may take the focus away, which closes the list; the arrow key opens it again.
      input.sendKeys(Keys.ARROW_DOWN);
      assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
      assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(optionId);
      input.sendKeys(Keys.ENTER);
      agent.waitForText("Résultats pour « " + suggestion + " »");
      agent.waitFor(By.cssSelector("[data-testid=result-card]"));
      assertThat(titles(agent)).contains(suggestion);

      agent.click(suggestion);
      WebElement depot = agent.waitFor(By.cssSelector("[data-testid=listing-depot]"));
      agent.settled("listing-page");
      assertThat(agent.driver().getCurrentUrl()).matches(".*/catalogue/[0-9a-f-]{36}$");
      assertThat(agent.driver().findElement(By.tagName("h1")).getText()).isEqualTo(suggestion);
      assertThat(depot.getText()).containsPattern("\\d{5} ");
      assertThat(
              agent
                  .driver()
                  .findElement(By.partialLinkText("Voir sur OpenStreetMap"))
                  .getAttribute("href"))
          .startsWith("https://www.openstreetmap.org/?mlat=");
      assertThat(
              agent.driver().findElement(By.cssSelector("[data-testid=listing-price]")).getText())
          .endsWith("€ HT");
    }
  }

  @Test
  void aBuyerSeesWhatTheyMayOrderAndTheSwitchOpensTheWholeMarketWithDistances() {
    try (BrowserSession buyer = new BrowserSession(server.getURL().toString(), "catalogue-buyer")) {
      buyer.visit("/connexion", "sign-in");
      buyer
          .type("Adresse électronique", "demandeur@boucle.demo")
          .type("Mot de passe", DemoAccounts.PASSWORD);
      buyer.driver().findElement(By.cssSelector("main button[type=submit]")).click();
      new WebDriverWait(buyer.driver(), Duration.ofSeconds(15))
          .until(ExpectedConditions.not(ExpectedConditions.urlContains("/connexion")));

      buyer.visit("/catalogue", "orderable-only");
      // The buyer's service becomes the origin of distances, in the URL.
      buyer.waitForUrlContaining("service=");
      assertThat(buyer.field("Seulement ce que je peux commander").isSelected()).isTrue();
      buyer.waitFor(By.cssSelector("[data-testid=result-card]"));
      long orderable = count(buyer);
      assertThat(orderable).as("the demo agreements make items orderable").isPositive();
      assertThat(buyer.waitFor(By.cssSelector("[data-testid=catalogue-count]")).getText())
          .contains("commandables");

      // The switch opens the whole market: more results, with distances, in the URL.
      buyer.driver().findElement(By.cssSelector("label[for=catalogue-orderable]")).click();
      buyer.waitForUrlContaining("orderable=false");
      new WebDriverWait(buyer.driver(), Duration.ofSeconds(15))
          .until(d -> count(buyer) != orderable);
      buyer.settled("whole-market");
      assertThat(count(buyer)).isGreaterThan(orderable);
      assertThat(buyer.driver().findElements(By.cssSelector("[data-testid=result-distance]")))
          .isNotEmpty()
          .allSatisfy(d -> assertThat(d.getText()).endsWith("km"));

      // Back to "orderable only": the same results as before.
      buyer.driver().findElement(By.cssSelector("label[for=catalogue-orderable]")).click();
      new WebDriverWait(buyer.driver(), Duration.ofSeconds(15))
          .until(d -> count(buyer) == orderable);
      assertThat(buyer.driver().getCurrentUrl()).doesNotContain("orderable=false");
    }
  }
}
