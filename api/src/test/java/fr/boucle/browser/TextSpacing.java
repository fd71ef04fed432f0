package fr.boucle.browser;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * RGAA 10.12 / WCAG 1.4.12 (text spacing): with line height 1.5, paragraph spacing 2 em, letter
 * spacing 0.12 em and word spacing 0.16 em forced on every element (the W3C bookmarklet's style),
 * no text may be cut or overlap: no element that hides its overflow is then too small for its text,
 * no fixed-height box lets its text spill over what follows, and the page does not scroll sideways.
 */
final class TextSpacing {

  private TextSpacing() {}

  /** The WCAG 1.4.12 style, as the W3C's bookmarklet injects it. */
  static final String STYLE =
      "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
          + " word-spacing: 0.16em !important; }"
          + " p { margin-bottom: 2em !important; }";

  /** What overflows already without the spacing (icon-only buttons hide their words on purpose). */
  private static final String MARK_BEFORE =
      "window.__wcagBefore = new Set(); for (const e of document.querySelectorAll('body *')) {"
          + " if (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)"
          + " window.__wcagBefore.add(e); }";

  /**
   * Notes what overflows as the page is, forces the spacing, then waits two frames for the layout
   * to follow.
   */
  static void apply(BrowserSession browser) {
    ((JavascriptExecutor) browser.driver())
        .executeAsyncScript(
            MARK_BEFORE
                + "; const done = arguments[arguments.length - 1];"
                + " let s = document.getElementById('wcag-1412');"
                + " if (!s) { s = document.createElement('style'); s.id = 'wcag-1412';"
                + "  document.head.appendChild(s); }"
                + " s.textContent = arguments[0];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
            STYLE);
  }

  /**
   * What the spacing cuts or makes overlap, one line each (none: empty): words outside a box that
   * hides its overflow (the box did not overflow before the spacing), text spilling out of a fixed
   * height, and sideways scrolling of the page. Text inside a box that scrolls (a wide table's
   * focusable container) stays reachable and is not counted; visually hidden text (fr-sr-only, 1 px
   * boxes) and words an element already hid before the spacing (icon-only buttons) are not counted.
   */
  @SuppressWarnings("unchecked")
  static List<String> problems(BrowserSession browser) {
    return (List<String>)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const out = []; const before = window.__wcagBefore || new Set();"
                    + " const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + "  + (typeof e.className === 'string' && e.className.trim()"
                    + "     ? '.' + e.className.trim().split(/\\s+/).join('.') : '');"
                    + " const hidden = e => { const r = e.getBoundingClientRect();"
                    + "  const cs = getComputedStyle(e);"
                    + "  return r.width <= 2 || r.height <= 2 || cs.visibility === 'hidden'"
                    + "   || cs.display === 'none'"
                    + "   || e.closest('.fr-sr-only, [hidden], dialog:not([open])') !== null; };"
                    + " for (const e of document.querySelectorAll('body *')) {"
                    + "  if (before.has(e) || hidden(e)) continue;"
                    + "  const cs = getComputedStyle(e);"
                    + "  const clips = ['hidden', 'clip'].includes(cs.overflowX)"
                    + "   || ['hidden', 'clip'].includes(cs.overflowY);"
                    + "  const over = e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;"
                    + "  if (!over || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.tagName)) continue;"
                    + "  let scroller = false;"
                    + "  for (let p = e; p && p !== document.body; p = p.parentElement) {"
                    + "   const o = getComputedStyle(p).overflowX;"
                    + "   if (o === 'auto' || o === 'scroll') { scroller = true; break; } }"
                    + "  if (scroller) continue;"
                    + "  const box = e.getBoundingClientRect();"
                    + "  const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);"
                    + "  const cut = [];"
                    + "  for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
                    + "   if (n.textContent.trim() === '') continue;"
                    + "   let skip = false;"
                    + "   for (let p = n.parentElement; p && p !== e; p = p.parentElement) {"
                    + "    if (before.has(p) || hidden(p)) { skip = true; break; } }"
                    + "   if (skip) continue;"
                    + "   const range = document.createRange(); range.selectNodeContents(n);"
                    + "   const r = range.getBoundingClientRect();"
                    + "   if (r.width === 0) continue;"
                    + "   const outside = r.right > box.right + 1 || r.left < box.left - 1"
                    + "    || r.bottom > box.bottom + 1;"
                    + "   if (outside) cut.push(n.textContent.trim().slice(0, 40));"
                    + "  }"
                    + "  if (cut.length === 0) continue;"
                    + "  out.push((clips ? 'cut by ' : 'spills out of ') + name(e) + ' ('"
                    + "   + Math.round(box.width) + 'x' + Math.round(box.height) + '): \"'"
                    + "   + cut.slice(0, 3).join('\", \"') + '\"');"
                    + " }"
                    + " const d = document.documentElement;"
                    + " const sideways = Math.max(d.scrollWidth, document.body.scrollWidth) - d.clientWidth;"
                    + " if (sideways > 0) out.push('the page scrolls sideways by ' + sideways + ' px');"
                    + " return out;");
  }
}
