package fr.boucle.ordering;

import fr.boucle.shared.security.CurrentUser;
import java.util.List;
import java.util.UUID;

/**
 * Puts listings in a requester's cart for another area (an accepted proposal of the needs board):
 * the usual checkout then applies every rule of an order.
 */
public interface CartFilling {

  /** Units of one listing to put in the cart. */
  record Units(UUID listingId, int quantity) {}

  /**
   * Sets each listing's quantity in the person's cart (all or none) and answers how many lines the
   * cart now holds; refuses like the cart does (403 for a non-requester, 404 for a listing that is
   * no longer orderable, 400 below a minimum order quantity).
   */
  int fill(CurrentUser requester, List<Units> units);
}
