package fr.boucle.organisation;

import java.util.UUID;

/**
 * Implemented by an area that keeps things in depots, so that a depot still in use is not removed;
 * the organisation area asks every implementation without depending on those areas.
 */
public interface DepotUsage {

  /** How many of this area's things the depot holds. */
  long uses(UUID depotId);
}
