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

  /** Forces the spacing on the page, then waits two frames for the layout to follow. */
  static void apply(BrowserSession browser) {
    ((JavascriptExecutor) browser.driver())
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " let s = document.getElementById('wcag-1412');"
                + " if (!s) { s = document.createElement('style'); s.id = 'wcag-1412';"
                + "  document.head.appendChild(s); }"
                + " s.textContent = arguments[0];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
            STYLE);
  }

  /**
   * What the spacing cuts or makes overlap, one line each ("" none): the element, its text, and its
   * box against its content. Visually hidden text (fr-sr-only, 1 px boxes), form controls (their
   * value scrolls inside them) and boxes that scroll on purpose (overflow auto/scroll) are not
   * counted.
   */
  @SuppressWarnings("unchecked")
  static List<String> problems(BrowserSession browser) {
    return (List<String>)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const out = [];"
                    + " const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + "  + (typeof e.className === 'string' && e.className.trim()"
                    + "     ? '.' + e.className.trim().split(/\\s+/).join('.') : '');"
                    + " const hidden = e => { const r = e.getBoundingClientRect();"
                    + "  const cs = getComputedStyle(e);"
                    + "  return r.width <= 2 || r.height <= 2 || cs.visibility === 'hidden'"
                    + "   || cs.display === 'none' || e.closest('.fr-sr-only, [hidden], dialog:not([open])'); };"
                    + " const ownText = e => Array.from(e.childNodes).some(n => n.nodeType === 3"
                    + "  && n.textContent.trim() !== '');"
                    + " const textOf = e => (e.innerText || '').trim().replace(/\\s+/g, ' ').slice(0, 60);"
                    + " for (const e of document.querySelectorAll('body *')) {"
                    + "  if (['INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'SCRIPT', 'STYLE', 'svg', 'IMG',"
                    + "   'CANVAS', 'IFRAME'].includes(e.tagName)) continue;"
                    + "  const cs = getComputedStyle(e);"
                    + "  if (cs.display === 'inline' || cs.display === 'contents') continue;"
                    + "  const text = textOf(e);"
                    + "  if (text === '' || hidden(e)) continue;"
                    + "  const cutX = ['hidden', 'clip'].includes(cs.overflowX)"
                    + "   && e.scrollWidth > e.clientWidth + 1;"
                    + "  const cutY = ['hidden', 'clip'].includes(cs.overflowY)"
                    + "   && e.scrollHeight > e.clientHeight + 1;"
                    + "  const spillsFixed = cs.overflowY === 'visible' && ownText(e)"
                    + "   && e.clientHeight > 0 && e.scrollHeight > e.clientHeight + 2;"
                    + "  if (cutX || cutY) out.push((cutX ? 'cut sideways ' : 'cut below ') + name(e)"
                    + "   + ' \"' + text + '\" box ' + e.clientWidth + 'x' + e.clientHeight"
                    + "   + ' content ' + e.scrollWidth + 'x' + e.scrollHeight);"
                    + "  else if (spillsFixed) out.push('spills out of its height ' + name(e)"
                    + "   + ' \"' + text + '\" box ' + e.clientWidth + 'x' + e.clientHeight"
                    + "   + ' content ' + e.scrollWidth + 'x' + e.scrollHeight);"
                    + " }"
                    + " const d = document.documentElement;"
                    + " const sideways = Math.max(d.scrollWidth, document.body.scrollWidth) - d.clientWidth;"
                    + " if (sideways > 0) out.push('the page scrolls sideways by ' + sideways + ' px');"
                    + " return out;");
  }
}
