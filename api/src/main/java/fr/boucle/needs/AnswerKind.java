package fr.boucle.needs;

/** A supplier's answer: a proposal, or "not for us" (kept for the buyer's sourcing figures). */
public enum AnswerKind {
  PROPOSAL,
  NOT_FOR_US
}
