package fr.boucle.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code boucle_french_stem} token filter: Lucene's French light stemmer (réfrigérateurs →
 * refriger, école → ecol).
 */
@NamedComponent(BoucleFrenchStemFilterFactory.NAME)
public class BoucleFrenchStemFilterFactory implements TokenFilterFactory {

  /** Name under which Elasticsearch registers this token filter. */
  public static final String NAME = "boucle_french_stem";

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return BoucleAnalysis.frenchStem(tokenStream);
  }
}
