package fr.boucle.search.analysis;

import static fr.boucle.search.analysis.Tokens.paths;
import static fr.boucle.search.analysis.Tokens.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoucleFrenchSearchAnalyzerTest {
  private static final Analyzer INDEX = BoucleAnalysis.frenchIndexAnalyzer();
  private static final Analyzer SEARCH = BoucleAnalysis.frenchSearchAnalyzer();

  @AfterAll
  static void close() {
    INDEX.close();
    SEARCH.close();
  }

  /** True when searching {@code query} finds a document whose text is exactly {@code indexed}. */
  private static boolean finds(String query, String indexed) {
    return paths(SEARCH, query).contains(terms(INDEX, indexed));
  }

  @Test
  void frigoAlsoSearchesRefrigerateur() {
    List<String> terms = terms(SEARCH, "frigo");
    assertTrue(terms.containsAll(List.of("frigo", "refriger", "frigidair")), terms::toString);
    assertTrue(finds("frigo", "Réfrigérateur"));
  }

  @Test
  void synonymsMatchPluralsAndAccentlessQueries() {
    assertTrue(finds("frigos", "réfrigérateurs"));
    assertTrue(finds("REFRIGERATEURS", "frigo"));
  }

  @Test
  void pcPortableMatchesOrdinateurPortable() {
    Set<List<String>> paths = paths(SEARCH, "PC portable");
    assertEquals(
        Set.of(List.of("pc", "portabl"), List.of("ordin", "portabl"), List.of("laptop")), paths);
    assertTrue(finds("ordinateur portable", "PC portable"));
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource({
    "lave-linge, machine à laver",
    "machine à laver, lave-linge",
    "lave-vaisselle, machine à laver la vaisselle",
    "machine à laver la vaisselle, lave-vaisselle",
    "chaise, siège",
    "écran, moniteur",
    "smartphone, téléphone portable",
    "téléphones mobiles, smartphone",
    "vidéoprojecteur, projecteur",
    "armoire, placard",
    "bureau, table de travail",
    "canapé, sofa",
    "vélo, bicyclette",
    "jouets, jeux",
    "l'ordinateur de bureau, unité centrale",
    "télé, téléviseur",
    "vae, vélo à assistance électrique"
  })
  void domainSynonyms(String query, String indexed) {
    assertTrue(finds(query, indexed), () -> query + " -> " + paths(SEARCH, query));
  }

  @Test
  void longestRuleWinsAndKeepsTheOriginalPath() {
    Set<List<String>> paths = paths(SEARCH, "chaise de bureau");
    assertTrue(paths.contains(List.of("chais", "bureau")), paths::toString);
    assertTrue(paths.contains(List.of("fauteuil", "bureau")), paths::toString);
  }

  @Test
  void textWithoutSynonymIsAnalysedLikeTheIndex() {
    String text = "Lot de 3 tables pliantes en bois massif";
    assertEquals(terms(INDEX, text), terms(SEARCH, text));
  }
}
