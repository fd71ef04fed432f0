package fr.boucle.catalogue;

/**
 * The catalogue's French search for other areas (the needs board's matches): the same request and
 * results as {@code GET /api/catalogue/search}.
 */
public interface ListingSearch {

  SearchResult search(SearchRequest request);
}
