package fr.boucle.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The targets in force for a year and category, in percent (null: none), with their origin and
 * source (the décret's, or the buyer admin's values).
 */
@Serdeable
public record AgecTargetRow(
    String category,
    @Nullable Integer reuseTargetPercent,
    @Nullable Integer recycledTargetPercent,
    TargetOrigin origin,
    @Nullable AgecTargets.Source source,
    @Nullable String note) {}
