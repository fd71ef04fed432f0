package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.TestMail;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Sign-up → operator validation → invitation → sign-in, clicked through as people would. */
@MicronautTest(transactional = false)
class AccessBrowserIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject EmbeddedServer server;

  @Test
  void supplierSignsUpIsValidatedInvitesAColleagueWhoSignsIn() throws Exception {
    String siret = AccessFixtures.newSiret();
    try (BrowserSession awa = new BrowserSession(server.getURL().toString(), "access-flow")) {
      awa.visit("/inscription", "sign-up-form");
      awa.driver()
          .findElement(By.xpath("//label[contains(normalize-space(.), 'Structure du réemploi')]"))
          .click();
      awa.type("Raison sociale", "Recyclerie du Navigateur")
          .type("SIRET", siret)
          .type("Forme juridique", "Association");
      new org.openqa.selenium.support.ui.Select(awa.field("Statut d'insertion"))
          .selectByValue("SIAE_ACI");
      awa.type("Référence du justificatif", "DREETS-HDF-2026-007");
      awa.setDate("Date de fin de validité du justificatif", "2030-12-31");
      awa.type("Nom et prénom", "Awa Diallo")
          .type("Adresse électronique", "awa@navigateur.test")
          .type("Mot de passe", "un-mot-de-passe-solide");
      awa.click("Créer le compte").waitForText("en attente de validation").settled("sign-up-done");
    }

    try (BrowserSession operator =
        new BrowserSession(server.getURL().toString(), "access-flow-operator")) {
      signIn(
          operator, AccessFixtures.OPERATOR_EMAIL, AccessFixtures.OPERATOR_PASSWORD, "/operateur");
      operator.visit("/operateur", "validation-queue").waitForText("Recyclerie du Navigateur");
      operator
          .click("Valider Recyclerie du Navigateur")
          .waitForText("Recyclerie du Navigateur")
          .settled("validated");
    }

    try (BrowserSession awa = new BrowserSession(server.getURL().toString(), "access-flow-admin")) {
      signIn(awa, "awa@navigateur.test", "un-mot-de-passe-solide", "/commandes?aTraiter=1");
      awa.visit("/organisation", "organisation").waitForText("Recyclerie du Navigateur");
      awa.type("Adresse électronique de la personne invitée", "karim@navigateur.test");
      awa.driver().findElement(By.xpath("//label[normalize-space(.)='Équipe']")).click();
      awa.click("Envoyer l'invitation").waitForText("karim@navigateur.test").settled("invited");
    }

    String token =
        AccessFixtures.linkTokenSentTo(
            mail, "karim@navigateur.test", "http://boucle.test/invitation/");
    try (BrowserSession karim =
        new BrowserSession(server.getURL().toString(), "access-flow-colleague")) {
      karim.visit("/invitation/" + token, "invitation").waitForText("Recyclerie du Navigateur");
      karim.type("Nom et prénom", "Karim Benali").type("Mot de passe", "atelier-velo-2026-solide");
      karim.click("Créer mon compte").settled("account-created");
      signIn(karim, "karim@navigateur.test", "atelier-velo-2026-solide", "/commandes?aTraiter=1");
      karim
          .visit("/organisation", "colleague-organisation")
          .waitForText("Recyclerie du Navigateur");
      assertThat(karim.driver().findElement(By.tagName("header")).getText())
          .contains("Karim Benali");
    }
  }

  /** Signs in and waits for the page the person's role lands on. */
  private static void signIn(
      BrowserSession browser, String email, String password, String landing) {
    browser.visit("/connexion", "sign-in");
    browser.type("Adresse électronique", email).type("Mot de passe", password);
    browser
        .driver()
        .findElement(org.openqa.selenium.By.cssSelector("main button[type=submit]"))
        .click();
    try {
      browser.waitForUrlContaining(landing);
    } finally {
      browser.screenshot("after-sign-in");
    }
  }
}
