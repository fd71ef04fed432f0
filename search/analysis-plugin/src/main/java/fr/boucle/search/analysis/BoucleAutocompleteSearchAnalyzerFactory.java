package fr.boucle.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * {@code boucle_autocomplete_search}: search-time type-ahead: the {@code boucle_autocomplete} chain
 * without the n-grams. Use it as {@code search_analyzer} of a field indexed with {@code
 * boucle_autocomplete}.
 *
 * <p>Usable directly in a mapping, e.g. {@code "analyzer": "boucle_autocomplete_search"}; needs no
 * index settings.
 */
@NamedComponent(BoucleAutocompleteSearchAnalyzerFactory.NAME)
public class BoucleAutocompleteSearchAnalyzerFactory implements AnalyzerFactory {

  /** Name under which Elasticsearch registers this analyzer. */
  public static final String NAME = "boucle_autocomplete_search";

  @Override
  public Analyzer create() {
    return BoucleAnalysis.autocompleteSearchAnalyzer();
  }
}
