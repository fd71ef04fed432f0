package fr.boucle.listing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A hand-made stock movement. {@code RECEIVED} adds units, {@code SOLD} removes units sold outside
 * Boucle, {@code ADJUSTED} corrects by a signed quantity (inventory count, breakage); or {@code
 * available} sets the available quantity and records the difference as an adjustment.
 */
@Serdeable
public record StockChange(
    @Nullable String kind,
    @Nullable Integer quantity,
    @Nullable Integer available,
    @Nullable String reason) {}
