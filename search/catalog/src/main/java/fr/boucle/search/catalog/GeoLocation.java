package fr.boucle.search.catalog;

/**
 * A WGS 84 point, stored as an Elasticsearch {@code geo_point} ({@code {"lat": .., "lon": ..}}).
 *
 * <p>Not range-checked here: Elasticsearch rejects an out-of-range point, and {@link
 * CatalogIndex#bulkIndex} reports it as a failure of that document.
 *
 * @param lat latitude in degrees, -90 to 90
 * @param lon longitude in degrees, -180 to 180
 */
public record GeoLocation(double lat, double lon) {}
