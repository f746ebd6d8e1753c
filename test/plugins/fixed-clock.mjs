/**
 * Puts test/fixtures/clock.js first in every HTML page the test server serves: the test runner's
 * own test pages, every fixture, the docs' snippet pages and any page added later, so that none
 * reads the real clock and no page has to remember a script tag. The script is external and
 * same-origin, which the strictest Content-Security-Policy fixture allows. A page that already
 * loads clock.js is left as it is (the script also runs only once per page).
 * Frames that tests build themselves (about:blank, srcdoc) get it from test/support/frame.ts.
 */
export const CLOCK_PATH = '/test/fixtures/clock.js';

const SCRIPT_SRC = /<script\b[^>]*?\bsrc\s*=\s*(["']?)([^"'\s>]+)\1/gi;
// The opening tag the script goes after: <head>, or failing that <html>, or the doctype.
const OPENINGS = [/<head\b[^>]*>/i, /<html\b[^>]*>/i, /<!doctype[^>]*>/i];

/** Whether the page loads clock.js itself, by any address that leads to it. */
function loadsClock(html, pagePath) {
  const base = new URL(pagePath, 'http://test.invalid');
  return [...html.matchAll(SCRIPT_SRC)].some(
    ([, , src]) => new URL(src, base).pathname === CLOCK_PATH,
  );
}

/** The page with the clock's script tag first in it. */
export function withClock(html, pagePath = '/') {
  if (loadsClock(html, pagePath)) return html;
  const tag = `<script src="${CLOCK_PATH}"></script>`;
  const opening = OPENINGS.map((pattern) => pattern.exec(html)).find(Boolean);
  const at = opening ? opening.index + opening[0].length : 0;
  return html.slice(0, at) + tag + html.slice(at);
}

export function fixedClock() {
  return {
    name: 'fixed-clock',
    // The instant .ci/night set the machine's clock to (NIGHT_PASS_AT, in seconds), if any, so
    // that test/host/fixed-clock.test.ts can check that the browsers' clocks were moved.
    serve(context) {
      if (context.path !== '/test/machine-clock.json') return undefined;
      const at = Number(process.env.NIGHT_PASS_AT) * 1000 || null;
      return { body: JSON.stringify({ at }), type: 'json' };
    },
    transform(context) {
      if (!context.response.is('html') || typeof context.body !== 'string') return undefined;
      // Not cached: the runner's pages differ per session, and the snippet pages per edit.
      return { body: withClock(context.body, context.path), transformCache: false };
    },
  };
}
