package fr.boucle.search.catalog;

/** Broad family of a supplier's insertion status, used for the catalog facet; stored by name. */
public enum InsertionFamily {
  /** Structure d'insertion par l'activité économique (EI, ACI, AI, ETTI). */
  SIAE,
  /** Entreprise adaptée. */
  EA,
  /** Établissement et service d'aide par le travail. */
  ESAT,
  /** Anything else (ESS company without an insertion approval, ...). */
  OTHER
}
