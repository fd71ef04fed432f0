package fr.boucle.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * {@code boucle_french}: index-time French full text (standard tokenizer, elision, lowercase,
 * French stop words, ASCII folding, French light stemming).
 *
 * <p>Usable directly in a mapping, e.g. {@code "analyzer": "boucle_french"}; needs no index
 * settings.
 */
@NamedComponent(BoucleFrenchAnalyzerFactory.NAME)
public class BoucleFrenchAnalyzerFactory implements AnalyzerFactory {

  /** Name under which Elasticsearch registers this analyzer. */
  public static final String NAME = "boucle_french";

  @Override
  public Analyzer create() {
    return BoucleAnalysis.frenchIndexAnalyzer();
  }
}
