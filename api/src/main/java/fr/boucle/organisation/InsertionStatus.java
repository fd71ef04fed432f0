package fr.boucle.organisation;

/**
 * A supplier's insertion status: the four kinds of SIAE (insertion enterprise, workshop and
 * insertion site, intermediary association, temporary work insertion enterprise), adapted
 * enterprises, ESAT, other social-economy companies, or none.
 */
public enum InsertionStatus {
  SIAE_EI,
  SIAE_ACI,
  SIAE_AI,
  SIAE_ETTI,
  EA,
  ESAT,
  ESS,
  OTHER;

  /** Whether the status must be backed by a proof reference and validity date. */
  public boolean needsProof() {
    return this != OTHER && this != ESS;
  }
}
