package fr.boucle.reporting;

/** Where a target in force comes from: the décret n° 2024-134, or the buyer admin's own value. */
public enum TargetOrigin {
  DECREE,
  BUYER
}
