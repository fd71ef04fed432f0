package fr.boucle.reporting.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.ordering.SpendFacts;
import fr.boucle.organisation.BuyerPeople;
import fr.boucle.organisation.PersonMail;
import fr.boucle.reporting.SpendRule;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Raises a lot period's spend alerts: recorded and mailed in one transaction. */
@Singleton
public class RaiseSpendAlert {

  private final SpendFacts facts;
  private final SpendAlerts alerts;
  private final BuyerPeople people;
  private final PersonMail mail;

  RaiseSpendAlert(SpendFacts facts, SpendAlerts alerts, BuyerPeople people, PersonMail mail) {
    this.facts = facts;
    this.alerts = alerts;
    this.people = people;
    this.mail = mail;
  }

  /** Records the thresholds not raised yet and mails the highest of them, all or nothing. */
  @Transactional
  public int raise(AgreementLots.LotPeriod p, List<Integer> crossed, long consumed) {
    int bp = SpendRule.consumedBp(consumed, p.maximumCents());
    int highest = 0;
    int raised = 0;
    for (int threshold : crossed) {
      if (alerts.raise(p.lotId(), p.periodIndex(), threshold, p.buyerId(), bp)) {
        raised++;
        highest = Math.max(highest, threshold);
      }
    }
    if (highest > 0) {
      List<UUID> services = facts.servicesOrderedOn(p.lotId(), p.periodIndex());
      for (UUID person : people.adminsAndApprovers(p.buyerId(), services)) {
        mail.send(
            person,
            new PersonMail.Letter(subject(p, highest), body(p, highest, bp)),
            new PersonMail.Letter(englishSubject(p, highest), englishBody(p, highest, bp)));
      }
    }
    return raised;
  }

  static String subject(AgreementLots.LotPeriod p, int threshold) {
    return (threshold >= 100 ? "Maximum atteint" : threshold + " % du maximum atteint")
        + " : "
        + p.agreementReference()
        + " lot "
        + p.lotNumber();
  }

  static String englishSubject(AgreementLots.LotPeriod p, int threshold) {
    return (threshold >= 100 ? "Maximum reached" : threshold + " % of the maximum reached")
        + ": "
        + p.agreementReference()
        + " lot "
        + p.lotNumber();
  }

  private String body(AgreementLots.LotPeriod p, int threshold, int bp) {
    String percent = BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString();
    String euros = BigDecimal.valueOf(p.maximumCents(), 2).toPlainString();
    return "Le lot "
        + p.lotNumber()
        + " « "
        + p.lotTitle()
        + " » de l'accord-cadre "
        + p.agreementReference()
        + " a consommé "
        + percent.replace('.', ',')
        + " % de son maximum de "
        + euros.replace('.', ',')
        + " € HT pour la période du "
        + p.startsOn()
        + " au "
        + p.endsOn()
        + (threshold >= 100
            ? " : le maximum est atteint, plus aucune commande ne peut y être passée."
            : " : le seuil d'alerte de " + threshold + " % est franchi.")
        + "\n"
        + link(p)
        + "\n";
  }

  private String englishBody(AgreementLots.LotPeriod p, int threshold, int bp) {
    String percent = BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString();
    String euros = BigDecimal.valueOf(p.maximumCents(), 2).toPlainString();
    return "Lot "
        + p.lotNumber()
        + " \""
        + p.lotTitle()
        + "\" of framework agreement "
        + p.agreementReference()
        + " has consumed "
        + percent
        + " % of its maximum of EUR "
        + euros
        + " excl. VAT for the period "
        + p.startsOn()
        + " to "
        + p.endsOn()
        + (threshold >= 100
            ? ": the maximum is reached, no more orders can be placed under it."
            : ": the " + threshold + " % alert threshold is crossed.")
        + "\n"
        + link(p)
        + "\n";
  }

  private String link(AgreementLots.LotPeriod p) {
    return mail.link("/tableau-de-bord?rubrique=depenses&accord=" + p.agreementId());
  }
}
