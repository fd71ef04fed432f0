package fr.boucle.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code boucle_french_stop} token filter: removes Lucene's default French stop words (expects
 * lowercase input) and closes the position gaps they leave, so that multi-word synonyms and phrases
 * containing stop words line up.
 */
@NamedComponent(BoucleFrenchStopFilterFactory.NAME)
public class BoucleFrenchStopFilterFactory implements TokenFilterFactory {

  /** Name under which Elasticsearch registers this token filter. */
  public static final String NAME = "boucle_french_stop";

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return BoucleAnalysis.frenchStop(tokenStream);
  }
}
