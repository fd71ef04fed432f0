package fr.boucle.listing;

import java.util.EnumSet;
import java.util.Set;

/** What a row of the stock ledger records. */
public enum MovementKind {
  RECEIVED,
  ADJUSTED,
  RESERVED,
  RELEASED,
  SOLD;

  /** The kinds a supplier records by hand; reservations and releases come from orders. */
  public static final Set<MovementKind> BY_HAND = EnumSet.of(RECEIVED, ADJUSTED, SOLD);
}
