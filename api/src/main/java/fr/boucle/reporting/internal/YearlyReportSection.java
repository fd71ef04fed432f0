package fr.boucle.reporting.internal;

import fr.boucle.shared.security.CurrentUser;

/**
 * One section of the yearly PDF report: XHTML for openhtmltopdf (every value escaped with {@link
 * YearlyHtml#e}), in French. Sections are beans, ordered by {@link #position()}; another slice adds
 * its own by declaring one (spend per agreement and lot, inclusive spend, insertion hours…).
 */
interface YearlyReportSection {

  int position();

  /** The section's markup for the buyer and year (an h2 and what follows). */
  String html(CurrentUser user, int year);
}
