package fr.boucle.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.shared.web.Problem;
import org.junit.jupiter.api.Test;

class BillingProfileTest {

  private static BillingProfile liable(String vat, String iban) {
    return new BillingProfile(
        InvoiceDocument.VatRegime.LIABLE,
        vat,
        iban,
        "AGRIFRPP",
        "Atelier Bois",
        "3 rue du Port",
        "44000",
        "Nantes",
        null);
  }

  @Test
  void checksTheIbanWithMod97() {
    assertThat(BillingProfile.validIban("FR7630006000011234567890189")).isTrue();
    assertThat(BillingProfile.validIban("FR14 2004 1010 0505 0001 3M02 606")).isTrue();
    assertThat(BillingProfile.validIban("FR7630006000011234567890188")).isFalse();
    assertThat(BillingProfile.validIban("FR76300060000112345678901")).isFalse();
  }

  @Test
  void wantsAFrenchVatNumberOfTheSuppliersOwnSiren() {
    assertThat(BillingProfile.frenchVatNumber("732829320")).isEqualTo("FR44732829320");
    BillingProfile ok =
        new BillingProfile(
                InvoiceDocument.VatRegime.LIABLE,
                "fr 44 732829320",
                "FR76 3000 6000 0112 3456 7890 189",
                "agri frpp",
                " Atelier Bois ",
                "3 rue du Port",
                "44000",
                "Nantes",
                null)
            .normalised();
    assertThat(ok.iban()).isEqualTo("FR7630006000011234567890189");
    assertThat(ok.accountHolder()).isEqualTo("Atelier Bois");
    assertThat(ok.vatNumber()).isEqualTo("FR44732829320");
    assertThat(ok.bic()).isEqualTo("AGRIFRPP");
    assertThat(ok.malformed("732829320")).isEmpty();
    assertThat(ok.malformed("123456782"))
        .extracting(Problem.FieldError::field)
        .containsExactly("vatNumber");
    assertThat(liable("FR45732829320", "FR7630006000011234567890189").malformed("732829320"))
        .extracting(Problem.FieldError::message)
        .containsExactly("has a wrong key for this SIREN");
    assertThat(liable("DE123456789", "FR7630006000011234567890188").malformed("732829320"))
        .extracting(Problem.FieldError::field)
        .containsExactly("iban", "vatNumber");
  }

  @Test
  void namesWhatAnInvoiceStillNeeds() {
    BillingProfile empty =
        new BillingProfile(
            InvoiceDocument.VatRegime.LIABLE, null, " ", null, null, null, null, null, null);
    assertThat(empty.missing())
        .containsExactly("vatNumber", "iban", "accountHolder", "street", "postcode", "city");
    BillingProfile franchise =
        new BillingProfile(
            InvoiceDocument.VatRegime.FRANCHISE_293B,
            null,
            "FR7630006000011234567890189",
            null,
            "Ressourcerie",
            "1 place",
            "75011",
            "Paris",
            null);
    assertThat(franchise.missing()).isEmpty();
    assertThat(franchise.complete()).isTrue();
  }
}
