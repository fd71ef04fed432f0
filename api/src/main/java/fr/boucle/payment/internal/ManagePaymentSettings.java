package fr.boucle.payment.internal;

import fr.boucle.payment.PaymentViews;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** A buyer's admin decides whether the buyer's invoices may be paid by card. */
@Singleton
@Requires(property = StripeOn.SECRET_KEY, pattern = StripeOn.NOT_BLANK)
public class ManagePaymentSettings {

  private final PaymentSettingRows rows;

  ManagePaymentSettings(PaymentSettingRows rows) {
    this.rows = rows;
  }

  public PaymentViews.Settings get(CurrentUser user) {
    requireBuyerAdmin(user);
    return new PaymentViews.Settings(rows.cardAllowed(user.organisationId()));
  }

  public PaymentViews.Settings save(CurrentUser user, PaymentViews.Settings settings) {
    requireBuyerAdmin(user);
    rows.save(user.organisationId(), settings.cardAllowed());
    return get(user);
  }

  private static void requireBuyerAdmin(CurrentUser user) {
    if (!user.isBuyer() || !user.hasRole(Role.BUYER_ADMIN)) {
      throw new Forbidden(ProblemCode.PAYMENT_SETTINGS_ADMIN);
    }
  }
}
