package fr.boucle.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * {@code boucle_french_search}: search-time French full text: the {@code boucle_french} chain
 * followed by the Boucle domain synonym graph (frigo ⇄ réfrigérateur, PC portable ⇄ ordinateur
 * portable, ...). Use it as {@code search_analyzer} of a field indexed with {@code boucle_french}.
 *
 * <p>Usable directly in a mapping, e.g. {@code "analyzer": "boucle_french_search"}; needs no index
 * settings.
 */
@NamedComponent(BoucleFrenchSearchAnalyzerFactory.NAME)
public class BoucleFrenchSearchAnalyzerFactory implements AnalyzerFactory {

  /** Name under which Elasticsearch registers this analyzer. */
  public static final String NAME = "boucle_french_search";

  @Override
  public Analyzer create() {
    return BoucleAnalysis.frenchSearchAnalyzer();
  }
}
