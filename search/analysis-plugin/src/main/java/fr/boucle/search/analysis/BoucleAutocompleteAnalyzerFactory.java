package fr.boucle.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * {@code boucle_autocomplete}: index-time type-ahead: standard tokenizer, elision, lowercase, ASCII
 * folding, edge n-grams (2 to 20 characters, whole word kept as well).
 *
 * <p>Usable directly in a mapping, e.g. {@code "analyzer": "boucle_autocomplete"}; needs no index
 * settings.
 */
@NamedComponent(BoucleAutocompleteAnalyzerFactory.NAME)
public class BoucleAutocompleteAnalyzerFactory implements AnalyzerFactory {

  /** Name under which Elasticsearch registers this analyzer. */
  public static final String NAME = "boucle_autocomplete";

  @Override
  public Analyzer create() {
    return BoucleAnalysis.autocompleteIndexAnalyzer();
  }
}
