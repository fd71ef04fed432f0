package fr.boucle.needs;

/**
 * What a need prepares: a call-off under one of the buyer's agreements and lots, a quote for a
 * small purchase, or sourcing ahead of a future procurement.
 */
public enum NeedKind {
  CALL_OFF,
  QUOTE,
  SOURCING
}
