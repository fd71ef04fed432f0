package fr.boucle.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NeedRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  static final UUID SERVICE = UUID.randomUUID();
  static final UUID LOT = UUID.randomUUID();

  /** Chairs and desks exist; the service is the buyer's; the lot covers chairs only. */
  static final NeedRules.Facts FACTS =
      new NeedRules.Facts() {
        @Override
        public boolean categoryExists(String categoryId) {
          return Set.of("chaise", "bureau").contains(categoryId);
        }

        @Override
        public boolean serviceIsBuyers(UUID serviceId) {
          return serviceId.equals(SERVICE);
        }

        @Override
        public @Nullable Message lotRefusal(UUID lotId, List<String> categoryIds) {
          if (!lotId.equals(LOT)) {
            return Message.of(ProblemCode.NOT_YOUR_LOT);
          }
          return categoryIds.equals(List.of("chaise"))
              ? null
              : Message.of(ProblemCode.LOT_NOT_COVERING_CATEGORY, "category", "x");
        }
      };

  static NeedCommands.Publish chairs(NeedKind kind, @Nullable UUID lot) {
    return new NeedCommands.Publish(
        "30 chaises de bureau",
        "Pour l'accueil",
        List.of("chaise"),
        30,
        SERVICE,
        TODAY.plusDays(30),
        TODAY.plusDays(10),
        100_000L,
        300_000L,
        kind,
        lot,
        NeedVisibility.DEPARTMENT);
  }

  static Map<String, String> errors(Runnable check) {
    ValidationFailed failed = assertThrows(ValidationFailed.class, check::run);
    return failed.errors().stream()
        .collect(
            java.util.stream.Collectors.toMap(
                Problem.FieldError::field, Problem.FieldError::message));
  }

  @Test
  void aSourcedCallOffPasses() {
    NeedRules.checkPublish(chairs(NeedKind.CALL_OFF, LOT), TODAY, FACTS);
    NeedRules.checkPublish(chairs(NeedKind.QUOTE, null), TODAY, FACTS);
  }

  @Test
  void namesEveryBrokenRule() {
    var bad =
        new NeedCommands.Publish(
            "ab",
            null,
            List.of("chaise", "chaise", "tapis"),
            0,
            UUID.randomUUID(),
            TODAY.minusDays(1),
            TODAY.minusDays(1),
            500L,
            100L,
            null,
            LOT,
            null);
    Map<String, String> errors = errors(() -> NeedRules.checkPublish(bad, TODAY, FACTS));
    assertEquals(
        Set.of(
            "title",
            "categoryIds[1]",
            "categoryIds[2]",
            "quantity",
            "serviceId",
            "closingDate",
            "targetDate",
            "budgetMaxCents",
            "visibility",
            "kind"),
        errors.keySet());
    assertEquals("must not be in the past", errors.get("closingDate"));
  }

  @Test
  void aCallOffNeedsALotTheServiceCanUseForItsCategories() {
    assertEquals(
        Set.of("lotId"),
        errors(() -> NeedRules.checkPublish(chairs(NeedKind.CALL_OFF, null), TODAY, FACTS))
            .keySet());
    assertEquals(
        "is not a lot of your framework agreements",
        errors(() ->
                NeedRules.checkPublish(chairs(NeedKind.CALL_OFF, UUID.randomUUID()), TODAY, FACTS))
            .get("lotId"));
    var desks =
        new NeedCommands.Publish(
            "Bureaux",
            "",
            List.of("bureau"),
            2,
            SERVICE,
            null,
            TODAY,
            null,
            null,
            NeedKind.CALL_OFF,
            LOT,
            NeedVisibility.ALL_SUPPLIERS);
    assertEquals(
        "the lot does not cover the category x",
        errors(() -> NeedRules.checkPublish(desks, TODAY, FACTS)).get("lotId"));
    assertTrue(
        errors(() -> NeedRules.checkPublish(chairs(NeedKind.SOURCING, LOT), TODAY, FACTS))
            .containsKey("lotId"));
  }

  @Test
  void anAnswerProposesListingsInStockOrAnOfferWithADate() {
    UUID mine = UUID.randomUUID();
    UUID theirs = UUID.randomUUID();
    var answer =
        new NeedCommands.Answer(
            "Bonjour",
            null,
            null,
            List.of(
                new NeedCommands.Line(mine, 10),
                new NeedCommands.Line(theirs, 1),
                new NeedCommands.Line(mine, 2),
                new NeedCommands.Line(UUID.randomUUID(), 0)),
            List.of(UUID.randomUUID()));
    Map<String, String> errors =
        errors(() ->
            NeedRules.checkAnswer(
                answer,
                TODAY,
                (listing, quantity) ->
                    listing.equals(mine) ? null : Message.of(ProblemCode.NOT_YOUR_LISTING),
                partner -> false));
    assertEquals(
        Map.of(
            "lines[1].listingId", "not one of your listings",
            "lines[2].listingId", "given twice",
            "lines[3].quantity", "must be at least 1",
            "partnerIds[0]", "not an active supplier that may answer this need"),
        errors);
    var empty = new NeedCommands.Answer("", " ", null, List.of(), null);
    assertEquals(
        Set.of("lines"),
        errors(() -> NeedRules.checkAnswer(empty, TODAY, (l, q) -> null, p -> true)).keySet());
    var offer = new NeedCommands.Answer("", "30 chaises en reconditionnement", null, null, null);
    assertEquals(
        Set.of("availableOn"),
        errors(() -> NeedRules.checkAnswer(offer, TODAY, (l, q) -> null, p -> true)).keySet());
  }
}
