package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditEvent;
import fr.boucle.organisation.PersonalData;
import fr.boucle.organisation.PersonalDataSource;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The copy of a person's data as a page a person reads (French or English): the same content as the
 * JSON copy, in sections and tables, every value escaped.
 */
public final class PersonalDataSummary {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PARIS);

  private static final Map<String, String> FR =
      Map.ofEntries(
          Map.entry("title", "Vos données personnelles sur Boucle"),
          Map.entry("exported", "Copie établie le"),
          Map.entry("profile", "Votre profil"),
          Map.entry("name", "Nom"),
          Map.entry("email", "Adresse électronique"),
          Map.entry("organisation", "Organisation"),
          Map.entry("active", "Compte actif"),
          Map.entry("password", "Mot de passe défini"),
          Map.entry("oidc", "Identité ProConnect liée"),
          Map.entry("created", "Compte créé le"),
          Map.entry("roles", "Vos rôles"),
          Map.entry("services", "Vos services"),
          Map.entry("signIns", "Connexions"),
          Map.entry("lastSignIn", "Dernière connexion"),
          Map.entry("sessionsEnded", "Fins de sessions (déconnexions, changements)"),
          Map.entry("failures", "Échecs de connexion enregistrés"),
          Map.entry("address", "Adresse IP"),
          Map.entry("tokens", "Jetons d’API que vous avez créés (sans leur secret)"),
          Map.entry("scopes", "Droits"),
          Map.entry("lastUsed", "Dernier usage"),
          Map.entry("revoked", "Révoqué le"),
          Map.entry("audit", "Journal d’audit vous concernant"),
          Map.entry("action", "Action"),
          Map.entry("object", "Objet"),
          Map.entry("date", "Date"),
          Map.entry("reference", "Référence"),
          Map.entry("kind", "Nature"),
          Map.entry("summary", "Résumé"),
          Map.entry("orders", "Commandes que vous avez passées"),
          Map.entry("needs", "Besoins, réponses et messages que vous avez rédigés"),
          Map.entry("none", "Aucun"),
          Map.entry("yes", "oui"),
          Map.entry("no", "non"));

  private static final Map<String, String> EN =
      Map.ofEntries(
          Map.entry("title", "Your personal data on Boucle"),
          Map.entry("exported", "Copy made on"),
          Map.entry("profile", "Your profile"),
          Map.entry("name", "Name"),
          Map.entry("email", "E-mail address"),
          Map.entry("organisation", "Organisation"),
          Map.entry("active", "Account active"),
          Map.entry("password", "Password set"),
          Map.entry("oidc", "ProConnect identity linked"),
          Map.entry("created", "Account created on"),
          Map.entry("roles", "Your roles"),
          Map.entry("services", "Your services"),
          Map.entry("signIns", "Sign-ins"),
          Map.entry("lastSignIn", "Last sign-in"),
          Map.entry("sessionsEnded", "Sessions ended (sign-outs, changes)"),
          Map.entry("failures", "Failed sign-ins recorded"),
          Map.entry("address", "IP address"),
          Map.entry("tokens", "API tokens you created (without their secret)"),
          Map.entry("scopes", "Scopes"),
          Map.entry("lastUsed", "Last used"),
          Map.entry("revoked", "Revoked on"),
          Map.entry("audit", "Audit entries about you"),
          Map.entry("action", "Action"),
          Map.entry("object", "Object"),
          Map.entry("date", "Date"),
          Map.entry("reference", "Reference"),
          Map.entry("kind", "Kind"),
          Map.entry("summary", "Summary"),
          Map.entry("orders", "Orders you placed"),
          Map.entry("needs", "Needs, answers and messages you wrote"),
          Map.entry("none", "None"),
          Map.entry("yes", "yes"),
          Map.entry("no", "no"));

  private PersonalDataSummary() {}

  public static String html(PersonalData data, String language) {
    boolean english = "en".equals(language);
    Map<String, String> l = english ? EN : FR;
    PersonalData.Profile p = data.profile();
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html><html lang=\"")
        .append(english ? "en" : "fr")
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(l.get("title")))
        .append("</title></head><body><main><h1>")
        .append(esc(l.get("title")))
        .append("</h1><p>")
        .append(esc(l.get("exported")))
        .append(' ')
        .append(when(data.exportedAt()))
        .append("</p>");
    h.append("<h2>").append(esc(l.get("profile"))).append("</h2><dl>");
    term(h, l.get("name"), p.fullName());
    term(h, l.get("email"), p.email());
    term(h, l.get("organisation"), p.organisationName());
    term(h, l.get("active"), l.get(p.active() ? "yes" : "no"));
    term(h, l.get("password"), l.get(p.passwordSet() ? "yes" : "no"));
    term(h, l.get("oidc"), p.oidcSubject() == null ? l.get("no") : p.oidcSubject());
    term(h, l.get("created"), when(p.createdAt()));
    h.append("</dl>");
    list(h, l.get("roles"), data.roles(), l);
    list(
        h, l.get("services"), data.services().stream().map(PersonalData.Service::name).toList(), l);
    h.append("<h2>").append(esc(l.get("signIns"))).append("</h2><dl>");
    term(h, l.get("lastSignIn"), when(data.signIns().lastSignedInAt()));
    term(h, l.get("sessionsEnded"), String.valueOf(data.signIns().sessionsEndedCount()));
    h.append("</dl>");
    table(
        h,
        l.get("failures"),
        List.of(l.get("date"), l.get("address")),
        data.signIns().failures(),
        f -> List.of(when(f.occurredAt()), f.clientAddress()),
        l);
    table(
        h,
        l.get("tokens"),
        List.of(
            l.get("name"), l.get("scopes"), l.get("created"), l.get("lastUsed"), l.get("revoked")),
        data.apiTokens(),
        t ->
            List.of(
                t.name() + " (" + t.prefix() + "…)",
                String.join(", ", t.scopes()),
                when(t.createdAt()),
                when(t.lastUsedAt()),
                when(t.revokedAt())),
        l);
    for (Map.Entry<String, List<PersonalDataSource.AuthoredRecord>> section :
        data.authored().entrySet()) {
      table(
          h,
          l.getOrDefault(section.getKey(), section.getKey()),
          List.of(l.get("reference"), l.get("kind"), l.get("date"), l.get("summary")),
          section.getValue(),
          r -> List.of(r.reference(), r.kind(), when(r.at()), r.summary()),
          l);
    }
    table(
        h,
        l.get("audit"),
        List.of(l.get("date"), l.get("action"), l.get("object")),
        data.audit(),
        (AuditEvent e) ->
            List.of(
                when(e.occurredAt()),
                e.action(),
                e.objectType() + (e.objectId() == null ? "" : " " + e.objectId())),
        l);
    return h.append("</main></body></html>").toString();
  }

  private static void term(StringBuilder h, String term, String value) {
    h.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>");
  }

  private static void list(
      StringBuilder h, String title, List<String> items, Map<String, String> l) {
    h.append("<h2>").append(esc(title)).append("</h2>");
    if (items.isEmpty()) {
      h.append("<p>").append(esc(l.get("none"))).append("</p>");
      return;
    }
    h.append("<ul>");
    items.forEach(i -> h.append("<li>").append(esc(i)).append("</li>"));
    h.append("</ul>");
  }

  private static <T> void table(
      StringBuilder h,
      String title,
      List<String> headers,
      List<T> rows,
      Function<T, List<String>> cells,
      Map<String, String> l) {
    h.append("<h2>").append(esc(title)).append("</h2>");
    if (rows.isEmpty()) {
      h.append("<p>").append(esc(l.get("none"))).append("</p>");
      return;
    }
    h.append("<table><thead><tr>");
    headers.forEach(c -> h.append("<th scope=\"col\">").append(esc(c)).append("</th>"));
    h.append("</tr></thead><tbody>");
    for (T row : rows) {
      h.append("<tr>");
      cells.apply(row).forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
      h.append("</tr>");
    }
    h.append("</tbody></table>");
  }

  private static String when(Instant at) {
    return at == null ? "—" : WHEN.format(at);
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
