package fr.boucle.reporting.internal;

import fr.boucle.shared.security.CurrentUser;

/**
 * One section of the yearly PDF report: XHTML for openhtmltopdf (every value escaped with {@link
 * YearlyHtml#e}), in the reader's language ({@link YearlyHtml.Words}). Sections are beans, ordered
 * by {@link #position()}; another slice adds its own by declaring one (spend per agreement and lot,
 * inclusive spend, insertion hours…). Tables have a caption and header cells with their scope: the
 * PDF's structure tree is made from them.
 */
interface YearlyReportSection {

  int position();

  /** The section's markup for the buyer and year (an h2 and what follows). */
  String html(CurrentUser user, int year, YearlyHtml.Words words);
}
