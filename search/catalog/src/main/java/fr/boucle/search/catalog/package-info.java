/**
 * The catalog search index: its definition ({@code catalog/settings.json}, {@code
 * catalog/mappings.json}), the listing document ({@link fr.boucle.search.catalog.CatalogDocument}),
 * and {@link fr.boucle.search.catalog.CatalogIndex}, which manages versioned indices behind an
 * alias and indexes documents. Plain Java on the Elasticsearch Java client; no framework.
 */
package fr.boucle.search.catalog;
