package fr.boucle.needs;

/** Which suppliers see a need. */
public enum NeedVisibility {
  /** Every active supplier. */
  ALL_SUPPLIERS,
  /** The suppliers serving the département of the delivery service. */
  DEPARTMENT,
  /** Insertion structures only: SIAE (the four kinds), EA and ESAT. */
  INSERTION_ONLY
}
