package fr.boucle.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns every position increment greater than one into one, closing the holes that a stop filter
 * leaves behind.
 *
 * <p>Without it, "machine à laver" is indexed as {@code machin} at position 0 and {@code lav} at
 * position 2, while a multi-word synonym rule cannot contain a hole (Lucene's synonym parser
 * rejects it) and the phrase query built from the synonym graph for "lave-linge" expects adjacent
 * terms. Only meant to run right after a stop filter, before any graph-producing filter.
 */
final class ClosePositionGapsFilter extends TokenFilter {
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);

  ClosePositionGapsFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (posIncAtt.getPositionIncrement() > 1) {
      posIncAtt.setPositionIncrement(1);
    }
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    // Trailing stop words must not leave a gap before the next value of a multi-valued field.
    posIncAtt.setPositionIncrement(0);
  }
}
