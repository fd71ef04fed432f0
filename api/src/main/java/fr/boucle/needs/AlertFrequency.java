package fr.boucle.needs;

/** How a saved search of needs is mailed: each new need at once, one digest a day, or not. */
public enum AlertFrequency {
  IMMEDIATE,
  DAILY,
  NONE
}
