package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.browser.LanguageDetector.Language;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

  /** The real catalogues of the frontend, as the browser test reads them. */
  private static final LocaleCatalogues CATALOGUES =
      LocaleCatalogues.read(LocaleCatalogues.defaultDirectory());

  private final LanguageDetector onFrench = new LanguageDetector(Language.FR, CATALOGUES);
  private final LanguageDetector onEnglish = new LanguageDetector(Language.EN, CATALOGUES);

  @Test
  void readsBothLanguagesOfEveryLocaleFile() {
    assertThat(CATALOGUES.french()).contains("Se connecter", "Chargement des catégories…");
    assertThat(CATALOGUES.english()).contains("Sign in", "Useful links");
    // Keys are not messages.
    assertThat(CATALOGUES.french()).doesNotContain("above-amount-due", "accept orders");
    assertThat(CATALOGUES.english()).doesNotContain("above-amount-due");
    // Slices mounted from their own files (problems.ts) are read too.
    assertThat(CATALOGUES.english()).anyMatch(s -> s.startsWith("This account is"));
  }

  @Test
  void parsesConcatenatedEscapedAndQuotedKeys() {
    Set<String> fr = new LinkedHashSet<>();
    Set<String> en = new LinkedHashSet<>();
    LocaleCatalogues.parse(
        """
        /** 'not a message' */
        export const thingFr = {
          // "nor this"
          a: 'l\\'accord ' + "en vigueur",
          "quoted-key": `modèle`,
        };
        export const thingEn: typeof thingFr = { a: 'the agreement in force', 'quoted-key': 'template' };
        """,
        fr,
        en);
    assertThat(fr).containsExactly("l'accord en vigueur", "modèle");
    assertThat(en).containsExactly("the agreement in force", "template");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Achetez des biens reconditionnés auprès des structures solidaires",
        "Seul un accord-cadre en brouillon peut être activé ; celui-ci est actif.",
        "La catégorie chaise n’est pas dans le périmètre du lot 3.",
        "Il faut en commander au moins 4.",
        "Chargement…",
        "Se connecter",
        "Commande CMD-2026-000123 du 12/03/2026",
        "12 345,60 €",
        "SIRET 123 456 789 00012",
        "contact@boucle.demo",
        "https://boucle.example/catalogue",
        "Boucle",
        "Emmaüs Connect",
        "Menu",
        "Catalogue",
        "Accès rapide",
        "République Française",
        "Contactez le Défenseur des droits",
        "Fauteuil The Original Chair, très bon état",
        "kg CO2e",
        "PC portable 15 pouces",
      })
  void frenchTextsAreNotLeaksOnAFrenchPage(String text) {
    assertThat(onFrench.leak(text)).as(text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Category chaise is outside the scope of lot 3.",
        "has a value of the wrong type or format",
        "Sign in",
        "Useful links",
        "Loading…",
        "Cancel",
        "Your orders are waiting for approval",
        "Page 2 of 5",
        "You have 3 unread notifications and 2 orders to approve",
      })
  void englishTextsAreLeaksOnAFrenchPage(String text) {
    assertThat(onFrench.leak(text)).as(text).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Buy refurbished goods from social-economy enterprises",
        "Sign in",
        "Loading…",
        "Order CMD-2026-000123 of 12/03/2026",
        "€12,345.60",
        "1,234 kg",
        "contact@boucle.demo",
        "Boucle",
        "Menu",
        "Catalogue",
        "République Française",
        "Contact the Défenseur des droits",
        "Café Solidaire's deliveries",
        "Emmaüs Connect",
        "It's the supplier's listing",
        "Non-profit",
      })
  void englishTextsAreNotLeaksOnAnEnglishPage(String text) {
    assertThat(onEnglish.leak(text)).as(text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Se connecter",
        "Chargement…",
        "Annuler",
        "Aucune commande pour le moment",
        "Fauteuil de bureau ergonomique en très bon état",
        "Livré par la Ressourcerie du Val-de-Marne",
        "l'accord en vigueur",
        "ne doit pas dépasser le montant dû (12,00 €)",
      })
  void frenchTextsAreLeaksOnAnEnglishPage(String text) {
    assertThat(onEnglish.leak(text)).as(text).isPresent();
  }

  @Test
  void mixedTextLeansToItsMajority() {
    // A French sentence quoting an English product name stays French…
    assertThat(onFrench.leak("Le modèle Apple MacBook Air with Retina de la commande")).isEmpty();
    // …and an English sentence quoting one French word stays English.
    assertThat(onEnglish.leak("The need « chaises » was published by the service")).isEmpty();
    // A French sentence with an English clause in it is caught.
    assertThat(onFrench.leak("Votre commande is waiting for the approval of your manager"))
        .isPresent();
  }

  @Test
  void saysWhyItIsALeak() {
    assertThat(onFrench.leak("Useful links"))
        .hasValueSatisfying(why -> assertThat(why).contains("EN"));
    assertThat(onEnglish.leak("Aucune commande pour le moment"))
        .hasValueSatisfying(why -> assertThat(why).contains("FR"));
  }
}
