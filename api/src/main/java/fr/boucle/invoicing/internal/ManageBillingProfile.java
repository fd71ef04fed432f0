package fr.boucle.invoicing.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.invoicing.BillingProfile;
import fr.boucle.invoicing.InvoiceCommands;
import fr.boucle.invoicing.InvoiceViews;
import fr.boucle.organisation.TradingPartners;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * A supplier's billing profile: its people read it, its admin replaces it; IBAN (mod 97), BIC, VAT
 * number (FR + key + the supplier's own SIREN) and postcode are checked, empty fields allowed and
 * named as missing.
 */
@Singleton
public class ManageBillingProfile {

  private final BillingProfiles profiles;
  private final TradingPartners partners;
  private final AuditLog audit;

  ManageBillingProfile(BillingProfiles profiles, TradingPartners partners, AuditLog audit) {
    this.profiles = profiles;
    this.partners = partners;
    this.audit = audit;
  }

  public InvoiceViews.BillingProfileView get(CurrentUser user) {
    if (!IssueInvoice.supplierPerson(user)) {
      throw new Forbidden(ProblemCode.BILLING_PROFILE_SUPPLIERS);
    }
    return profiles
        .findById(user.organisationId())
        .map(r -> view(r.profile()))
        .orElseGet(() ->
            new InvoiceViews.BillingProfileView(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                BillingProfile.allFields()));
  }

  @Transactional
  public InvoiceViews.BillingProfileView save(
      CurrentUser user, InvoiceCommands.SaveBillingProfile c) {
    if (!user.isSupplier() || user.isApiToken() || !user.hasRole(Role.SUPPLIER_ADMIN)) {
      throw new Forbidden(ProblemCode.BILLING_PROFILE_ADMIN);
    }
    BillingProfile profile =
        new BillingProfile(
                c.vatRegime(),
                c.vatNumber(),
                c.iban(),
                c.bic(),
                c.accountHolder(),
                c.street(),
                c.postcode(),
                c.city(),
                c.electronicAddress())
            .normalised();
    String siret =
        partners.withIds(List.of(user.organisationId())).get(user.organisationId()).siret();
    List<Problem.FieldError> errors = profile.malformed(siret.substring(0, 9));
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
    profiles.save(user.organisationId(), profile);
    audit.record(
        user,
        user.organisationId(),
        "billing-profile.updated",
        "organisation",
        user.organisationId(),
        Map.of("vatRegime", profile.vatRegime().name(), "complete", profile.complete()));
    return view(profile);
  }

  static InvoiceViews.BillingProfileView view(BillingProfile p) {
    return new InvoiceViews.BillingProfileView(
        p.vatRegime(),
        p.vatNumber(),
        p.iban(),
        p.bic(),
        p.accountHolder(),
        p.street(),
        p.postcode(),
        p.city(),
        p.electronicAddress(),
        p.complete(),
        p.missing());
  }
}
