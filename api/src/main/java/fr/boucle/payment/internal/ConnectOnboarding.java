package fr.boucle.payment.internal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import fr.boucle.payment.IdempotencyKeys;
import fr.boucle.payment.PaymentViews;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/**
 * A supplier's admin onboards with Stripe Connect: the connected account is created once (its
 * idempotency key is the organisation's), then each request answers a fresh Account Link to
 * Stripe's hosted onboarding. The account's status is refreshed from account.updated.
 */
@Singleton
@Requires(property = StripeOn.SECRET_KEY, pattern = StripeOn.NOT_BLANK)
public class ConnectOnboarding {

  private final StripeClient stripe;
  private final StripeCalls calls;
  private final StripeAccounts accounts;
  private final String publicUrl;

  ConnectOnboarding(
      StripeClient stripe,
      StripeCalls calls,
      StripeAccounts accounts,
      @Value("${boucle.public-url}") String publicUrl) {
    this.stripe = stripe;
    this.calls = calls;
    this.accounts = accounts;
    this.publicUrl = publicUrl.replaceAll("/$", "");
  }

  public PaymentViews.OnboardingLink start(CurrentUser user) throws StripeException {
    requireSupplierAdmin(user);
    UUID supplier = user.organisationId();
    String accountId =
        accounts.ofOrganisation(supplier).map(StripeAccounts.Row::accountId).orElse(null);
    if (accountId == null) {
      AccountCreateParams params =
          AccountCreateParams.builder()
              .setType(AccountCreateParams.Type.EXPRESS)
              .setCountry("FR")
              .setCapabilities(
                  AccountCreateParams.Capabilities.builder()
                      .setTransfers(
                          AccountCreateParams.Capabilities.Transfers.builder()
                              .setRequested(true)
                              .build())
                      .setCardPayments(
                          AccountCreateParams.Capabilities.CardPayments.builder()
                              .setRequested(true)
                              .build())
                      .build())
              .putMetadata("boucle_organisation_id", supplier.toString())
              .build();
      Account account =
          calls.send(
              "account.create",
              IdempotencyKeys.connectedAccount(supplier),
              null,
              params,
              options -> stripe.v1().accounts().create(params, options));
      accounts.created(supplier, account.getId());
      accountId = accounts.ofOrganisation(supplier).orElseThrow().accountId();
    }
    String account = accountId;
    AccountLinkCreateParams link =
        AccountLinkCreateParams.builder()
            .setAccount(account)
            .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
            .setRefreshUrl(publicUrl + "/paiements/stripe?relancer=1")
            .setReturnUrl(publicUrl + "/paiements/stripe?retour=1")
            .build();
    AccountLink created =
        calls.send(
            "account_link.create",
            IdempotencyKeys.accountLink(supplier, Instant.now().getEpochSecond() / 60),
            null,
            link,
            options -> stripe.v1().accountLinks().create(link, options));
    return new PaymentViews.OnboardingLink(
        created.getUrl(), accounts.ofOrganisation(supplier).orElseThrow().view());
  }

  public PaymentViews.AccountView status(CurrentUser user) {
    if (!user.isSupplier()) {
      throw new Forbidden(ProblemCode.STRIPE_SUPPLIERS_ONLY);
    }
    return accounts
        .ofOrganisation(user.organisationId())
        .map(StripeAccounts.Row::view)
        .orElse(StripeAccounts.NOT_STARTED);
  }

  static void requireSupplierAdmin(CurrentUser user) {
    if (!user.isSupplier() || !user.hasRole(Role.SUPPLIER_ADMIN)) {
      throw new Forbidden(ProblemCode.STRIPE_SUPPLIER_ADMIN);
    }
  }
}
