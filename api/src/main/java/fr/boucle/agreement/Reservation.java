package fr.boucle.agreement;

import java.util.Set;

/** Who a lot is reserved to. */
public enum Reservation {
  NONE(Set.of()),
  /** Article L2113-12: adapted enterprises and ESAT. */
  EA_ESAT(Set.of("EA", "ESAT")),
  /** Article L2113-13: structures of insertion through economic activity. */
  SIAE(Set.of("SIAE_EI", "SIAE_ACI", "SIAE_AI", "SIAE_ETTI"));

  private final Set<String> insertionStatuses;

  Reservation(Set<String> insertionStatuses) {
    this.insertionStatuses = insertionStatuses;
  }

  /** The insertion statuses a lot with this reservation admits; empty when it admits any. */
  public Set<String> insertionStatuses() {
    return insertionStatuses;
  }

  /** Whether a supplier with this insertion status may be awarded a lot with this reservation. */
  public boolean admits(String insertionStatus) {
    return this == NONE || insertionStatuses.contains(insertionStatus);
  }
}
