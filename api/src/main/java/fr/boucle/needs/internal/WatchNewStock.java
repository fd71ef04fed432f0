package fr.boucle.needs.internal;

import fr.boucle.listing.SupplierStock;
import fr.boucle.organisation.PersonMail;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a buyer when stock matching one of its open needs goes on sale: every minute, the listings
 * published since the last look, each matched against the open needs of its category or the
 * categories above it whose visibility admits its supplier; the need's author gets one e-mail per
 * listing and need, ever (need_stock_match). The look starts a few minutes before the watermark, so
 * a publication that committed late is not missed; the match table keeps it from being told twice.
 */
@Singleton
public class WatchNewStock {

  private static final Logger LOG = LoggerFactory.getLogger(WatchNewStock.class);
  private static final Duration LATE_COMMITS = Duration.ofMinutes(5);
  private static final int BATCH = 500;

  private final Needs needs;
  private final NeedAccess access;
  private final SupplierStock stock;
  private final CategoryAncestry ancestry;
  private final PersonMail mail;

  WatchNewStock(
      Needs needs,
      NeedAccess access,
      SupplierStock stock,
      CategoryAncestry ancestry,
      PersonMail mail) {
    this.needs = needs;
    this.access = access;
    this.stock = stock;
    this.ancestry = ancestry;
    this.mail = mail;
  }

  /** Looks at the new publications; answers how many (need, listing) matches it told. */
  @Scheduled(
      fixedDelay = "${boucle.needs.stock-watch:1m}",
      initialDelay = "${boucle.needs.stock-watch-start:30s}")
  @Transactional
  public int sweep() {
    Instant watermark = needs.lockWatermark();
    List<SupplierStock.Published> published =
        stock.publishedSince(watermark.minus(LATE_COMMITS), BATCH);
    LocalDate today = NeedAccess.today();
    int told = 0;
    Instant newest = watermark;
    for (SupplierStock.Published listing : published) {
      if (listing.publishedAt().isAfter(newest)) {
        newest = listing.publishedAt();
      }
      for (Needs.Row need : needs.openIn(ancestry.of(listing.categoryId()), today)) {
        if (access.supplierSees(listing.supplierId(), need)
            && needs.recordMatch(need.id(), listing.listingId())) {
          tell(need, listing);
          told++;
        }
      }
    }
    needs.moveWatermark(newest);
    if (told > 0) {
      LOG.info("{} new listing(s) told to the buyers of matching needs", told);
    }
    return told;
  }

  private void tell(Needs.Row need, SupplierStock.Published listing) {
    String item = mail.link("/catalogue/" + listing.listingId());
    String page = mail.link("/besoins/" + need.id());
    mail.send(
        need.authorId(),
        new PersonMail.Letter(
            "Nouveau en stock pour votre besoin : " + need.title(),
            "Un article correspondant à votre besoin « "
                + need.title()
                + " » vient d'être mis en vente : "
                + listing.title()
                + ".\n"
                + item
                + "\n\nVotre besoin et ses réponses :\n"
                + page
                + "\n"),
        new PersonMail.Letter(
            "New in stock for your need: " + need.title(),
            "An item matching your need \""
                + need.title()
                + "\" has just been put on sale: "
                + listing.title()
                + ".\n"
                + item
                + "\n\nYour need and its answers:\n"
                + page
                + "\n"));
  }
}
