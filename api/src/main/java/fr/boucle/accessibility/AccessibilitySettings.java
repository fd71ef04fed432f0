package fr.boucle.accessibility;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * Who answers the accessibility declaration's feedback (RGAA: "retour d'information et contact"): a
 * functional address of the service, never a person's own.
 *
 * @param contactEmail the address people write to when they cannot use a page or want its content
 *     in another form ({@code BOUCLE_ACCESSIBILITY_EMAIL})
 */
@ConfigurationProperties("boucle.accessibility")
public record AccessibilitySettings(@NotBlank @Email String contactEmail) {}
