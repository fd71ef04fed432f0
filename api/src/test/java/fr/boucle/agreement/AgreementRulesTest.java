package fr.boucle.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgreementRulesTest {

  @Test
  void roundsTheDiscountedUnitPriceAndTheLineVatHalfUpToTheCent() {
    assertThat(Pricing.discounted(12_345, 1_250)).isEqualTo(10_802); // 108.01875
    assertThat(Pricing.discounted(10_000, 1_250)).isEqualTo(8_750);
    assertThat(Pricing.discounted(1, 5_000)).isEqualTo(1); // 0.5 cent rounds up
    assertThat(Pricing.discounted(3, 5_000)).isEqualTo(2); // 1.5 cents rounds up
    assertThat(Pricing.vat(21_604, 2_000)).isEqualTo(4_321); // 43.208
    assertThat(Pricing.vat(8_749, 550)).isEqualTo(481); // 4.81195
    assertThat(Pricing.vat(10, 550)).isEqualTo(1); // 0.55 cent
    assertThat(Pricing.vat(9, 550)).isZero(); // 0.495 cent
  }

  @Test
  void splitsAnAgreementIntoItsInitialAndRenewalPeriods() {
    AgreementPeriods p =
        new AgreementPeriods(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), 3, 12);
    assertThat(p.periods())
        .extracting(AgreementPeriods.Period::startsOn, AgreementPeriods.Period::endsOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28)),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 28)),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 28)),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2029, 3, 1), LocalDate.of(2030, 2, 28)));
    assertThat(p.withinMaximumDuration()).isTrue();
    assertThat(p.periodOn(LocalDate.of(2028, 6, 1)).orElseThrow().index()).isEqualTo(2);
    assertThat(p.periodOn(LocalDate.of(2030, 3, 1))).isEmpty();
    assertThat(
            new AgreementPeriods(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1), 3, 12)
                .withinMaximumDuration())
        .as("one day over four years")
        .isFalse();
  }

  @Test
  void reservationsAdmitOnlyTheirKindOfSupplier() {
    assertThat(Reservation.SIAE.admits("SIAE_ACI")).isTrue();
    assertThat(Reservation.SIAE.admits("EA")).isFalse();
    assertThat(Reservation.EA_ESAT.admits("ESAT")).isTrue();
    assertThat(Reservation.EA_ESAT.admits("ESS")).isFalse();
    assertThat(Reservation.NONE.admits("OTHER")).isTrue();
  }

  @Test
  void aLotCoversSubcategoriesAndPricesFromTheNearestScheduledAncestor() {
    AgreementLots.Lot lot =
        new AgreementLots.Lot(
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            "AC-1",
            "Informatique",
            AgreementStatus.ACTIVE,
            new AgreementPeriods(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 0, 12),
            1,
            "Lot 1",
            Reservation.NONE,
            PriceTerms.UNIT_PRICE_SCHEDULE,
            0,
            Map.of("informatique", 5_000L, "pc-portable", 20_000L),
            Set.of("informatique"),
            Set.of(),
            null,
            null,
            List.of());
    assertThat(lot.covers(List.of("ecran", "informatique"))).isTrue();
    assertThat(lot.covers(List.of("chaise", "mobilier-bureau"))).isFalse();
    assertThat(lot.unitPrice(99_999, List.of("pc-portable", "informatique")).getAsLong())
        .isEqualTo(20_000);
    assertThat(lot.unitPrice(99_999, List.of("ecran", "informatique")).getAsLong())
        .isEqualTo(5_000);
    assertThat(lot.activeOn(LocalDate.of(2027, 1, 1))).isFalse();
  }
}
