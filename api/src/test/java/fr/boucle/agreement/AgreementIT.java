package fr.boucle.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A buyer administrator's framework agreement, as the buyer and its suppliers see it. */
@MicronautTest(transactional = false)
class AgreementIT {

  @RegisterExtension static com.icegreen.greenmail.junit5.GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void suppliersSeeOnlyTheLotsTheyAreAwardedOnceTheAgreementIsActive() {
    AccessFixtures fixtures = new AccessFixtures(client.toBlocking());
    AccessFixtures.Org buyer = fixtures.buyer("Métropole des Lots");
    AccessFixtures.Org insertion = fixtures.supplier("Atelier Insertion Lots");
    AccessFixtures.Org other = fixtures.supplier("Ressourcerie Lots");
    String reference = "AC-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> fridges =
        lot(1, List.of("gros-electromenager"), "SIAE", List.of(insertion.id(), other.id()));
    fridges.put("priceTerms", "CATALOGUE_DISCOUNT");
    fridges.put("discountBasisPoints", 1250);
    Map<String, Object> scheduled =
        lot(2, List.of("gros-electromenager"), "NONE", List.of(other.id()));
    scheduled.put("priceTerms", "UNIT_PRICE_SCHEDULE");
    scheduled.put(
        "unitPrices",
        List.of(Map.of("categoryId", "refrigerateur", "unitPriceExclVatCents", 9900)));

    HttpResponse<AgreementViews.AgreementView> created =
        buyer
            .admin()
            .exchange(
                HttpRequest.POST(
                    "/api/agreements", agreement(reference, List.of(fridges, scheduled))),
                AgreementViews.AgreementView.class);
    assertThat(created.code()).as("created %s", created.getBody(Map.class)).isEqualTo(201);
    AgreementViews.AgreementView draft = created.body();
    assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
    assertThat(draft.environmentalClauseRequired()).isTrue();
    assertThat(draft.buyer().legalName()).isEqualTo("Métropole des Lots");
    assertThat(draft.lots()).extracting(AgreementViews.LotView::number).containsExactly(1, 2);
    assertThat(draft.lots().get(0).suppliers())
        .extracting(AgreementViews.Party::legalName)
        .containsExactly("Atelier Insertion Lots", "Ressourcerie Lots");
    assertThat(draft.lots().get(1).unitPrices())
        .containsExactly(new AgreementCommands.UnitPrice("refrigerateur", 9900L));
    assertThat(draft.lots().get(0).periods()).isEmpty();
    // Suppliers do not see drafts.
    assertThat(
            insertion
                .admin()
                .exchange(HttpRequest.GET("/api/agreements/" + draft.id()), Map.class)
                .code())
        .isEqualTo(404);

    AgreementViews.AgreementView active =
        buyer
            .admin()
            .exchange(
                HttpRequest.POST("/api/agreements/" + draft.id() + "/activate", Map.of()),
                AgreementViews.AgreementView.class)
            .body();
    assertThat(active.status()).isEqualTo(AgreementStatus.ACTIVE);
    assertThat(active.lots())
        .allSatisfy(l -> {
          assertThat(l.periods())
              .extracting(AgreementViews.PeriodView::index)
              .containsExactly(0, 1);
          assertThat(l.periods())
              .allSatisfy(p -> assertThat(p.remainingExclVatCents()).isEqualTo(5_000_000L));
        });

    AgreementViews.AgreementView seenByInsertion =
        insertion.admin().get("/api/agreements/" + draft.id(), AgreementViews.AgreementView.class);
    assertThat(seenByInsertion.lots())
        .extracting(AgreementViews.LotView::number)
        .containsExactly(1);
    assertThat(seenByInsertion.lots().get(0).suppliers())
        .extracting(AgreementViews.Party::id)
        .containsExactly(insertion.id());
    assertThat(
            insertion
                .admin()
                .page("/api/agreements?q=" + reference, AgreementViews.AgreementSummary.class)
                .items())
        .extracting(AgreementViews.AgreementSummary::lotCount)
        .containsExactly(1);
    assertThat(
            other
                .admin()
                .page("/api/agreements?q=" + reference, AgreementViews.AgreementSummary.class)
                .items())
        .extracting(AgreementViews.AgreementSummary::lotCount)
        .containsExactly(2);
    assertThat(
            buyer
                .admin()
                .page("/api/agreements?q=" + reference, AgreementViews.AgreementSummary.class)
                .items())
        .singleElement()
        .satisfies(s -> {
          assertThat(s.lotCount()).isEqualTo(2);
          assertThat(s.buyer().legalName()).isEqualTo("Métropole des Lots");
        });

    // Frozen once active.
    HttpResponse<Map> edited =
        buyer
            .admin()
            .exchange(
                HttpRequest.PUT(
                    "/api/agreements/" + draft.id(), agreement(reference, List.of(fridges))),
                Map.class);
    assertThat(edited.code()).isEqualTo(409);
  }

