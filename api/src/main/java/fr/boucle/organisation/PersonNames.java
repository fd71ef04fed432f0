package fr.boucle.organisation;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** People's full names, for the areas that show who did something (an order's requester). */
public interface PersonNames {

  /** The full names of the people with these ids (those that exist), by id. */
  Map<UUID, String> fullNames(Collection<UUID> personIds);
}
