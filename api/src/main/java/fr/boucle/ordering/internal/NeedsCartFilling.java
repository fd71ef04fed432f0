package fr.boucle.ordering.internal;

import fr.boucle.ordering.CartFilling;
import fr.boucle.shared.security.CurrentUser;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;

/** Fills a requester's cart through the cart's own rules, all lines or none. */
@Singleton
class NeedsCartFilling implements CartFilling {

  private final KeepCart cart;

  NeedsCartFilling(KeepCart cart) {
    this.cart = cart;
  }

  @Override
  @Transactional
  public int fill(CurrentUser requester, List<Units> units) {
    int lines = 0;
    for (Units u : units) {
      lines = cart.setQuantity(requester, u.listingId(), u.quantity()).lineCount();
    }
    return lines;
  }
}
