package fr.boucle.needs.internal;

/** Distances on the Earth's surface, for matching needs with stock where it is. */
final class GreatCircle {

  /**
   * How far stock may be from a need's delivery service to match it, both ways: the buyer's matches
   * search this far around the service, the stock watch tells of listings this close.
   */
  static final double NEAR_KM = 200;

  private static final double EARTH_RADIUS_KM = 6371.0;

  private GreatCircle() {}

  /** The great-circle (haversine) distance in km between two points given in degrees. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dLat = p2 - p1;
    double dLon = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
  }
}
