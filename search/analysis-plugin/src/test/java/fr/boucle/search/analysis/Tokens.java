package fr.boucle.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/** Test helpers running text through a Lucene analyzer. */
final class Tokens {
  private Tokens() {}

  /** The terms, in order (graph alternatives included). */
  static List<String> terms(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      return terms(ts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The positions of the terms, in order. */
  static List<Integer> positions(Analyzer analyzer, String text) {
    List<Integer> positions = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += posInc.getPositionIncrement();
        positions.add(position);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return positions;
  }

  /**
   * Every path through the token graph, each as the list of its terms: what a search-time synonym
   * graph turns into (one phrase or term query per path).
   */
  static Set<List<String>> paths(Analyzer analyzer, String text) {
    Set<List<String>> paths = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      Iterator<TokenStream> it = new GraphTokenStreamFiniteStrings(ts).getFiniteStrings();
      while (it.hasNext()) {
        paths.add(terms(it.next()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return paths;
  }

  private static List<String> terms(TokenStream ts) throws IOException {
    List<String> terms = new ArrayList<>();
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    ts.reset();
    while (ts.incrementToken()) {
      terms.add(term.toString());
    }
    ts.end();
    return terms;
  }
}
