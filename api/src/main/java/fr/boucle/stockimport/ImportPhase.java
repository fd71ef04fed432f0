package fr.boucle.stockimport;

/** What a running import is doing. */
public enum ImportPhase {
  /** All-or-nothing's first pass: every line is checked and staged, nothing written. */
  VALIDATING,
  /** Listings are being written. */
  WRITING
}
