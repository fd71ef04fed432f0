package fr.boucle.needs;

/** What came of a closed need; the buyer's sourcing figures are made of these. */
public enum NeedOutcome {
  ORDERED,
  BOUGHT_ELSEWHERE,
  NOT_BOUGHT
}
