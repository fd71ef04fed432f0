package fr.boucle.search.analysis;

import static fr.boucle.search.analysis.Tokens.positions;
import static fr.boucle.search.analysis.Tokens.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class BoucleFrenchAnalyzerTest {
  private static final Analyzer INDEX = BoucleAnalysis.frenchIndexAnalyzer();

  @AfterAll
  static void close() {
    INDEX.close();
  }

  @Test
  void foldsStemsAndDropsElisionsAndStopWords() {
    assertEquals(List.of("refriger", "ecol"), terms(INDEX, "Réfrigérateurs de l'École"));
  }

  @Test
  void singularAndPluralShareTheirStem() {
    assertEquals(terms(INDEX, "réfrigérateur"), terms(INDEX, "Réfrigérateurs"));
    assertEquals(terms(INDEX, "vélo"), terms(INDEX, "VÉLOS"));
  }

  @Test
  void removesEveryElisionWithStraightOrTypographicApostrophe() {
    assertEquals(
        List.of("armoir", "ecran", "ordin", "etager", "ensembl", "hiv", "entrepot", "ete"),
        terms(
            INDEX,
            "L’armoire d'écran qu'ordinateur j'étagère n'ensemble s'hiver c'entrepôt"
                + " jusqu'à lorsqu'été"));
    assertEquals(List.of("ateli"), terms(INDEX, "puisqu'atelier"));
  }

  @Test
  void accentsAndCaseDoNotMatter() {
    assertEquals(terms(INDEX, "etagere electrique"), terms(INDEX, "Étagère ÉLECTRIQUE"));
    assertEquals(List.of("oeuvr"), terms(INDEX, "Œuvre"));
  }

  @Test
  void stopWordsLeaveNoPositionGap() {
    assertEquals(List.of("machin", "lav"), terms(INDEX, "machine à laver"));
    assertEquals(List.of(0, 1), positions(INDEX, "machine à laver"));
    assertEquals(List.of(0, 1), positions(INDEX, "Le bureau de la directrice"));
  }

  @Test
  void multiTermQueriesAreLowercasedAndFolded() {
    assertEquals("refrig", INDEX.normalize("f", "RÉFRIG").utf8ToString());
  }
}
