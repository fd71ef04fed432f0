package fr.boucle.needs.internal;

import fr.boucle.needs.AlertFrequency;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails each person one digest a day (Paris time, from 7 a.m.) of the needs its daily saved
 * searches found since the last one: each need once, only if still open and still visible to the
 * person's organisation; a need already mailed to the person (by an immediate search) is left out.
 * The scheduler calls it with the current time; tests pass theirs.
 */
@Singleton
public class SendNeedDigests {

  private static final Logger LOG = LoggerFactory.getLogger(SendNeedDigests.class);
  static final LocalTime DIGEST_FROM = LocalTime.of(7, 0);

  private final SavedNeedSearches searches;
  private final Needs needs;
  private final NeedAccess access;
  private final SavedSearchMails mails;

  SendNeedDigests(
      SavedNeedSearches searches, Needs needs, NeedAccess access, SavedSearchMails mails) {
    this.searches = searches;
    this.needs = needs;
    this.access = access;
    this.mails = mails;
  }

  @Scheduled(
      fixedDelay = "${boucle.needs.digest-interval:15m}",
      initialDelay = "${boucle.needs.digest-start:2m}")
  void tick() {
    try {
      int sent = send(Instant.now());
      if (sent > 0) {
        LOG.info("{} daily digest(s) of needs mailed", sent);
      }
    } catch (RuntimeException e) {
      LOG.warn("Needs digest pass failed: {}", e.getMessage());
    }
  }

  /** Sends the digests due at {@code now}; answers how many people were mailed. */
  @Transactional
  public int send(Instant now) {
    ZonedDateTime paris = now.atZone(NeedAccess.PARIS);
    if (paris.toLocalTime().isBefore(DIGEST_FROM)) {
      return 0;
    }
    LocalDate day = paris.toLocalDate();
    Map<UUID, Optional<Needs.Row>> needCache = new HashMap<>();
    int sent = 0;
    for (UUID person : searches.peopleWithPendingDigest(now)) {
      // The digest's row first: a second instance running at the same time waits on it, then
      // finds the person served.
      if (!searches.recordDigest(person, day, now)) {
        continue;
      }
      Map<UUID, Needs.Row> toSend = new LinkedHashMap<>();
      Map<UUID, SavedNeedSearches.Row> from = new LinkedHashMap<>();
      Set<UUID> pendingNeeds = new LinkedHashSet<>();
      for (SavedNeedSearches.Pending p : searches.pendingDigest(person, now)) {
        pendingNeeds.add(p.needId());
        SavedNeedSearches.Row search = searches.find(p.savedSearchId()).orElse(null);
        Needs.Row need = needCache.computeIfAbsent(p.needId(), needs::find).orElse(null);
        if (search == null
            || search.frequency() != AlertFrequency.DAILY
            || need == null
            || !need.openOn(day)
            || !access.supplierSees(search.supplierId(), need)
            || searches.mailed(person, need.id())) {
          continue;
        }
        toSend.putIfAbsent(need.id(), need);
        from.putIfAbsent(search.id(), search);
      }
      searches.handled(person, pendingNeeds, now);
      if (toSend.isEmpty()) {
        searches.forgetDigest(person, day);
        continue;
      }
      mails.digest(person, toSend.values(), new ArrayList<>(from.values()));
      sent++;
    }
    return sent;
  }
}
