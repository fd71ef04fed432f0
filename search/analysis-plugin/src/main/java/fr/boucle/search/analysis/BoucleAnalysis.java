package fr.boucle.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis chains of Boucle, shared by the Elasticsearch components of this plugin and by its
 * unit tests.
 *
 * <p>Full text ({@code boucle_french}, index time): standard tokenizer, elision, lowercase, French
 * stop words, ASCII folding, French light stemming. Search time ({@code boucle_french_search}) adds
 * the domain synonym graph at the very end, on the fully normalised tokens: synonym rules are
 * parsed with the index chain itself, so a rule matches whatever the user typed (case, accents,
 * plurals, elisions) and produces exactly the terms that were indexed.
 *
 * <p>The stop filter closes the position gaps it leaves (see {@link ClosePositionGapsFilter}): a
 * multi-word synonym such as "machine à laver" is then the two adjacent terms {@code machin lav},
 * both in the index and in the phrase query that the synonym graph produces for "lave-linge".
 *
 * <p>Type-ahead ({@code boucle_autocomplete}): same normalisation without stop words (a prefix such
 * as "la" or "de" must stay searchable: "lampe", "desserte") and without stemming, followed by edge
 * n-grams at index time only.
 */
public final class BoucleAnalysis {

  /** Shortest edge n-gram indexed for type-ahead. */
  public static final int EDGE_NGRAM_MIN = 2;

  /** Longest edge n-gram indexed for type-ahead; longer words are also indexed whole. */
  public static final int EDGE_NGRAM_MAX = 20;

  /** Classpath resource (next to this class) holding the Solr-format synonym rules. */
  public static final String SYNONYMS_RESOURCE = "synonyms_fr.txt";

  /** Elided articles and conjunctions removed in front of an apostrophe (l'école → école). */
  public static final CharArraySet ELISION_ARTICLES =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of(
                  "l", "d", "qu", "j", "n", "s", "c", "t", "m", "jusqu", "lorsqu", "puisqu",
                  "quoiqu"),
              true));

  /** Lucene's default French stop words (the Snowball list used by {@link FrenchAnalyzer}). */
  public static final CharArraySet FRENCH_STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

  private BoucleAnalysis() {}

  // ---------------------------------------------------------------- individual steps

  static TokenStream elision(TokenStream in) {
    return new ElisionFilter(in, ELISION_ARTICLES);
  }

  static TokenStream frenchStop(TokenStream in) {
    return new ClosePositionGapsFilter(new StopFilter(in, FRENCH_STOP_WORDS));
  }

  static TokenStream folding(TokenStream in) {
    return new ASCIIFoldingFilter(in);
  }

  static TokenStream frenchStem(TokenStream in) {
    return new FrenchLightStemFilter(in);
  }

  static TokenStream synonyms(TokenStream in) {
    return new SynonymGraphFilter(in, synonymMap(), true);
  }

  static TokenStream edgeNGrams(TokenStream in) {
    return new EdgeNGramTokenFilter(in, EDGE_NGRAM_MIN, EDGE_NGRAM_MAX, true);
  }

  /** What multi-term queries (prefix, wildcard, fuzzy) get: lowercase and folding only. */
  static TokenStream normaliseTerm(TokenStream in) {
    return folding(new LowerCaseFilter(in));
  }

  // ---------------------------------------------------------------- chains

  static TokenStream frenchIndexChain(TokenStream tokens) {
    return frenchStem(folding(frenchStop(new LowerCaseFilter(elision(tokens)))));
  }

  static TokenStream frenchSearchChain(TokenStream tokens) {
    return synonyms(frenchIndexChain(tokens));
  }

  static TokenStream autocompleteSearchChain(TokenStream tokens) {
    return folding(new LowerCaseFilter(elision(tokens)));
  }

  static TokenStream autocompleteIndexChain(TokenStream tokens) {
    return edgeNGrams(autocompleteSearchChain(tokens));
  }

  /** {@code boucle_french}: index-time French full text. */
  public static Analyzer frenchIndexAnalyzer() {
    return new ChainAnalyzer(BoucleAnalysis::frenchIndexChain);
  }

  /** {@code boucle_french_search}: {@link #frenchIndexAnalyzer()} plus the synonym graph. */
  public static Analyzer frenchSearchAnalyzer() {
    return new ChainAnalyzer(BoucleAnalysis::frenchSearchChain);
  }

  /** {@code boucle_autocomplete}: index-time type-ahead (edge n-grams). */
  public static Analyzer autocompleteIndexAnalyzer() {
    return new ChainAnalyzer(BoucleAnalysis::autocompleteIndexChain);
  }

  /** {@code boucle_autocomplete_search}: what the user typed, normalised, without n-grams. */
  public static Analyzer autocompleteSearchAnalyzer() {
    return new ChainAnalyzer(BoucleAnalysis::autocompleteSearchChain);
  }

  // ---------------------------------------------------------------- synonyms

  /**
   * The domain synonyms, parsed once per class loader from {@value #SYNONYMS_RESOURCE}.
   *
   * @throws IllegalStateException if the resource is missing or malformed
   */
  public static SynonymMap synonymMap() {
    return SynonymsHolder.MAP;
  }

  /**
   * Parses Solr-format synonym rules with the {@code boucle_french} index chain, so that rules are
   * stored as normalised, stemmed terms.
   */
  static SynonymMap parseSynonyms(Reader rules) throws IOException, ParseException {
    try (Analyzer analyzer = frenchIndexAnalyzer()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
      parser.parse(rules);
      return parser.build();
    }
  }

  private static final class SynonymsHolder {
    static final SynonymMap MAP = load();

    private static SynonymMap load() {
      try (InputStream in = BoucleAnalysis.class.getResourceAsStream(SYNONYMS_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "Synonym resource " + SYNONYMS_RESOURCE + " is missing from the plugin jar");
        }
        Reader reader =
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        return parseSynonyms(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + SYNONYMS_RESOURCE, e);
      } catch (ParseException e) {
        throw new IllegalStateException(
            "Invalid synonym rule in " + SYNONYMS_RESOURCE + " at line " + e.getErrorOffset(), e);
      }
    }
  }

  /** A standard tokenizer followed by a chain of token filters. */
  private static final class ChainAnalyzer extends Analyzer {
    private final UnaryOperator<TokenStream> chain;

    ChainAnalyzer(UnaryOperator<TokenStream> chain) {
      this.chain = chain;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      return new TokenStreamComponents(tokenizer, chain.apply(tokenizer));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return normaliseTerm(in);
    }
  }
}
