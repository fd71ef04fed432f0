package fr.boucle.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.boucle.shared.web.ProblemCode;
import org.junit.jupiter.api.Test;

/** Issue 19: the erased person's pseudonym and placeholder, and the correction of details. */
class PersonalDataRulesTest {

  @Test
  void anErasedPersonIsNamedByTheirStableNumberAtAnAddressThatCannotBeDelivered() {
    Erasure erasure = new Erasure(12);
    assertThat(erasure.pseudonym()).isEqualTo("Agent supprimé #12");
    assertThat(erasure.placeholderEmail()).isEqualTo("supprime-12@efface.invalid");
    assertThat(EmailAddress.of(erasure.placeholderEmail()).value())
        .as("the placeholder fits the person table's address rules")
        .isEqualTo("supprime-12@efface.invalid");
    assertThat(Erasure.isPlaceholder("SUPPRIME-3@EFFACE.INVALID")).isTrue();
    assertThat(Erasure.isPlaceholder("agent@ville.fr")).isFalse();
    assertThatThrownBy(() -> new Erasure(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCorrectionNamesEveryBadField() {
    PersonalDetails.Checked checked = PersonalDetails.check(" X ", "pas-une-adresse", e -> false);
    assertThat(checked.details()).isNull();
    assertThat(checked.problems())
        .extracting(FieldProblem::field)
        .containsExactly("fullName", "email");
  }

  @Test
  void aCorrectionRefusesAnAddressOfAnotherAccountOrAPlaceholder() {
    assertThat(
            PersonalDetails.check("Chloé Petit", "pris@ville.fr", e -> e.equals("pris@ville.fr"))
                .problems())
        .containsExactly(new FieldProblem("email", ProblemCode.EMAIL_TAKEN));
    assertThat(
            PersonalDetails.check("Chloé Petit", "supprime-4@efface.invalid", e -> false)
                .problems())
        .containsExactly(new FieldProblem("email", ProblemCode.EMAIL_INVALID));
  }

  @Test
  void aCorrectionTrimsTheNameAndLowerCasesTheAddress() {
    PersonalDetails details =
        PersonalDetails.check("  Chloé   Petit ", " Chloe.Petit@Ville.FR ", e -> false).details();
    assertThat(details.fullName()).isEqualTo("Chloé Petit");
    assertThat(details.email().value()).isEqualTo("chloe.petit@ville.fr");
  }
}
