package fr.boucle.organisation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Who, in a buyer organisation, hears of something that concerns it (reporting's alerts). */
public interface BuyerPeople {

  /**
   * The active buyer administrators of the organisation and the active approvers of these of its
   * services, each once, by id.
   */
  List<UUID> adminsAndApprovers(UUID buyerId, Collection<UUID> serviceIds);
}
