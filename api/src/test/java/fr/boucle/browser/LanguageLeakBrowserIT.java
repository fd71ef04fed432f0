package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.browser.LanguageDetector.Language;
import fr.boucle.browser.RgaaSample.Page;
import fr.boucle.catalogue.internal.CatalogueReindexer;
import fr.boucle.demo.DemoDataFixture;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * "No English text appears in the French interface (and the reverse)": every page of the RGAA
 * sample (RgaaSample), opened by the demo account that works on it, in French and then in English,
 * plus problems shown in the interface (a refused sign-in, a checkout with a bad field). Every text
 * a person can see or hear is checked by {@link LanguageDetector}: the visible text, the document's
 * title and the {@code aria-label}, {@code alt}, {@code title} and {@code placeholder} attributes.
 * Content written by users (listing titles, organisation names…) is marked with the language it is
 * written in ({@code lang="fr"} through the frontend's {@code UserText}); a subtree whose {@code
 * lang} differs from the page's is not checked. The leaks found are kept in
 * target/browser-artifacts/language-leaks-&lt;language&gt;/leaks.txt.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageLeakBrowserIT {

  /**
   * Every text of the page in its language, with where it is: the text of each block (inline
   * elements joined into their block), the title, and the spoken attributes of visible elements.
   */
  private static final String COLLECT_TEXTS =
      """
      const pageLang = (document.documentElement.lang || 'fr').slice(0, 2).toLowerCase();
      const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN',
        'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP',
        'TIME', 'U', 'VAR', 'BR', 'WBR', 'LABEL']);
      const langOf = (el) => {
        const marked = el.closest('[lang]');
        return marked ? marked.getAttribute('lang').slice(0, 2).toLowerCase() : pageLang;
      };
      const visible = (el) => {
        const select = el.closest('select');
        const target = select || el;
        return target.checkVisibility({ visibilityProperty: true });
      };
      const where = (el) => {
        const id = el.id ? '#' + el.id : '';
        const testid = el.dataset && el.dataset.testid ? '[data-testid=' + el.dataset.testid + ']' : '';
        const cls = !id && !testid && typeof el.className === 'string' && el.className.trim()
          ? '.' + el.className.trim().split(/\\s+/).slice(0, 2).join('.') : '';
        return el.tagName.toLowerCase() + id + testid + cls;
      };
      // User content marked in another language: an attribute or the title quoting it cannot mark
      // it (no lang inside an attribute), so the quote is taken out before checking.
      const quoted = [...document.body.querySelectorAll('[lang]')]
        .filter((el) => langOf(el) !== pageLang)
        .map((el) => (el.tagName === 'OPTION' ? el.textContent : el.innerText || el.textContent).trim())
        .filter((q) => q.length > 2)
        .sort((a, b) => b.length - a.length);
      const unquote = (text) => quoted.reduce((t, q) => t.split(q).join(' '), text);
      const out = [{ where: 'document.title', text: unquote(document.title) }];
      const blocks = new Map();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const el = node.parentElement;
        // A textarea's text is what the person typed (its value), not the interface's.
        if (!node.data.trim() || !el || el.closest('script, style, noscript, template, svg, textarea')) continue;
        if (langOf(el) !== pageLang || !visible(el)) continue;
        let block = el;
        while (INLINE.has(block.tagName) && block.parentElement && block.parentElement !== document.body) {
          block = block.parentElement;
        }
        if (!blocks.has(block)) blocks.set(block, []);
        blocks.get(block).push(node.data);
      }
      for (const [block, texts] of blocks) out.push({ where: where(block), text: texts.join('') });
      const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext',
        'alt', 'title', 'placeholder'];
      for (const el of document.body.querySelectorAll('*')) {
        if (langOf(el) !== pageLang || !visible(el)) continue;
        for (const name of ATTRIBUTES) {
          const value = el.getAttribute(name);
          if (value && value.trim()) out.push({ where: where(el) + '@' + name, text: unquote(value) });
        }
        if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type) && el.value) {
          out.push({ where: where(el) + '@value', text: el.value });
        }
      }
      return out.map((t) => t.where + '\\u0000' + t.text);
      """;

  @Inject EmbeddedServer server;
  @Inject DemoDataFixture demo;
  @Inject CatalogueReindexer reindexer;
  @Inject Sql sql;

  @Inject
  @Client("/")
  HttpClient client;

  private Map<String, List<Page>> sample;
  private LocaleCatalogues catalogues;

  /** A text of a page in the other language. */
  record Leak(String page, String where, String text, String why) {
    @Override
    public String toString() {
      return page + " | " + where + " | \"" + text + "\" | " + why;
    }
  }

  @BeforeAll
  void theDemoMarketplace() {
    demo.loadWithHistory(20261122L, 400);
    reindexer.reindex(done -> {});
    sample = RgaaSample.pages(sql, client);
    catalogues = LocaleCatalogues.read(LocaleCatalogues.defaultDirectory());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Language.class)
  void everyPageOfTheSampleSpeaksOnlyItsLanguage(Language language) throws IOException {
    LanguageDetector detector = new LanguageDetector(language, catalogues);
    String test = "language-leaks-" + language.name().toLowerCase();
    List<Leak> leaks = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, List<Page>> account : sample.entrySet()) {
      String email = account.getKey();
      String who = RgaaSample.who(email);
      try (BrowserSession browser = new BrowserSession(server.getURL().toString(), test)) {
        if (email != null) {
          RgaaSample.signIn(browser, email);
        } else {
          browser.open("/");
        }
        choose(browser, language);
        if (email == null) {
          refusedSignIn(browser, language, detector, leaks);
          checked.add("sign-in-refused");
        } else if (email.equals(RgaaSample.REQUESTER)) {
          checkoutWithABadDate(browser, language, detector, leaks);
          checked.add("checkout-errors");
        }
        for (Page page : account.getValue()) {
          browser.open(page.path());
          browser.waitFor(page.ready());
          RgaaSample.waitUntilLoaded(browser);
          browser.screenshot(who + "-" + page.name());
          check(browser, page.name() + " (" + page.path() + ")", language, detector, leaks);
          checked.add(page.name());
        }
      }
    }
    Path artifacts =
        Path.of(System.getenv().getOrDefault("BOUCLE_ARTIFACTS_DIR", "target/browser-artifacts"))
            .resolve(test);
    Files.createDirectories(artifacts);
    Files.write(
        artifacts.resolve("leaks.txt"),
        leaks.isEmpty()
            ? List.of("no leak on " + checked)
            : leaks.stream().map(Leak::toString).toList());
    assertThat(checked).hasSize(sample.values().stream().mapToInt(List::size).sum() + 2);
    assertThat(leaks)
        .as("texts in %s on pages in %s", language.other(), language)
        .extracting(Leak::toString)
        .isEmpty();
  }

  /** Switches the interface's language the way the header's switch remembers it. */
  private static void choose(BrowserSession browser, Language language) {
    browser
        .driver()
        .executeScript(
            "localStorage.setItem('boucle.language', arguments[0]);",
            language.name().toLowerCase());
  }

  /** A sign-in with a wrong password: the API's problem, as the page shows it. */
  private static void refusedSignIn(
      BrowserSession browser, Language language, LanguageDetector detector, List<Leak> leaks) {
    browser.open("/connexion");
    browser.waitFor(By.cssSelector("main input[type=email]")).sendKeys("personne@boucle.demo");
    browser.driver().findElement(By.cssSelector("main input[type=password]")).sendKeys("faux");
    browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
    browser.waitFor(By.cssSelector("[data-testid=signin-error]"));
    browser.screenshot("visitor-sign-in-refused");
    check(browser, "sign-in refused (/connexion)", language, detector, leaks);
  }

  /** The checkout with its delivery date emptied: the errors summed up and by the field. */
  private static void checkoutWithABadDate(
      BrowserSession browser, Language language, LanguageDetector detector, List<Leak> leaks) {
    browser.open("/panier");
    browser
        .waitFor(By.cssSelector("[data-testid=checkout] input[type=date]"))
        .sendKeys(Keys.BACK_SPACE);
    browser
        .driver()
        .findElement(By.cssSelector("[data-testid=checkout] button[type=submit]"))
        .click();
    browser.waitFor(By.cssSelector("[data-testid=checkout-errors]"));
    browser.screenshot("demandeur-checkout-errors");
    check(browser, "checkout errors (/panier)", language, detector, leaks);
  }

  @SuppressWarnings("unchecked")
  private static void check(
      BrowserSession browser,
      String page,
      Language language,
      LanguageDetector detector,
      List<Leak> leaks) {
    assertThat(browser.driver().executeScript("return document.documentElement.lang"))
        .as("<html lang> of %s", page)
        .isEqualTo(language.name().toLowerCase());
    Set<String> seen = new LinkedHashSet<>();
    for (String entry : (List<String>) browser.driver().executeScript(COLLECT_TEXTS)) {
      int cut = entry.indexOf('\u0000');
      String where = entry.substring(0, cut);
      String text = LanguageDetector.normal(entry.substring(cut + 1));
      if (seen.add(where + text)) {
        detector.leak(text).ifPresent(why -> leaks.add(new Leak(page, where, text, why)));
      }
    }
  }
}
