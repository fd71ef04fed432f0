package fr.boucle.demo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/** What the demo loader wrote into this database: its seed, size and order history. */
@Serdeable
@MappedEntity("demo_dataset")
public record DemoDataset(
    @Id int id,
    long seed,
    int listings,
    int orders,
    @Nullable LocalDate historyFrom,
    @Nullable LocalDate historyTo,
    int loadMs,
    Instant loadedAt) {}
