package fr.boucle.search.analysis;

import static fr.boucle.search.analysis.Tokens.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class BoucleAutocompleteAnalyzerTest {
  private static final Analyzer INDEX = BoucleAnalysis.autocompleteIndexAnalyzer();
  private static final Analyzer SEARCH = BoucleAnalysis.autocompleteSearchAnalyzer();

  @AfterAll
  static void close() {
    INDEX.close();
    SEARCH.close();
  }

  @Test
  void indexesFoldedEdgeNGramsOfEveryWord() {
    assertEquals(
        List.of(
            "ch", "cha", "chai", "chais", "chaise", "et", "eta", "etag", "etage", "etager",
            "etagere"),
        terms(INDEX, "Chaise l'Étagère"));
  }

  @Test
  void searchSideKeepsWhatWasTypedWithoutNGrams() {
    assertEquals(List.of("refrig", "arm"), terms(SEARCH, "Réfrig l'Arm"));
  }

  @Test
  void everyTypedPrefixIsAnIndexedTerm() {
    List<String> indexed = terms(INDEX, "Réfrigérateur américain");
    for (String prefix : List.of("ré", "RÉF", "refriger", "réfrigérateur", "am", "améric")) {
      assertTrue(indexed.containsAll(terms(SEARCH, prefix)), prefix);
    }
  }

  @Test
  void keepsStopWordsAsPrefixesAndDoesNotStem() {
    assertEquals(List.of("la"), terms(SEARCH, "la"));
    assertTrue(terms(INDEX, "Lampe de bureau").contains("la"));
    assertEquals(List.of("tables"), terms(SEARCH, "tables"));
  }

  @Test
  void wordsLongerThanTheLongestGramStayFindable() {
    String word = "anticonstitutionnellement";
    List<String> indexed = terms(INDEX, word);
    assertTrue(indexed.contains(word.substring(0, BoucleAnalysis.EDGE_NGRAM_MAX)));
    assertTrue(indexed.contains(word));
    assertTrue(indexed.stream().allMatch(t -> t.length() >= BoucleAnalysis.EDGE_NGRAM_MIN));
  }
}
