package fr.boucle.organisation.internal;

import fr.boucle.organisation.PersonMail;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes Boucle's account e-mails, each in one language (the person's, or the inviter's for an
 * invitation), to the outbox, in the caller's transaction; {@link MailRelay} sends them.
 */
@Singleton
class Mailer {

  private static final DateTimeFormatter FRENCH_DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
  private static final DateTimeFormatter ENGLISH_DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final MailOutbox outbox;
  private final String publicUrl;

  Mailer(MailOutbox outbox, @Value("${boucle.public-url}") String publicUrl) {
    this.outbox = outbox;
    this.publicUrl = publicUrl.replaceAll("/$", "");
  }

  String link(String path) {
    return publicUrl + path;
  }

  /** The invitation, in the inviter's language (the invited person has none yet). */
  void invitation(
      String to, String organisationName, String inviter, String token, String language) {
    String url = link("/invitation/" + token);
    if (PersonLanguages.ENGLISH.equals(language)) {
      send(
          to,
          "Invitation to join " + organisationName + " on Boucle",
          inviter
              + " invites you to join "
              + organisationName
              + " on Boucle.\n\nOpen this link (valid 7 days) to create your account:\n"
              + url
              + "\n");
    } else {
      send(
          to,
          "Invitation à rejoindre " + organisationName + " sur Boucle",
          inviter
              + " vous invite à rejoindre "
              + organisationName
              + " sur Boucle.\n\nPour créer votre compte, ouvrez ce lien (valable 7 jours) :\n"
              + url
              + "\n");
    }
  }

  /** The reset link, in the person's language. */
  void passwordReset(String to, String token, String language) {
    String url = link("/mot-de-passe/nouveau/" + token);
    if (PersonLanguages.ENGLISH.equals(language)) {
      send(
          to,
          "Resetting your Boucle password",
          "To choose a new password, open this link (valid 1 hour):\n"
              + url
              + "\n\nIf you did not ask for this, ignore this message.\n");
    } else {
      send(
          to,
          "Réinitialisation de votre mot de passe Boucle",
          "Pour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure) :\n"
              + url
              + "\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n");
    }
  }

  /** The operator's validation notice to an address that is nobody's, in the given language. */
  void organisationValidated(String to, String organisationName, String language) {
    PersonMail.Letter letter = organisationValidated(organisationName, language);
    send(to, letter.subject(), letter.body());
  }

  /** The operator's validation notice, in one language. */
  PersonMail.Letter organisationValidated(String organisationName, String language) {
    if (PersonLanguages.ENGLISH.equals(language)) {
      return new PersonMail.Letter(
          organisationName + " is validated on Boucle",
          "Good news: Boucle's operator has validated "
              + organisationName
              + ". You can now trade on the platform: "
              + link("/")
              + "\n");
    }
    return new PersonMail.Letter(
        organisationName + " est validée sur Boucle",
        "Bonne nouvelle : l'opérateur de Boucle a validé "
            + organisationName
            + ". Vous pouvez désormais échanger sur la plateforme : "
            + link("/")
            + "\n");
  }

  /**
   * An account about to be deactivated for inactivity (boucle.retention.inactive-accounts), in the
   * person's language.
   */
  void inactivityWarning(String to, LocalDate deactivation, String language) {
    String url = link("/connexion");
    if (PersonLanguages.ENGLISH.equals(language)) {
      String day = ENGLISH_DAY.format(deactivation);
      send(
          to,
          "Your Boucle account will be deactivated on " + day,
          "You have not signed in to Boucle for a long time. Unless you sign in, your account"
              + " will be deactivated on "
              + day
              + ", as the data retention policy says. To keep it, just sign in:\n"
              + url
              + "\n");
    } else {
      String day = FRENCH_DAY.format(deactivation);
      send(
          to,
          "Votre compte Boucle sera désactivé le " + day,
          "Vous ne vous êtes pas connecté à Boucle depuis longtemps. Sans connexion de votre"
              + " part, votre compte sera désactivé le "
              + day
              + ", comme le prévoit la politique de conservation des données. Pour le garder, il"
              + " suffit de vous connecter :\n"
              + url
              + "\n");
    }
  }

  private void send(String to, String subject, String body) {
    outbox.enqueue(to, subject, body);
  }
}
