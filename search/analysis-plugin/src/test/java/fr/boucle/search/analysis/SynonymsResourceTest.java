package fr.boucle.search.analysis;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.junit.jupiter.api.Test;

class SynonymsResourceTest {

  @Test
  void resourceShipsAtLeastTwentyRules() throws IOException {
    try (InputStream in =
        BoucleAnalysis.class.getResourceAsStream(BoucleAnalysis.SYNONYMS_RESOURCE)) {
      assertNotNull(in, "synonyms_fr.txt must sit next to BoucleAnalysis in the jar");
      long rules =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
              .lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty() && !line.startsWith("#"))
              .count();
      assertTrue(rules >= 20, "only " + rules + " synonym rules");
    }
  }

  @Test
  void mapIsParsedOnceAndShared() {
    assertSame(BoucleAnalysis.synonymMap(), BoucleAnalysis.synonymMap());
    assertNotNull(BoucleAnalysis.synonymMap().fst);
  }

  @Test
  void rulesWithStopWordsInsideOrAtTheStartParse() throws Exception {
    BoucleAnalysis.parseSynonyms(new StringReader("la machine à laver, lave-linge\n"));
  }

  @Test
  void ruleMadeOfStopWordsOnlyIsRejected() {
    assertThrows(
        ParseException.class, () -> BoucleAnalysis.parseSynonyms(new StringReader("le, la\n")));
  }
}
