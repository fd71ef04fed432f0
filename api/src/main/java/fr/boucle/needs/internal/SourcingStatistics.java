package fr.boucle.needs.internal;

import fr.boucle.needs.NeedAudience;
import fr.boucle.needs.NeedOutcome;
import fr.boucle.needs.SourcingFigures;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The buyer admin's sourcing statistics: the needs the organisation created between two dates, how
 * they were answered (proposals, "not for us", by insertion structures) and what came of them.
 * Insertion statuses are read through organisation's {@link OrganisationDirectory}.
 */
@Singleton
public class SourcingStatistics {

  /** The longest period asked at once: ten years of months. */
  static final int MAX_MONTHS = 120;

  private final Sql sql;
  private final OrganisationDirectory directory;

  SourcingStatistics(Sql sql, OrganisationDirectory directory) {
    this.sql = sql;
    this.directory = directory;
  }

  public SourcingFigures figures(CurrentUser user, @Nullable String from, @Nullable String to) {
    if (!user.isBuyer() || user.isApiToken() || !user.hasRole(Role.BUYER_ADMIN)) {
      throw new Forbidden(ProblemCode.SOURCING_STATISTICS_ADMIN_ONLY);
    }
    ValidationFailed.Collector e = new ValidationFailed.Collector();
    LocalDate end = date(to, "to", e);
    LocalDate today = NeedAccess.today();
    if (end == null && !e.has("to")) {
      end = today;
    }
    LocalDate start = date(from, "from", e);
    if (start == null && !e.has("from") && end != null) {
      start = YearMonth.from(end).minusMonths(11).atDay(1);
    }
    if (start != null && end != null) {
      if (start.isAfter(end)) {
        e.add("from", ProblemCode.FROM_AFTER_TO);
      } else if (YearMonth.from(start).plusMonths(MAX_MONTHS).isBefore(YearMonth.from(end))) {
        e.add("to", ProblemCode.RANGE_TOO_LONG_YEARS, "years", MAX_MONTHS / 12);
      }
    }
    e.throwIfAny();
    return compute(user.organisationId(), start, end);
  }

  private SourcingFigures compute(UUID buyerId, LocalDate start, LocalDate end) {
    OffsetDateTime lower = start.atStartOfDay(NeedAccess.PARIS).toOffsetDateTime();
    OffsetDateTime upper = end.plusDays(1).atStartOfDay(NeedAccess.PARIS).toOffsetDateTime();
    List<NeedRow> needs =
        sql.list(
            "SELECT n.id, n.status, n.outcome, n.outcome_amount_cents,"
                + " to_char(n.created_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month,"
                + " (SELECT count(*) FROM need_answer a WHERE a.need_id = n.id"
                + "   AND a.kind = 'PROPOSAL') AS proposals,"
                + " (SELECT count(*) FROM need_answer a WHERE a.need_id = n.id"
                + "   AND a.kind = 'NOT_FOR_US') AS not_for_us,"
                + " ARRAY(SELECT a.supplier_id FROM need_answer a WHERE a.need_id = n.id"
                + "   AND a.kind = 'PROPOSAL' UNION SELECT p.supplier_id FROM need_answer a"
                + "   JOIN need_answer_partner p ON p.answer_id = a.id WHERE a.need_id = n.id"
                + "   AND a.kind = 'PROPOSAL') AS proposers"
                + " FROM need n WHERE n.buyer_id = ? AND n.created_at >= ? AND n.created_at < ?",
            rs ->
                new NeedRow(
                    rs.getString("status"),
                    rs.getString("outcome"),
                    rs.getObject("outcome_amount_cents", Long.class),
                    rs.getString("month"),
                    rs.getLong("proposals"),
                    rs.getLong("not_for_us"),
                    Sql.uuids(rs, "proposers")),
            buyerId,
            lower,
            upper);
    Set<UUID> proposers = new HashSet<>();
    needs.forEach(n -> proposers.addAll(n.proposers()));
    Set<UUID> insertion = new HashSet<>();
    for (OrganisationDirectory.Entry entry : directory.withIds(proposers)) {
      if (entry.insertionStatus() != null
          && NeedAudience.INSERTION.contains(entry.insertionStatus())) {
        insertion.add(entry.id());
      }
    }

    Map<String, Long> byStatus = new HashMap<>();
    Map<NeedOutcome, long[]> outcomes = new EnumMap<>(NeedOutcome.class);
    for (NeedOutcome o : NeedOutcome.values()) {
      outcomes.put(o, new long[2]);
    }
    Map<String, long[]> months = new LinkedHashMap<>();
    for (YearMonth m = YearMonth.from(start);
        !m.isAfter(YearMonth.from(end));
        m = m.plusMonths(1)) {
      months.put(m.toString(), new long[2]);
    }
    long proposals = 0;
    long notForUs = 0;
    long answered = 0;
    long insertionAnswered = 0;
    for (NeedRow n : needs) {
      byStatus.merge(n.status(), 1L, Long::sum);
      if (n.outcome() != null) {
        long[] o = outcomes.get(NeedOutcome.valueOf(n.outcome()));
        o[0]++;
        o[1] += n.amountCents() == null ? 0 : n.amountCents();
      }
      proposals += n.proposals();
      notForUs += n.notForUs();
      long[] month = months.computeIfAbsent(n.month(), k -> new long[2]);
      month[0]++;
      if (n.proposals() > 0) {
        answered++;
        month[1]++;
      }
      if (n.proposers().stream().anyMatch(insertion::contains)) {
        insertionAnswered++;
      }
    }
    long published = needs.size();
    List<SourcingFigures.Outcome> outcomeList = new ArrayList<>();
    outcomes.forEach((o, v) -> outcomeList.add(new SourcingFigures.Outcome(o, v[0], v[1])));
    List<SourcingFigures.Month> monthList = new ArrayList<>();
    months.forEach((m, v) -> monthList.add(new SourcingFigures.Month(m, v[0], v[1])));
    return new SourcingFigures(
        start,
        end,
        published,
        byStatus.getOrDefault("OPEN", 0L),
        byStatus.getOrDefault("CLOSED", 0L),
        byStatus.getOrDefault("CANCELLED", 0L),
        proposals,
        notForUs,
        average(proposals, published),
        average(notForUs, published),
        answered,
        insertionAnswered,
        basisPoints(insertionAnswered, published),
        outcomeList,
        monthList);
  }

  /** total / count with two decimals, half up; "0.00" when there is nothing to average. */
  static String average(long total, long count) {
    if (count == 0) {
      return "0.00";
    }
    return BigDecimal.valueOf(total)
        .divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** part / whole in basis points, half up; 0 when the whole is 0. */
  static int basisPoints(long part, long whole) {
    if (whole == 0) {
      return 0;
    }
    return BigDecimal.valueOf(part * 10_000)
        .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
        .intValueExact();
  }

  private static @Nullable LocalDate date(
      @Nullable String value, String field, ValidationFailed.Collector e) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException ex) {
      e.add(field, ProblemCode.DATE_FORMAT);
      return null;
    }
  }

  private record NeedRow(
      String status,
      @Nullable String outcome,
      @Nullable Long amountCents,
      String month,
      long proposals,
      long notForUs,
      List<UUID> proposers) {}
}
