package fr.boucle.photo.internal;

import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A listing photo's alternative text (RGAA 1.3): required, at most 300 characters, and relevant. A
 * photo shows the object for sale, so it is never decorative; an alternative that says nothing
 * about it is refused: a file name ("IMG_1234.jpg", the uploaded file's own name), a camera or
 * screenshot name ("DSC0042", "Capture d’écran 2026-03-01"), or only generic words and numbers
 * ("image", "photo 2").
 */
final class AltText {

  static final int MAX = 300;

  /** Words that say "this is a picture" or a file, not what it shows (accents already removed). */
  private static final Set<String> GENERIC =
      Set.of(
          "image",
          "images",
          "img",
          "photo",
          "photos",
          "photographie",
          "picture",
          "pic",
          "pict",
          "dsc",
          "dscn",
          "dscf",
          "dcim",
          "pxl",
          "mvimg",
          "screenshot",
          "screen",
          "shot",
          "capture",
          "ecran",
          "fichier",
          "file",
          "jpg",
          "jpeg",
          "png",
          "webp",
          "heic",
          "heif",
          "gif",
          "bmp",
          "tif",
          "tiff",
          "sans",
          "titre",
          "untitled",
          "copy",
          "copie",
          "final",
          "new",
          "nouvelle",
          "nouveau",
          "alt",
          "texte",
          "text",
          "alternative",
          "alternatif",
          "visuel",
          "illustration",
          "whatsapp",
          "annonce",
          "produit",
          "objet",
          "article",
          "du",
          "de",
          "des",
          "d",
          "l",
          "la",
          "le",
          "les",
          "un",
          "une",
          "a",
          "an",
          "the",
          "at",
          "of",
          "et",
          "and",
          "n",
          "no",
          "num",
          "numero");

  private static final Pattern FILE_NAME =
      Pattern.compile(
          "^\\S+\\.(jpe?g|png|webp|gif|heic|heif|bmp|tiff?|avif)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");

  private AltText() {}

  /** The alternative, stripped, or the field's problem. */
  static String checked(@Nullable String alt, String field) {
    return checked(alt, field, null);
  }

  /**
   * The alternative, stripped, or the field's problem; {@code fileName} is the uploaded file's name
   * when there is one, refused as an alternative with or without its extension.
   */
  static String checked(@Nullable String alt, String field, @Nullable String fileName) {
    String value = alt == null ? "" : alt.strip();
    if (value.isEmpty()) {
      throw new ValidationFailed(Problem.FieldError.of(field, ProblemCode.PHOTO_ALT_REQUIRED));
    }
    if (value.length() > MAX) {
      throw new ValidationFailed(
          Problem.FieldError.of(field, ProblemCode.FIELD_AT_MOST_CHARS, "max", MAX));
    }
    if (!relevant(value, fileName)) {
      throw new ValidationFailed(Problem.FieldError.of(field, ProblemCode.PHOTO_ALT_NOT_RELEVANT));
    }
    return value;
  }

  /** Whether a (non-empty) alternative says something about what the photo shows. */
  static boolean relevant(String alt, @Nullable String fileName) {
    String value = alt.strip();
    if (FILE_NAME.matcher(value).matches()) {
      return false;
    }
    if (fileName != null && !fileName.isBlank()) {
      String name = fileName.strip();
      String base = EXTENSION.matcher(name).replaceFirst("");
      if (folded(value).equals(folded(name)) || folded(value).equals(folded(base))) {
        return false;
      }
    }
    for (String word : NOT_LETTERS.split(folded(value))) {
      if (word.length() >= 2 && !GENERIC.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case without accents, so "Écran" and "ecran" compare equal. */
  private static String folded(String s) {
    return MARKS
        .matcher(Normalizer.normalize(s, Normalizer.Form.NFD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }
}
