package fr.boucle.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ValidationFailed;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeedSearchTest {

  /** A need for office chairs: its category with the categories above it. */
  private static final Set<String> CHAIRS = Set.of("siege-bureau", "mobilier-bureau");

  @Test
  void aCategoryCoversItsSubCategories() {
    NeedSearch office = new NeedSearch(List.of("mobilier-bureau"), List.of(), null, null);
    assertThat(office.matches(CHAIRS, "94", NeedKind.QUOTE, "Chaises", "")).isTrue();
    NeedSearch laptops = new NeedSearch(List.of("pc-portable"), List.of(), null, null);
    assertThat(laptops.matches(CHAIRS, "94", NeedKind.QUOTE, "Chaises", "")).isFalse();
  }

  @Test
  void leavesOutOtherDepartementsAndKinds() {
    NeedSearch in94 = new NeedSearch(List.of(), List.of("94", "93"), null, NeedKind.QUOTE);
    assertThat(in94.matches(CHAIRS, "94", NeedKind.QUOTE, "Chaises", "")).isTrue();
    assertThat(in94.matches(CHAIRS, "14", NeedKind.QUOTE, "Chaises", "")).isFalse();
    assertThat(in94.matches(CHAIRS, "94", NeedKind.SOURCING, "Chaises", "")).isFalse();
  }

  @Test
  void everyWordMustBeInTheTitleOrDescriptionIgnoringCaseAndAccents() {
    NeedSearch words = new NeedSearch(List.of(), List.of(), "  Sièges   ERGONOMIQUES ", null);
    assertThat(words.words()).isEqualTo("Sièges   ERGONOMIQUES");
    assertThat(words.matches(CHAIRS, "94", NeedKind.QUOTE, "30 sieges", "modèles ergonomiques"))
        .isTrue();
    assertThat(words.matches(CHAIRS, "94", NeedKind.QUOTE, "30 sièges", "")).isFalse();
    NeedSearch none = new NeedSearch(List.of(), List.of(), " ", null);
    assertThat(none.words()).isNull();
    assertThat(none.matches(Set.of(), "2A", NeedKind.CALL_OFF, "x", "")).isTrue();
  }

  @Test
  void namesEveryBadField() {
    SavedSearches.Save bad =
        new SavedSearches.Save(
            " ",
            List.of("siege-bureau", "inconnue", "siege-bureau"),
            List.of("94", "2a", "99", "974"),
            "x".repeat(201),
            null,
            null);
    assertThatThrownBy(() -> NeedSearch.check(bad, CHAIRS::contains))
        .isInstanceOfSatisfying(
            ValidationFailed.class,
            e ->
                assertThat(e.errors())
                    .extracting(Problem.FieldError::field)
                    .containsExactlyInAnyOrder(
                        "name",
                        "categoryIds[1]",
                        "categoryIds[2]",
                        "departments[2]",
                        "words",
                        "frequency"));
  }

  @Test
  void keepsDepartementsInCapitalsOnce() {
    NeedSearch s =
        NeedSearch.check(
            new SavedSearches.Save(
                "Corse", List.of(), List.of("2a", "2A", " 94 "), null, null, AlertFrequency.DAILY),
            c -> true);
    assertThat(s.departments()).containsExactly("2A", "94");
  }
}
