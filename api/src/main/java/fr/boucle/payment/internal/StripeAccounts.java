package fr.boucle.payment.internal;

import fr.boucle.payment.AccountStatus;
import fr.boucle.payment.PaymentViews;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** The stripe_account table: suppliers' connected accounts and what Stripe last said of them. */
@Singleton
class StripeAccounts {

  record Row(
      UUID organisationId,
      String accountId,
      boolean chargesEnabled,
      boolean payoutsEnabled,
      boolean detailsSubmitted,
      int requirementsDue) {

    PaymentViews.AccountView view() {
      return new PaymentViews.AccountView(
          AccountStatus.of(true, chargesEnabled, payoutsEnabled, detailsSubmitted, requirementsDue),
          accountId,
          chargesEnabled,
          payoutsEnabled,
          detailsSubmitted,
          requirementsDue);
    }
  }

  static final PaymentViews.AccountView NOT_STARTED =
      new PaymentViews.AccountView(AccountStatus.NOT_STARTED, null, false, false, false, 0);

  private static final String COLUMNS =
      "organisation_id, account_id, charges_enabled, payouts_enabled, details_submitted,"
          + " requirements_due";

  private final Sql sql;

  StripeAccounts(Sql sql) {
    this.sql = sql;
  }

  Optional<Row> ofOrganisation(UUID organisationId) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM stripe_account WHERE organisation_id = ?",
        StripeAccounts::row,
        organisationId);
  }

  Optional<Row> byAccountId(String accountId) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM stripe_account WHERE account_id = ?",
        StripeAccounts::row,
        accountId);
  }

  /** Records a newly created account; a concurrent creation of the same one keeps the first. */
  void created(UUID organisationId, String accountId) {
    sql.update(
        "INSERT INTO stripe_account (organisation_id, account_id) VALUES (?, ?)"
            + " ON CONFLICT (organisation_id) DO NOTHING",
        organisationId,
        accountId);
  }

  /** What Stripe says of the account now. */
  int refreshed(
      String accountId,
      boolean chargesEnabled,
      boolean payoutsEnabled,
      boolean detailsSubmitted,
      int requirementsDue) {
    return sql.update(
        "UPDATE stripe_account SET charges_enabled = ?, payouts_enabled = ?,"
            + " details_submitted = ?, requirements_due = ?, updated_at = now()"
            + " WHERE account_id = ?",
        chargesEnabled,
        payoutsEnabled,
        detailsSubmitted,
        requirementsDue,
        accountId);
  }

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(
        Sql.uuid(rs, "organisation_id"),
        rs.getString("account_id"),
        rs.getBoolean("charges_enabled"),
        rs.getBoolean("payouts_enabled"),
        rs.getBoolean("details_submitted"),
        rs.getInt("requirements_due"));
  }
}
