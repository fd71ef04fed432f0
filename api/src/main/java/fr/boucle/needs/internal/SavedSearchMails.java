package fr.boucle.needs.internal;

import fr.boucle.organisation.PersonMail;
import fr.boucle.organisation.SecretToken;
import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes the saved searches' mails in the person's language, each with its own unsubscribe link: a
 * random token stored only as its hash, naming the searches the mail came from. The link opens a
 * page that unsubscribes without signing in; the same address answers the RFC 8058 one-click POST
 * of mail clients.
 */
@Singleton
class SavedSearchMails {

  static final String UNSUBSCRIBE_API = "/api/needs/saved-searches/unsubscribe/";
  static final String UNSUBSCRIBE_PAGE = "/besoins/desabonnement/";
  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final PersonMail mail;
  private final SavedNeedSearches searches;

  SavedSearchMails(PersonMail mail, SavedNeedSearches searches) {
    this.mail = mail;
    this.searches = searches;
  }

  /** One new need for these searches of the person, mailed at once, in their language. */
  void immediate(UUID personId, Needs.Row need, List<SavedNeedSearches.Row> from) {
    String names = names(from);
    String token = token(from);
    String stop = mail.link(UNSUBSCRIBE_PAGE + token);
    mail.sendUnsubscribable(
        personId,
        new PersonMail.Letter(
            "Nouveau besoin pour votre recherche : " + need.title(),
            "Un nouveau besoin correspond à votre recherche "
                + names
                + " :\n\n"
                + french(need)
                + "\n\nPour ne plus recevoir ces e-mails : "
                + stop
                + "\n"),
        new PersonMail.Letter(
            "New need for your saved search: " + need.title(),
            "A new need matches your saved search "
                + names
                + ":\n\n"
                + english(need)
                + "\n\nTo stop these e-mails: "
                + stop
                + "\n"),
        mail.link(UNSUBSCRIBE_API + token));
  }

  /** The day's new needs for the person's daily searches, in one mail, in their language. */
  void digest(UUID personId, Collection<Needs.Row> needs, List<SavedNeedSearches.Row> from) {
    String token = token(from);
    String stop = mail.link(UNSUBSCRIBE_PAGE + token);
    StringBuilder french =
        new StringBuilder("Les nouveaux besoins du jour pour vos recherches ")
            .append(names(from))
            .append(" :\n");
    needs.forEach(n -> french.append("\n").append(french(n)).append("\n"));
    french.append("\nPour ne plus recevoir ces e-mails : ").append(stop).append("\n");
    StringBuilder english =
        new StringBuilder("Today's new needs for your saved searches ")
            .append(names(from))
            .append(":\n");
    needs.forEach(n -> english.append("\n").append(english(n)).append("\n"));
    english.append("\nTo stop these e-mails: ").append(stop).append("\n");
    mail.sendUnsubscribable(
        personId,
        new PersonMail.Letter(
            needs.size() == 1
                ? "1 nouveau besoin pour vos recherches sur Boucle"
                : needs.size() + " nouveaux besoins pour vos recherches sur Boucle",
            french.toString()),
        new PersonMail.Letter(
            needs.size() == 1
                ? "1 new need for your saved searches on Boucle"
                : needs.size() + " new needs for your saved searches on Boucle",
            english.toString()),
        mail.link(UNSUBSCRIBE_API + token));
  }

  private String token(List<SavedNeedSearches.Row> from) {
    SecretToken token = SecretToken.generate("");
    searches.storeUnsubscribeToken(
        token.hash(), from.stream().map(SavedNeedSearches.Row::id).distinct().toList());
    return token.value();
  }

  private static String names(List<SavedNeedSearches.Row> from) {
    return from.stream()
        .map(s -> "« " + s.name() + " »")
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private String french(Needs.Row need) {
    return "• "
        + need.title()
        + " — quantité "
        + need.quantity()
        + ", département "
        + need.department()
        + ", réponses jusqu'au "
        + FRENCH.format(need.closingDate())
        + "\n  "
        + mail.link("/besoins/" + need.id());
  }

  private String english(Needs.Row need) {
    return "• "
        + need.title()
        + " — quantity "
        + need.quantity()
        + ", département "
        + need.department()
        + ", answers until "
        + need.closingDate()
        + "\n  "
        + mail.link("/besoins/" + need.id());
  }
}
