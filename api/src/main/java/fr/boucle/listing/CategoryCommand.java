package fr.boucle.listing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A taxonomy node as the operator edits it; {@code id} is only read when creating. */
@Serdeable
public record CategoryCommand(
    @Nullable String id,
    @Nullable String parentId,
    @Nullable String labelFr,
    @Nullable String labelEn,
    @Nullable String agecCategory,
    @Nullable String cpvCode,
    @Nullable String ademeSlug,
    @Nullable Integer position) {}
