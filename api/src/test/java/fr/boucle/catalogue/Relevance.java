package fr.boucle.catalogue;

import java.util.List;
import java.util.Set;

/** nDCG@10 with graded judgements: 2 for the intended category, 1 for a close one. */
final class Relevance {

  private Relevance() {}

  static double ndcgAt10(List<String> ranked, Set<String> relevant, Set<String> partial) {
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      dcg += gain(ranked.get(i), relevant, partial) / log2(i + 2);
    }
    // The catalogue holds more than ten listings of each judged category, so the ideal ranking
    // is ten listings of grade 2.
    double ideal = 0;
    for (int i = 0; i < 10; i++) {
      ideal += 3 / log2(i + 2);
    }
    return dcg / ideal;
  }

  private static double gain(String category, Set<String> relevant, Set<String> partial) {
    int grade = relevant.contains(category) ? 2 : partial.contains(category) ? 1 : 0;
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
