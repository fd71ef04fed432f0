package fr.boucle.browser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says whether a piece of text shown by a page in one language is in the other one (French on an
 * English page, English on a French page). Reliable rather than clever, two rules:
 *
 * <ol>
 *   <li><b>The other catalogue</b>: a message of the other language's catalogue (one that is not
 *       also a message of the page's language) is a leak when the text is that message, or, for a
 *       message of three words or more, when the text contains it. {{placeholders}} match anything.
 *   <li><b>Function words</b>: the text's words are counted against the small words every sentence
 *       needs ("the, and, of, with, your…" / "le, la, les, des, et, pour, votre…") and a few
 *       interface words ("Loading", "Cancel" / "Chargement", "Annuler"); a leak when the other
 *       language's count is at least two and above the page language's, or when a text of at most
 *       three words has one and none of the page's.
 * </ol>
 *
 * <p>Neutral by construction, since neither rule can fire on them: numbers, amounts, dates in
 * figures, codes and references (any token with a digit: SKU, SIRET, order numbers), e-mail
 * addresses and web addresses, which are removed before counting. The short list {@link
 * #NEUTRAL_PHRASES} holds the proper names and official terms that stay in one language whatever
 * the page's (each with why).
 */
final class LanguageDetector {

  enum Language {
    FR,
    EN;

    Language other() {
      return this == FR ? EN : FR;
    }

    static Language of(String htmlLang) {
      return htmlLang != null && htmlLang.toLowerCase(Locale.ROOT).startsWith("en") ? EN : FR;
    }
  }

  /** Words only (or nearly only) found in running text of one language. */
  private static final Set<String> ENGLISH_WORDS =
      Set.of(
          "the",
          "and",
          "of",
          "with",
          "your",
          "yours",
          "is",
          "are",
          "was",
          "were",
          "to",
          "for",
          "this",
          "that",
          "these",
          "those",
          "from",
          "by",
          "in",
          "at",
          "an",
          "be",
          "been",
          "has",
          "have",
          "had",
          "will",
          "can",
          "cannot",
          "not",
          "or",
          "you",
          "it",
          "its",
          "our",
          "we",
          "they",
          "their",
          "there",
          "which",
          "who",
          "what",
          "when",
          "where",
          "how",
          "all",
          "any",
          "each",
          "into",
          "than",
          "then",
          "them",
          "would",
          "should",
          "must",
          "may",
          "only",
          "also",
          "here",
          "about",
          "after",
          "before",
          "yet",
          "does",
          "do",
          "did",
          "if",
          "my",
          "please",
          "yes",
          "loading",
          "cancel",
          "save",
          "delete",
          "edit",
          "search",
          "close",
          "next",
          "previous",
          "back",
          "required",
          "optional",
          "show",
          "hide",
          "sign",
          "submit",
          "error",
          "none",
          "until",
          "since",
          "between",
          "without",
          "order",
          "orders",
          "listing",
          "listings",
          "supplier",
          "suppliers",
          "agreement",
          "agreements",
          "price",
          "quantity",
          "unit",
          "units",
          "status",
          "home",
          "cart",
          "account",
          "new",
          "see",
          "view",
          "more",
          "less",
          "items",
          "item",
          "per",
          "due",
          "paid",
          "sent",
          "received",
          "settings");

  private static final Set<String> FRENCH_WORDS =
      Set.of(
          "le",
          "la",
          "les",
          "des",
          "du",
          "de",
          "et",
          "pour",
          "avec",
          "votre",
          "vos",
          "est",
          "une",
          "un",
          "au",
          "aux",
          "dans",
          "sur",
          "par",
          "ce",
          "cette",
          "ces",
          "qui",
          "que",
          "pas",
          "ne",
          "sont",
          "sera",
          "être",
          "été",
          "il",
          "elle",
          "nous",
          "vous",
          "leur",
          "leurs",
          "son",
          "sa",
          "ses",
          "mon",
          "ma",
          "mes",
          "ou",
          "où",
          "si",
          "aucun",
          "aucune",
          "tout",
          "tous",
          "toutes",
          "mais",
          "à",
          "en",
          "chargement",
          "annuler",
          "enregistrer",
          "supprimer",
          "modifier",
          "rechercher",
          "fermer",
          "suivant",
          "précédent",
          "retour",
          "erreur",
          "obligatoire",
          "facultatif",
          "oui",
          "afficher",
          "masquer",
          "commande",
          "commandes",
          "annonce",
          "annonces",
          "fournisseur",
          "fournisseurs",
          "accord",
          "accords",
          "prix",
          "quantité",
          "statut",
          "accueil",
          "panier",
          "compte",
          "nouveau",
          "nouvelle",
          "voir",
          "jusqu",
          "depuis",
          "entre",
          "sans",
          "payée",
          "envoyée",
          "reçue",
          "paramètres",
          "mois",
          "jour",
          "jours");

  /** French elision: l', d', qu', jusqu'… before a word (the English 's comes after one). */
  private static final Pattern ELISION =
      Pattern.compile(
          "(?<![\\p{L}'])(?:l|d|j|n|m|t|s|c|qu|jusqu|lorsqu|puisqu)'(?=\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Proper names and official terms that stay as they are on both pages, with why: the State's
   * block mark is always French (DSFR), and these legal names have no official translation.
   */
  static final Set<String> NEUTRAL_PHRASES =
      Set.of(
          // The DSFR block mark and motto: the same on every page of a French State service.
          "République Française",
          "Liberté Égalité Fraternité",
          // Legal names cited as such in the English accessibility declaration and legal notice.
          "Défenseur des droits",
          "loi n° 2005-102 du 11 février 2005");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|<\\d+>|</\\d+>");
  private static final Pattern NEUTRAL_TOKEN =
      Pattern.compile(
          "\\S+@\\S+\\.\\S+|https?://\\S+|www\\.\\S+|\\S*/\\S*\\.\\S+|\\S*\\d\\S*",
          Pattern.UNICODE_CASE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private final Language page;
  private final Set<String> otherExact = new HashSet<>();
  private final List<String> otherContained = new ArrayList<>();
  private final List<Pattern> otherPatterns = new ArrayList<>();

  /** A detector for pages in this language, knowing both catalogues. */
  LanguageDetector(Language page, LocaleCatalogues catalogues) {
    this.page = page;
    Set<String> own = page == Language.FR ? catalogues.french() : catalogues.english();
    Set<String> other = page == Language.FR ? catalogues.english() : catalogues.french();
    Set<String> ownNormal = new HashSet<>();
    Set<String> ownVocabulary = new HashSet<>();
    for (String message : own) {
      ownNormal.add(normal(message));
      Matcher words = WORD.matcher(message);
      while (words.find()) {
        ownVocabulary.add(words.group().toLowerCase(Locale.ROOT));
      }
    }
    for (String message : other) {
      String normal = normal(message);
      if (ownNormal.contains(normal) || !distinctive(normal)) {
        continue;
      }
      // A lone word the page's own language also uses ("Service", "Total") says nothing.
      String bare = PLACEHOLDER.matcher(normal).replaceAll(" ").trim();
      if (words(bare) == 1 && ownVocabulary.contains(wordsOf(bare).get(0))) {
        continue;
      }
      String[] parts = PLACEHOLDER.split(normal, -1);
      if (parts.length == 1) {
        otherExact.add(normal);
        if (words(normal) >= 3) {
          otherContained.add(normal);
        }
      } else {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            regex.append(".+?");
          }
          if (!parts[i].isEmpty()) {
            regex.append(Pattern.quote(parts[i]));
          }
        }
        String literal = String.join(" ", parts).trim();
        if (letters(literal) >= 4 && !ownNormal.contains(literal)) {
          otherPatterns.add(Pattern.compile(regex.toString(), Pattern.DOTALL));
        }
      }
    }
  }

  Language page() {
    return page;
  }

  /** Why this text is in the other language, or empty when it is not. */
  Optional<String> leak(String text) {
    String normal = normal(text);
    for (String phrase : NEUTRAL_PHRASES) {
      normal = normal.replace(phrase, " ");
    }
    normal = normal.trim();
    if (letters(normal) == 0) {
      return Optional.empty();
    }
    if (otherExact.contains(normal)) {
      return Optional.of("a message of the " + page.other() + " catalogue");
    }
    for (String message : otherContained) {
      if (normal.contains(message)) {
        return Optional.of("contains the " + page.other() + " message \"" + message + "\"");
      }
    }
    for (Pattern pattern : otherPatterns) {
      if (pattern.matcher(normal).matches()) {
        return Optional.of("the " + page.other() + " message " + pattern.pattern());
      }
    }
    return functionWords(normal);
  }

  private Optional<String> functionWords(String normal) {
    Set<String> ownWords = page == Language.FR ? FRENCH_WORDS : ENGLISH_WORDS;
    Set<String> otherWords = page == Language.FR ? ENGLISH_WORDS : FRENCH_WORDS;
    String words = NEUTRAL_TOKEN.matcher(normal).replaceAll(" ");
    int own = 0;
    int total = 0;
    List<String> others = new ArrayList<>();
    int elisions = 0;
    Matcher e = ELISION.matcher(words);
    while (e.find()) {
      elisions++;
    }
    if (page == Language.FR) {
      own += elisions;
    } else {
      for (int i = 0; i < elisions; i++) {
        others.add("elision");
      }
    }
    Matcher m = WORD.matcher(words);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      total++;
      // Proper names (a capital, not at the start) are neither language.
      boolean capitalised = Character.isUpperCase(m.group().charAt(0)) && m.start() > 0;
      if (ownWords.contains(word)) {
        own++;
      } else if (otherWords.contains(word) && !capitalised) {
        others.add(word);
      }
    }
    int other = others.size();
    boolean leak = (other >= 2 && other > own) || (total <= 3 && other >= 1 && own == 0);
    return leak
        ? Optional.of(page.other() + " words " + others + " (" + own + " " + page + ")")
        : Optional.empty();
  }

  /** Long enough to mean something on its own: two letters or more, not a lone initial. */
  private static boolean distinctive(String normal) {
    return letters(PLACEHOLDER.matcher(normal).replaceAll("")) >= 3;
  }

  private static int words(String s) {
    int n = 0;
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static List<String> wordsOf(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static int letters(String s) {
    return (int) s.codePoints().filter(Character::isLetter).count();
  }

  /** Whitespace collapsed (no-break spaces included), typographic apostrophes made straight. */
  static String normal(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC)
        .replace('\u2019', '\'')
        .replaceAll("[\\s\\u00a0\\u202f]+", " ")
        .trim();
  }
}
