package fr.boucle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProblemCodeTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  @Test
  void everyCodeHasAnEnglishAndAFrenchText() {
    ResourceBundle en = ProblemTexts.bundle(Locale.ENGLISH);
    ResourceBundle fr = ProblemTexts.bundle(Locale.FRENCH);
    Set<String> missing = new TreeSet<>();
    for (ProblemCode code : ProblemCode.values()) {
      for (ResourceBundle bundle : new ResourceBundle[] {en, fr}) {
        if (!bundle.keySet().contains(code.code()) || bundle.getString(code.code()).isBlank()) {
          missing.add(code.code() + " (" + bundle.getLocale() + ")");
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void bothLanguagesHaveTheSameEntriesAndNothingElse() {
    Set<String> en = ProblemTexts.bundle(Locale.ENGLISH).keySet();
    Set<String> fr = ProblemTexts.bundle(Locale.FRENCH).keySet();
    assertThat(fr).containsExactlyInAnyOrderElementsOf(en);
    Set<String> codes = new HashSet<>();
    for (ProblemCode c : ProblemCode.values()) {
      codes.add(c.code());
    }
    for (String key : en) {
      String code = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
      boolean valueTranslation = Set.of("resource", "action", "status").contains(code);
      assertThat(codes.contains(code) || valueTranslation).as(key).isTrue();
    }
  }

  @Test
  void frenchSaysNoValueTheEnglishDoesNotHave() {
    ResourceBundle en = ProblemTexts.bundle(Locale.ENGLISH);
    ResourceBundle fr = ProblemTexts.bundle(Locale.FRENCH);
    for (String key : en.keySet()) {
      assertThat(placeholders(en.getString(key)))
          .as(key)
          .containsAll(placeholders(fr.getString(key)));
    }
  }

  @Test
  void wordsAProblemInTheRequestedLanguageWithItsValues() {
    Map<String, String> params = Map.of("category", "chaise", "lot", "3");
    assertThat(ProblemTexts.render(ProblemCode.LOT_CATEGORY_OUT_OF_SCOPE, params, Locale.ENGLISH))
        .isEqualTo("Category chaise is outside the scope of lot 3.");
    assertThat(ProblemTexts.render(ProblemCode.LOT_CATEGORY_OUT_OF_SCOPE, params, Locale.FRENCH))
        .isEqualTo("La catégorie chaise est hors du périmètre du lot 3.");
  }

  @Test
  void translatesNamedValuesAndCountsOne() {
    assertThat(Message.of(ProblemCode.NOT_FOUND, "resource", "Listing").in(Locale.FRENCH))
        .isEqualTo("Annonce introuvable");
    assertThat(ValidationFailed.summary(1).in(Locale.FRENCH))
        .isEqualTo("Un champ n’est pas valide.");
    assertThat(ValidationFailed.summary(3).english()).isEqualTo("3 fields are invalid.");
  }

  @Test
  void picksFrenchOnlyWhenTheRequestPrefersIt() {
    assertThat(ProblemTexts.locale("fr-FR,fr;q=0.9,en;q=0.8")).isEqualTo(Locale.FRENCH);
    assertThat(ProblemTexts.locale("en-GB,fr;q=0.5")).isEqualTo(Locale.ENGLISH);
    assertThat(ProblemTexts.locale("de")).isEqualTo(Locale.ENGLISH);
    assertThat(ProblemTexts.locale((String) null)).isEqualTo(Locale.ENGLISH);
    assertThat(ProblemTexts.locale("not a ; header")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void aFieldErrorCarriesItsCodeAndValues() {
    Problem.FieldError e =
        Problem.FieldError.of("title", ProblemCode.FIELD_LENGTH, "min", 3, "max", 200);
    assertThat(e.code()).isEqualTo("field-length");
    assertThat(e.params()).containsEntry("max", "200");
    assertThat(e.message()).isEqualTo("must be 3 to 200 characters");
    assertThat(e.in(Locale.FRENCH).message()).isEqualTo("doit faire de 3 à 200 caractères");
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
