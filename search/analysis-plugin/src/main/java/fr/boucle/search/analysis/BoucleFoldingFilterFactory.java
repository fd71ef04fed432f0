package fr.boucle.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code boucle_folding} token filter: ASCII folding (é → e, œ → oe, ...). */
@NamedComponent(BoucleFoldingFilterFactory.NAME)
public class BoucleFoldingFilterFactory implements TokenFilterFactory {

  /** Name under which Elasticsearch registers this token filter. */
  public static final String NAME = "boucle_folding";

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return BoucleAnalysis.folding(tokenStream);
  }

  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    return create(tokenStream);
  }
}
