/**
 * No page a test opens reads the real clock: each kind of page reads the fixed clock of
 * test/fixtures/clock.js (a Monday at noon in the UK unless the test chooses a moment), whatever
 * the hour the tests run at. test/plugins/fixed-clock.mjs gives it to every page the test server
 * serves, test/support/frame.ts to the frames a test builds itself. CI also runs the whole suite
 * with the machine's clock set to a night-time instant (.ci/run).
 */
import { expect } from '@open-wc/testing';
import { MONDAY_NOON, setClock } from '../support/clock.js';
import { blankFrame } from '../support/frame.js';
import { openHostPage } from '../support/host-page.js';

// Read as the module loads, before clock.ts's hooks set the moment for each test.
const testPageAtStart = Date.now();

const SUNDAY_NIGHT = '2026-12-06T23:30:00Z';

/** The clock reads `instant`, or a little after it (the time taken since it was set). */
function expectAt(now: number, instant: string, what: string) {
  const late = now - Date.parse(instant);
  expect(late, `${what}: ${new Date(now).toISOString()}, not ${instant}`).to.be.within(0, 600_000);
}

/** A page from the test server in an iframe of this page, once loaded. */
async function served(path: string) {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return { frame, window: frame.contentWindow as Window & typeof globalThis };
}

describe('Every page a test opens reads the fixed clock', () => {
  it("the test runner's own test page", () => {
    expectAt(testPageAtStart, MONDAY_NOON, 'the test page');
  });

  it('a fixture page that does not load clock.js itself, and the moment a test chooses there', async () => {
    const html = await (await fetch('/test/fixtures/no-script.html')).text();
    expect(html.match(/<script\b[^>]*>/)?.[0], 'the first script served').to.equal(
      '<script src="/test/fixtures/clock.js">',
    );
    for (const at of [undefined, SUNDAY_NIGHT]) {
      const page = await openHostPage('no-script.html', { upgrade: false, at });
      try {
        expectAt(page.window.Date.now(), at ?? MONDAY_NOON, `no-script.html, at ${at}`);
      } finally {
        page.remove();
      }
    }
  });

  it('a page of the docs’ snippets', async () => {
    const snippets: { id: string; kind?: string; skip?: string }[] = await (
      await fetch('/docs-snippets/index.json')
    ).json();
    const snippet = snippets.find((each) => each.kind === 'html' && !each.skip)!;
    const { frame, window: w } = await served(`/docs-snippets/${snippet.id}.html?script=off`);
    try {
      expectAt(w.Date.now(), MONDAY_NOON, snippet.id);
    } finally {
      frame.remove();
    }
  });

  it('a blank frame (about:blank) made with blankFrame, before and after document.write, moving with the test page’s clock', async () => {
    const { frame, window: w, document: doc } = await blankFrame();
    try {
      expectAt(w.Date.now(), MONDAY_NOON, 'the blank frame');
      doc.open();
      doc.write('<!doctype html><title>Written</title><p>Written by the test.</p>');
      doc.close();
      expectAt(w.Date.now(), MONDAY_NOON, 'the frame after document.write');
      setClock(SUNDAY_NIGHT);
      expectAt(w.Date.now(), SUNDAY_NIGHT, 'the frame, the test page’s clock moved');
    } finally {
      frame.remove();
    }
  });

  it('a srcdoc frame made with blankFrame, in standards mode', async () => {
    setClock(SUNDAY_NIGHT);
    const {
      frame,
      window: w,
      document: doc,
    } = await blankFrame({
      srcdoc: '<!doctype html><html lang="en"><title>srcdoc</title><p>A srcdoc page.</p></html>',
    });
    try {
      expectAt(w.Date.now(), SUNDAY_NIGHT, 'the srcdoc frame');
      expect(doc.compatMode).to.equal('CSS1Compat');
    } finally {
      frame.remove();
    }
  });

  it('in the night-time pass, the browser’s own clock was moved to the night (skipped in other runs)', async function () {
    const { at } = await (await fetch('/test/machine-clock.json')).json();
    if (!at) this.skip();
    // The machine's clock, which clock.js leaves alone; the pass takes some minutes.
    const machine = performance.timeOrigin + performance.now();
    expect(machine - at, new Date(machine).toISOString()).to.be.within(0, 3_600_000);
  });

  it('a blank frame that blankFrame makes inside a host page follows that page’s clock', async () => {
    const page = await openHostPage('no-script.html', { upgrade: false, at: SUNDAY_NIGHT });
    try {
      const { window: w } = await blankFrame({ parent: page.document.body });
      expectAt(w.Date.now(), SUNDAY_NIGHT, 'the frame in the host page');
    } finally {
      page.remove();
    }
  });
});
