package fr.boucle.listing;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** Which suppliers have something on sale, for the areas that look for them (the needs board). */
public interface SupplierStock {

  /**
   * The suppliers with a published listing in one of these categories or below them, some of it
   * available.
   */
  Set<UUID> suppliersWithStockIn(Collection<String> categoryIds);
}
