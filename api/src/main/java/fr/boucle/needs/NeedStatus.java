package fr.boucle.needs;

/** Where a need stands: open to answers until its closing date, then closed or cancelled. */
public enum NeedStatus {
  OPEN,
  CLOSED,
  CANCELLED
}
