package fr.boucle.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgreementDraftTest {

  private static final UUID SIAE = UUID.randomUUID();
  private static final UUID PLAIN = UUID.randomUUID();
  private static final UUID PENDING = UUID.randomUUID();
  private static final AgreementDraft.Taxonomy TAXONOMY =
      new AgreementDraft.Taxonomy(
          Set.of("furniture", "chairs", "office-chairs", "it"),
          Map.of("chairs", "furniture", "office-chairs", "chairs"));
  private static final Map<UUID, AgreementDraft.Candidate> SUPPLIERS =
      Map.of(
          SIAE, new AgreementDraft.Candidate(true, "SIAE_EI"),
          PLAIN, new AgreementDraft.Candidate(true, "OTHER"),
          PENDING, new AgreementDraft.Candidate(false, "SIAE_ACI"));

  @Test
  void acceptsAWellFormedDraft() {
    assertThat(AgreementDraft.problems(agreement(lot(List.of(SIAE))), false, TAXONOMY, SUPPLIERS))
        .isEmpty();
  }

  @Test
  void namesEveryBrokenRuleOfEveryLot() {
    AgreementCommands.SaveLot reserved =
        new AgreementCommands.SaveLot(
            1,
            "Mobilier",
            List.of("furniture", "nope"),
            Reservation.SIAE,
            List.of(PLAIN, PENDING, UUID.randomUUID()),
            10_000L,
            5_000L,
            PriceTerms.UNIT_PRICE_SCHEDULE,
            null,
            List.of(
                new AgreementCommands.UnitPrice("office-chairs", 100L),
                new AgreementCommands.UnitPrice("office-chairs", 100L),
                new AgreementCommands.UnitPrice("it", 100L)),
            null,
            null,
            null);
    assertThat(AgreementDraft.problems(agreement(reserved), true, TAXONOMY, SUPPLIERS))
        .extracting(AgreementDraft.Problem::field)
        .containsExactly(
            "reference",
            "lots[0].minimumExclVatCents",
            "lots[0].categoryIds[1]",
            "lots[0].unitPrices[1].categoryId",
            "lots[0].unitPrices[2].categoryId",
            "lots[0].environmentalClause",
            "lots[0].supplierIds[0]",
            "lots[0].supplierIds[1]",
            "lots[0].supplierIds[2]");
  }

  @Test
  void refusesAnAgreementLastingFourYearsOrMore() {
    AgreementCommands.SaveAgreement tooLong =
        new AgreementCommands.SaveAgreement(
            "AC-1",
            "Mobilier de réemploi",
            Procedure.OPEN_TENDER,
            LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2027, 1, 31),
            4,
            12,
            List.of(lot(List.of(SIAE))));
    assertThat(AgreementDraft.problems(tooLong, false, TAXONOMY, SUPPLIERS))
        .extracting(AgreementDraft.Problem::field)
        .containsExactly("renewalCount");
  }

  @Test
  void placesACategoryWithinTheScopeOfAnyOfItsAncestors() {
    assertThat(TAXONOMY.within("office-chairs", List.of("furniture"))).isTrue();
    assertThat(TAXONOMY.within("furniture", List.of("chairs"))).isFalse();
    assertThat(TAXONOMY.within("it", List.of("furniture"))).isFalse();
  }

  private static AgreementCommands.SaveLot lot(List<UUID> suppliers) {
    return new AgreementCommands.SaveLot(
        1,
        "Mobilier",
        List.of("furniture"),
        Reservation.SIAE,
        suppliers,
        0L,
        5_000L,
        PriceTerms.CATALOGUE_DISCOUNT,
        1_000,
        null,
        null,
        "Réemploi d'abord",
        null);
  }

  private static AgreementCommands.SaveAgreement agreement(AgreementCommands.SaveLot lot) {
    return new AgreementCommands.SaveAgreement(
        "AC-1",
        "Mobilier de réemploi",
        Procedure.OPEN_TENDER,
        LocalDate.of(2026, 1, 5),
        LocalDate.of(2026, 2, 1),
        LocalDate.of(2027, 1, 31),
        1,
        12,
        List.of(lot));
  }
}
