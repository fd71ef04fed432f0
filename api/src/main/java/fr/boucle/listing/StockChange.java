package fr.boucle.listing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A hand-made stock movement. {@code RECEIVED} adds units, {@code SOLD} removes units sold outside
 * Boucle, {@code ADJUSTED} corrects by a signed quantity (inventory count, breakage); or {@code
 * onHand} gives the units counted on the shelves — those reserved by open orders included, so they
 * are subtracted — and records the difference as an adjustment. {@code available} sets the
 * available quantity directly; either way a unique item never holds more than one unit in all.
 */
@Serdeable
public record StockChange(
    @Nullable String kind,
    @Nullable Integer quantity,
    @Nullable Integer available,
    @Nullable String reason,
    @Nullable Integer onHand) {}
