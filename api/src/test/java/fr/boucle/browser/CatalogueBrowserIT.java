package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.catalogue.internal.CatalogueReindexer;
import fr.boucle.demo.DemoDataFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Searching the catalogue as a public agent would, on real PostgreSQL and Elasticsearch. */
@MicronautTest(transactional = false)
class CatalogueBrowserIT {

  @Inject EmbeddedServer server;
  @Inject DemoDataFixture demo;
  @Inject CatalogueReindexer reindexer;

  @Test
  void aTypoStillFindsFridgesAndAFacetNarrowsTheResults() {
    demo.load(20261122L, 1_500);
    reindexer.reindex(done -> {});
    try (BrowserSession agent = new BrowserSession(server.getURL().toString(), "catalogue")) {
      agent.visit("/catalogue?q=refrigerateru", "typo-search");
      agent.waitFor(By.cssSelector("[data-testid=result-card]"));
      List<String> titles =
          agent.driver().findElements(By.cssSelector("[data-testid=result-card] h2")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(titles)
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t).containsAnyOf("Réfrigérateur", "Frigo"));
      String before = agent.waitFor(By.cssSelector("[data-testid=catalogue-count]")).getText();

      WebElement bonEtat =
          agent
              .driver()
              .findElement(By.xpath("//label[starts-with(normalize-space(.), 'Bon état (')]"));
      String expected = bonEtat.getText().replaceAll("\\D", "");
      bonEtat.click();
      agent.waitForUrlContaining("condition=BON_ETAT");
      agent.waitForText(expected + " bien");
      agent.settled("narrowed-by-condition");
      String after =
          agent.driver().findElement(By.cssSelector("[data-testid=catalogue-count]")).getText();
      assertThat(after).isNotEqualTo(before).startsWith(expected + " bien");
      assertThat(agent.driver().findElements(By.cssSelector("[data-testid=result-card]")))
          .allSatisfy(card -> assertThat(card.getText()).containsIgnoringCase("Bon état"));
    }
  }
}
