package fr.boucle.organisation;

/**
 * A supplier's insertion status: the four kinds of SIAE (insertion enterprise, workshop and
 * insertion site, intermediary association, temporary work insertion enterprise), adapted
 * enterprises, ESAT, other social-economy companies, or none.
 */
public enum InsertionStatus {
  SIAE_EI("Entreprise d'insertion (SIAE)"),
  SIAE_ACI("Atelier et chantier d'insertion (SIAE)"),
  SIAE_AI("Association intermédiaire (SIAE)"),
  SIAE_ETTI("Entreprise de travail temporaire d'insertion (SIAE)"),
  EA("Entreprise adaptée"),
  ESAT("Établissement et service d'accompagnement par le travail (ESAT)"),
  ESS("Entreprise de l'économie sociale et solidaire"),
  OTHER("Autre structure");

  private final String french;

  InsertionStatus(String french) {
    this.french = french;
  }

  /** The status as French documents (order forms) write it, as the interface's French labels do. */
  public String french() {
    return french;
  }

  /** Whether the status must be backed by a proof reference and validity date. */
  public boolean needsProof() {
    return this != OTHER && this != ESS;
  }
}
