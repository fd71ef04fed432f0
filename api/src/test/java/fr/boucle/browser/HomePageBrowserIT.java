package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

@MicronautTest(transactional = false)
class HomePageBrowserIT {

  @Inject EmbeddedServer server;

  @Test
  void homePageShowsTheCatalogueEntryPointAndSearchLeadsToTheCatalogue() {
    try (BrowserSession browser = new BrowserSession(server.getURL().toString(), "home-page")) {
      browser.visit("/", "home");
      assertThat(browser.driver().getTitle()).contains("Boucle");
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo("fr");
      WebElement search = browser.waitFor(By.cssSelector("[data-testid=home-search] input"));

      search.sendKeys("frigo", Keys.ENTER);

      browser.waitForUrlContaining("/catalogue?q=frigo");
      browser.settled("catalogue-after-search");
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
    }
  }

  @Test
  void deepLinkToTheCatalogueLoadsTheApp() {
    try (BrowserSession browser = new BrowserSession(server.getURL().toString(), "deep-link")) {
      browser.visit("/catalogue?q=chaise", "catalogue-deep-link");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/catalogue?q=chaise");
    }
  }
}
