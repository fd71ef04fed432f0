package fr.boucle.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The operator's legal notice and data protection contact (boucle.legal.*), shown on the "Mentions
 * légales" and "Données personnelles" pages. application.yml holds neutral placeholders: the
 * operator sets the real values (loi n° 2004-575 du 21 juin 2004, art. 6-III; RGPD art. 13).
 */
@ConfigurationProperties("boucle.legal")
public record LegalSettings(
    String publisherName,
    String publisherAddress,
    String publisherEmail,
    String publisherPhone,
    String publisherRegistration,
    String director,
    String hostName,
    String hostAddress,
    String hostPhone,
    String dataProtectionContact,
    String dataProtectionEmail,
    String dataProtectionAddress) {}
