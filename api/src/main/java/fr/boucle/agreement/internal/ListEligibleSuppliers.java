package fr.boucle.agreement.internal;

import fr.boucle.agreement.AgreementViews;
import fr.boucle.agreement.Reservation;
import fr.boucle.organisation.InsertionStatus;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Page;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.stream.Collectors;

/** The active suppliers a lot may be awarded to, for the buyer administrator's picker. */
@Singleton
public class ListEligibleSuppliers {

  private final OrganisationDirectory directory;

  ListEligibleSuppliers(OrganisationDirectory directory) {
    this.directory = directory;
  }

  public Page<AgreementViews.Party> list(
      CurrentUser user,
      @Nullable Reservation reservation,
      @Nullable String q,
      @Nullable Integer page,
      @Nullable Integer size) {
    AgreementAccess.requireBuyerAdmin(user);
    int p = Page.clampPage(page);
    int s = Page.clampSize(size);
    Set<InsertionStatus> among =
        reservation == null
            ? Set.of()
            : reservation.insertionStatuses().stream()
                .map(InsertionStatus::valueOf)
                .collect(Collectors.toSet());
    OrganisationDirectory.Found found = directory.activeSuppliers(q, among, p, s);
    return new Page<>(
        found.entries().stream().map(ViewAgreement::party).toList(), p, s, found.total());
  }
}