  @Test
  void aDraftNamesEveryLotFieldThatBreaksARule() {
    AccessFixtures fixtures = new AccessFixtures(client.toBlocking());
    AccessFixtures.Org buyer = fixtures.buyer("Commune des Règles");
    String unique = UUID.randomUUID().toString().substring(0, 8);
    AccessFixtures.Org insertion = fixtures.supplier("Atelier des Règles " + unique);
    Map<String, Object> bad = lot(1, List.of("refrigerateur"), "EA_ESAT", List.of(insertion.id()));
    bad.put("priceTerms", "UNIT_PRICE_SCHEDULE");
    bad.put(
        "unitPrices",
        List.of(Map.of("categoryId", "gros-electromenager", "unitPriceExclVatCents", 100)));
    bad.remove("environmentalClause");

    HttpResponse<Map> refused =
        buyer
            .admin()
            .exchange(
                HttpRequest.POST("/api/agreements", agreement("AC-REGLES", List.of(bad))),
                Map.class);

    assertThat(refused.code()).isEqualTo(400);
    assertThat((List<Map<String, Object>>) ApiSession.problem(refused).get("errors"))
        .extracting(e -> e.get("field"))
        .containsExactly(
            "lots[0].unitPrices[0].categoryId",
            "lots[0].environmentalClause",
            "lots[0].supplierIds[0]");
    assertThat(
            buyer
                .admin()
                .page(
                    "/api/agreements/eligible-suppliers?reservation=SIAE&q=" + unique,
                    AgreementViews.Party.class)
                .items())
        .extracting(AgreementViews.Party::id, AgreementViews.Party::insertionStatus)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(insertion.id(), "SIAE_EI"));
    assertThat(
            buyer
                .admin()
                .page(
                    "/api/agreements/eligible-suppliers?reservation=EA_ESAT&q=" + unique,
                    AgreementViews.Party.class)
                .items())
        .isEmpty();
  }

  private static Map<String, Object> agreement(String reference, List<Map<String, Object>> lots) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("reference", reference);
    a.put("title", "Électroménager de réemploi");
    a.put("procedure", "OPEN_TENDER");
    a.put("launchedOn", "2026-01-05");
    a.put("startDate", "2026-02-01");
    a.put("initialEndDate", "2027-01-31");
    a.put("renewalCount", 1);
    a.put("renewalMonths", 12);
    a.put("lots", lots);
    return a;
  }

  private static Map<String, Object> lot(
      int number, List<String> categories, String reservation, List<UUID> suppliers) {
    Map<String, Object> lot = new LinkedHashMap<>();
    lot.put("number", number);
    lot.put("title", "Lot " + number);
    lot.put("categoryIds", categories);
    lot.put("reservation", reservation);
    lot.put("supplierIds", suppliers.stream().map(UUID::toString).toList());
    lot.put("minimumExclVatCents", 0);
    lot.put("maximumExclVatCents", 5_000_000);
    lot.put("priceTerms", "CATALOGUE_DISCOUNT");
    lot.put("discountBasisPoints", 1000);
    lot.put("environmentalClause", "Réemploi avant recyclage.");
    return lot;
  }
}
