package fr.boucle.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code boucle_elision} token filter: removes French elided articles and conjunctions in front of
 * an apostrophe (l', d', qu', j', n', s', c', t', m', jusqu', lorsqu', puisqu', quoiqu'),
 * case-insensitively, with straight or typographic apostrophes.
 */
@NamedComponent(BoucleElisionFilterFactory.NAME)
public class BoucleElisionFilterFactory implements TokenFilterFactory {

  /** Name under which Elasticsearch registers this token filter. */
  public static final String NAME = "boucle_elision";

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return BoucleAnalysis.elision(tokenStream);
  }

  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    return create(tokenStream);
  }
}
