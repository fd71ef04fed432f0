package fr.boucle.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code boucle_synonyms} token filter: the Boucle domain synonym graph, read from {@code
 * synonyms_fr.txt} in the plugin jar. The rules are stored in their {@code boucle_french} form, so
 * this filter must come last, after elision, lowercase, {@code boucle_french_stop}, {@code
 * boucle_folding} and {@code boucle_french_stem}. Search time only: a token graph cannot be
 * indexed.
 */
@NamedComponent(BoucleSynonymsFilterFactory.NAME)
public class BoucleSynonymsFilterFactory implements TokenFilterFactory {

  /** Name under which Elasticsearch registers this token filter. */
  public static final String NAME = "boucle_synonyms";

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return BoucleAnalysis.synonyms(tokenStream);
  }

  @Override
  public AnalysisMode getAnalysisMode() {
    return AnalysisMode.SEARCH_TIME;
  }
}
