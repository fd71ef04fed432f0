package fr.boucle.search.catalog;

/** A supplier's insertion or social-economy status; stored by name. */
public enum InsertionStatus {
  /** Entreprise d'insertion. */
  SIAE_EI(InsertionFamily.SIAE),
  /** Atelier et chantier d'insertion. */
  SIAE_ACI(InsertionFamily.SIAE),
  /** Association intermédiaire. */
  SIAE_AI(InsertionFamily.SIAE),
  /** Entreprise de travail temporaire d'insertion. */
  SIAE_ETTI(InsertionFamily.SIAE),
  /** Entreprise adaptée. */
  EA(InsertionFamily.EA),
  /** Établissement et service d'aide par le travail. */
  ESAT(InsertionFamily.ESAT),
  /** Économie sociale et solidaire, without an insertion approval. */
  ESS(InsertionFamily.OTHER),
  OTHER(InsertionFamily.OTHER);

  private final InsertionFamily family;

  InsertionStatus(InsertionFamily family) {
    this.family = family;
  }

  /** The family this status belongs to (every SIAE_* status is {@link InsertionFamily#SIAE}). */
  public InsertionFamily family() {
    return family;
  }
}
