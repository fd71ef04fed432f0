package fr.boucle.listing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.listing.ListingFields;
import fr.boucle.listing.ListingStatus;
import fr.boucle.listing.ListingWriter.Outcome;
import fr.boucle.listing.MovementKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UpsertPlanTest {

  private static final UUID DEPOT = UUID.randomUUID();
  private static final UUID ID = UUID.randomUUID();

  private static ListingFields chair(Integer quantity, String status) {
    return new ListingFields(
        "CH-1",
        "LOT",
        "Chaise de bureau",
        "",
        "siege-bureau",
        null,
        null,
        null,
        "BON_ETAT",
        "REEMPLOI",
        0,
        null,
        null,
        null,
        null,
        null,
        4500,
        2000,
        1,
        DEPOT,
        true,
        List.of(),
        null,
        null,
        quantity,
        status);
  }

  private static StoredListing stored(int available, int reserved, ListingStatus status) {
    Instant now = Instant.now();
    return new StoredListing(
        ID, UUID.randomUUID(), chair(null, null), available, reserved, status, null, now, now, 1);
  }

  private static UpsertPlan plan(List<StoredListing> existing, ListingFields... rows) {
    return UpsertPlan.of(existing, List.of(rows), "Awa", "Import", () -> ID);
  }

  @Test
  void aNewSkuIsCreatedWithItsOpeningStockAndSoldOutWhenPublishedWithNone() {
    UpsertPlan created = plan(List.of(), chair(3, "PUBLISHED"));
    assertThat(created.results().get(0).outcome()).isEqualTo(Outcome.CREATED);
    assertThat(created.inserts().get(0).status()).isEqualTo(ListingStatus.PUBLISHED);
    assertThat(created.movements())
        .singleElement()
        .satisfies(m -> {
          assertThat(m.kind()).isEqualTo(MovementKind.RECEIVED);
          assertThat(m.quantity()).isEqualTo(3);
          assertThat(m.opening()).isTrue();
        });
    assertThat(plan(List.of(), chair(0, "PUBLISHED")).inserts().get(0).status())
        .isEqualTo(ListingStatus.SOLD_OUT);
  }

  @Test
  void theSameDataTwiceChangesNothing() {
    UpsertPlan same = plan(List.of(stored(4, 0, ListingStatus.DRAFT)), chair(4, null));
    assertThat(same.results().get(0).outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(same.updates()).isEmpty();
    assertThat(same.movements()).isEmpty();
  }

  @Test
  void aQuantityOnHandCountsTheReservedUnits() {
    UpsertPlan counted = plan(List.of(stored(4, 2, ListingStatus.PUBLISHED)), chair(5, null));
    assertThat(counted.results().get(0).stockDelta()).isEqualTo(-1);
    assertThat(counted.results().get(0).outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(counted.movements().get(0).kind()).isEqualTo(MovementKind.ADJUSTED);

    UpsertPlan refused = plan(List.of(stored(4, 2, ListingStatus.PUBLISHED)), chair(1, null));
    assertThat(refused.results().get(0).refusal().english()).contains("2 units are reserved");
    assertThat(refused.movements()).isEmpty();
  }

  @Test
  void aSkuMetTwiceSeesItsFirstRow() {
    UpsertPlan twice = plan(List.of(), chair(2, null), chair(2, null));
    assertThat(twice.results())
        .extracting(r -> r.outcome())
        .containsExactly(Outcome.CREATED, Outcome.UNCHANGED);
  }
}
