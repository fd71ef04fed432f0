package fr.boucle.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code boucle_edge_ngram} token filter: edge n-grams of 2 to 20 characters for type-ahead,
 * keeping the whole token as well (so that words shorter or longer than that stay searchable).
 */
@NamedComponent(BoucleEdgeNGramFilterFactory.NAME)
public class BoucleEdgeNGramFilterFactory implements TokenFilterFactory {

  /** Name under which Elasticsearch registers this token filter. */
  public static final String NAME = "boucle_edge_ngram";

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return BoucleAnalysis.edgeNGrams(tokenStream);
  }
}
