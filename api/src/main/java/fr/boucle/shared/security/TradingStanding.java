package fr.boucle.shared.security;

import java.util.UUID;

/**
 * Whether an organisation may trade. Until the operator validates it, and while it is suspended, an
 * organisation may complete its profile but may not activate agreements, order, accept orders or
 * publish listings. Published by the organisation area, asked by the others.
 */
public interface TradingStanding {

  /**
   * Throws {@link OrganisationNotValidated} (403, naming the status) unless the organisation is
   * active.
   *
   * @param action what the caller tried, for the problem's detail ("activate an agreement")
   */
  void requireTrading(UUID organisationId, String action);
}
