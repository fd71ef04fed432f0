package fr.boucle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlValidatorTest {

  @Test
  void namesThePageAndTheErrorTheCheckerFinds(@TempDir Path folder) {
    HtmlValidator validator = new HtmlValidator(folder);
    validator.collect(
        "valid",
        "<html lang=\"fr\"><head><title>Panier — Boucle</title></head>"
            + "<body><main><h1>Panier</h1><p>Vide.</p></main></body></html>");
    validator.collect(
        "broken",
        "<html lang=\"fr\"><head><title>Commande — Boucle</title></head>"
            + "<body><main id=\"contenu\"><p id=\"contenu\">Deux fois le même id</p>"
            + "<ul><div>Pas un élément de liste</div></ul></main></body></html>");

    assertThat(validator.errors())
        .anyMatch(error -> error.startsWith("broken line ") && error.contains("Duplicate ID"))
        .anyMatch(error -> error.startsWith("broken line ") && error.contains("“div”"))
        .noneMatch(error -> error.startsWith("valid "));
  }
}
