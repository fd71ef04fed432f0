package fr.boucle.organisation;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A buyer's services as other areas see them (ordering; the catalogue's distances). */
public interface BuyerServices {

  /** A service with its address, where it is (and its département), and its approval threshold. */
  record Service(
      UUID id,
      UUID buyerId,
      String name,
      String street,
      String postcode,
      String city,
      double latitude,
      double longitude,
      long approvalThresholdCents,
      @Nullable String chorusServiceCode,
      String department) {}

  /** One of the buyer's services; empty when the service is another buyer's or missing. */
  Optional<Service> find(UUID buyerId, UUID serviceId);

  /** The buyer's services, by name. */
  List<Service> ofBuyer(UUID buyerId);

  /** The buyer's services among these ids, by name. */
  List<Service> ofBuyer(UUID buyerId, Collection<UUID> serviceIds);

  /** The services with these ids, whoever's, by name (the caller has checked it may see them). */
  List<Service> withIds(Collection<UUID> serviceIds);

  /** The ids of the services whose name contains the text (case-insensitive, LIKE wildcards). */
  Set<UUID> idsNamed(String text);
}
