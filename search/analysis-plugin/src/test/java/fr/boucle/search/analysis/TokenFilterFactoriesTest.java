package fr.boucle.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/** The individual filters, chained the way a custom analyzer in index settings would chain them. */
class TokenFilterFactoriesTest {

  private static List<String> run(String text, TokenFilterFactory... filters) {
    try (Analyzer analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = tokenizer;
            for (TokenFilterFactory filter : filters) {
              stream = filter.create(stream);
            }
            return new TokenStreamComponents(tokenizer, stream);
          }
        }) {
      return Tokens.terms(analyzer, text);
    }
  }

  private static TokenFilterFactory lowercase() {
    return LowerCaseFilter::new;
  }

  @Test
  void customChainEqualsTheBuiltInAnalyzers() {
    String text = "Les réfrigérateurs de l'École et l’armoire";
    try (Analyzer index = BoucleAnalysis.frenchIndexAnalyzer();
        Analyzer search = BoucleAnalysis.frenchSearchAnalyzer()) {
      assertEquals(
          Tokens.terms(index, text),
          run(
              text,
              new BoucleElisionFilterFactory(),
              lowercase(),
              new BoucleFrenchStopFilterFactory(),
              new BoucleFoldingFilterFactory(),
              new BoucleFrenchStemFilterFactory()));
      assertEquals(
          Tokens.terms(search, "frigo"),
          run(
              "frigo",
              new BoucleElisionFilterFactory(),
              lowercase(),
              new BoucleFrenchStopFilterFactory(),
              new BoucleFoldingFilterFactory(),
              new BoucleFrenchStemFilterFactory(),
              new BoucleSynonymsFilterFactory()));
    }
  }

  @Test
  void edgeNGrams() {
    assertEquals(
        List.of("so", "sof", "sofa"), run("sofa", lowercase(), new BoucleEdgeNGramFilterFactory()));
  }

  @Test
  void normalizersGetElisionAndFolding() throws IOException {
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader("l'Été"));
    try (TokenStream stream =
        new BoucleFoldingFilterFactory()
            .normalize(new BoucleElisionFilterFactory().normalize(tokenizer))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      assertTrue(stream.incrementToken());
      assertEquals("Ete", term.toString());
      assertFalse(stream.incrementToken());
      stream.end();
    }
  }

  @Test
  void synonymsAreSearchTimeOnly() {
    assertEquals(AnalysisMode.SEARCH_TIME, new BoucleSynonymsFilterFactory().getAnalysisMode());
    assertEquals(AnalysisMode.ALL, new BoucleFoldingFilterFactory().getAnalysisMode());
  }
}
