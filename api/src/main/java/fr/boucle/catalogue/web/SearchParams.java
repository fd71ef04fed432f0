package fr.boucle.catalogue.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;

/** The query parameters of a catalogue search, as sent. */
@io.micronaut.core.annotation.Introspected
record SearchParams(
    @Parameter(description = "words to search, at most 200 characters") @Nullable @QueryValue
        String q,
    @Parameter(description = "category id (a node of GET /api/categories; includes its children)")
        @QueryValue
        @Nullable
        String category,
    @Nullable @QueryValue List<String> condition,
    @Nullable @QueryValue List<String> origin,
    @Parameter(description = "minimum warranty in months") @Nullable @QueryValue
        Integer warrantyMin,
    @Nullable @QueryValue List<String> energyClass,
    @Parameter(description = "minimum price excl. VAT in euros, e.g. 12.50") @Nullable @QueryValue
        String priceMin,
    @Parameter(description = "maximum price excl. VAT in euros") @Nullable @QueryValue
        String priceMax,
    @Parameter(description = "supplier organisation id") @Nullable @QueryValue
        List<String> supplier,
    @Parameter(description = "insertion family: SIAE, EA, ESAT, OTHER") @Nullable @QueryValue
        List<String> insertion,
    @Parameter(description = "département of the pickup depot") @Nullable @QueryValue
        List<String> department,
    @Parameter(description = "only items in stock (default true)") @Nullable @QueryValue
        Boolean inStock,
    @Parameter(description = "latitude distances start from (with lon)") @Nullable @QueryValue
        Double lat,
    @Parameter(description = "longitude distances start from (with lat)") @Nullable @QueryValue
        Double lon,
    @Parameter(
            description =
                "signed-in buyers: one of their organisation's services, the origin of"
                    + " distances (instead of lat/lon)")
        @Nullable
        @QueryValue
        String service,
    @Parameter(
            description =
                "signed-in buyer persons: only what their framework agreements let them order"
                    + " (default true); ignored for everyone else")
        @Nullable
        @QueryValue
        Boolean orderable,
    @Parameter(description = "radius around lat/lon in km (1–1000)") @Nullable @QueryValue
        Double radiusKm,
    @Parameter(description = "relevance (default), price_asc, price_desc, distance, newest")
        @QueryValue
        @Nullable
        String sort,
    @Parameter(description = "zero-based page") @Nullable @QueryValue Integer page,
    @Parameter(description = "results per page, 1–50 (default 20)") @Nullable @QueryValue
        Integer size) {}
