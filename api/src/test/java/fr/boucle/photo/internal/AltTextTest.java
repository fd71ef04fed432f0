package fr.boucle.photo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.boucle.shared.web.ValidationFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RGAA 1.3: a listing photo's alternative says what it shows. */
class AltTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Chaise de bureau Steelcase noire, vue de face",
        "Pied rayé",
        "Armoire métallique 2 portes",
        "à moi",
        "Écran 24 pouces",
        "Dossier en tissu bleu"
      })
  void acceptsAlternativesThatDescribeTheObject(String alt) {
    assertThat(AltText.relevant(alt, "IMG_1234.jpg")).isTrue();
    assertThat(AltText.checked("  " + alt + " ", "alt")).isEqualTo(alt);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "image",
        "Photo",
        "IMAGE ",
        "IMG_1234.jpg",
        "IMG_1234",
        "img-1234",
        "DSC0042",
        "DSC_0042.JPG",
        "PXL_20231012_123456789",
        "photo 2",
        "Photo n° 3",
        "Image 1 de 4",
        "12345",
        "---",
        "x",
        "Capture d’écran 2026-03-01 à 10.00.00",
        "Screenshot 2026-03-01",
        "sans titre",
        "untitled-1.png",
        "chaise.webp",
        "WhatsApp Image 2026-01-02 at 12.00.00"
      })
  void refusesFileNamesAndGenericWords(String alt) {
    assertThat(AltText.relevant(alt, null)).as(alt).isFalse();
  }

  @Test
  void refusesTheUploadedFilesOwnNameWithOrWithoutItsExtension() {
    assertThat(AltText.relevant("chaise-bureau", "chaise-bureau.jpg")).isFalse();
    assertThat(AltText.relevant("Chaise-Bureau", "chaise-bureau.jpg")).isFalse();
    assertThat(AltText.relevant("chaise-bureau.jpg", "chaise-bureau.jpg")).isFalse();
    assertThat(AltText.relevant("Chaise de bureau", "chaise-bureau.jpg")).isTrue();
  }

  @Test
  void namesTheProblemOfTheField() {
    assertThatThrownBy(() -> AltText.checked(null, "alt"))
        .isInstanceOfSatisfying(
            ValidationFailed.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field() + ":" + f.code())
                    .containsExactly("alt:photo-alt-required"));
    assertThatThrownBy(() -> AltText.checked("photo", "alt", "a.jpg"))
        .isInstanceOfSatisfying(
            ValidationFailed.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field() + ":" + f.code())
                    .containsExactly("alt:photo-alt-not-relevant"));
    assertThatThrownBy(() -> AltText.checked("Chaise ".repeat(50), "alt"))
        .isInstanceOf(ValidationFailed.class);
  }
}
