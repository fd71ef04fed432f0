package fr.boucle.shared.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long Boucle keeps each kind of personal data (boucle.retention.*): read by the jobs that
 * delete or deactivate (organisation's RetentionJobs, the mail relay, the stock import's sweep) and
 * shown on the personal-data page (GET /api/legal), so the page says what the jobs do.
 *
 * @param signInFailures failed sign-ins (address, client IP); at least the throttling window
 * @param expiredLinks invitations and password-reset links, counted from their expiry (or use)
 * @param importFiles uploaded stock-import files and their staged lines, after the import's last
 *     change
 * @param sentMails e-mails already sent, in the outbox
 * @param inactiveAccounts accounts without a sign-in for this long are deactivated
 * @param inactivityWarning the warning e-mail goes this long before the deactivation
 * @param ordersAndInvoices orders and invoices (accounting records; no job deletes them)
 * @param auditTrail the audit trail (no job deletes it)
 */
@ConfigurationProperties("boucle.retention")
public record RetentionSettings(
    @Bindable(defaultValue = "15m") Duration signInFailures,
    @Bindable(defaultValue = "30d") Duration expiredLinks,
    @Bindable(defaultValue = "24h") Duration importFiles,
    @Bindable(defaultValue = "7d") Duration sentMails,
    @Bindable(defaultValue = "730d") Duration inactiveAccounts,
    @Bindable(defaultValue = "30d") Duration inactivityWarning,
    @Bindable(defaultValue = "3653d") Duration ordersAndInvoices,
    @Bindable(defaultValue = "1826d") Duration auditTrail) {}
