import { expect } from '@open-wc/testing';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { barLinks, barOf, toggles } from '../support/dom.js';
import { activate, openHostPage, rendered, settle, type HostPage } from '../support/host-page.js';

// plain.html is the README's snippet with the script; no-script.html is the same page without
// it. What the first has and the second has not, the widget brought.

/** Globals Lit itself may set (each copy adds its version); nothing else may appear. */
const litGlobals = [
  'litElementVersions',
  'litHtmlVersions',
  'litPropertyMetadata',
  'reactiveElementVersions',
];

/** Uses the widget as a person would: opens every section, follows every bar link. */
async function useWidget(page: HostPage) {
  for (const toggle of toggles(page.element)) {
    toggle.click();
  }
  await page.element.updateComplete;
  for (const link of barLinks(page.element)) activate(page, link);
  // Give any request or write the widget might make a frame to start.
  await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
}

const requests = (page: HostPage) =>
  page.window.performance.getEntriesByType('resource').map((entry) => entry.name);

describe('Privacy: the widget loads, stores and changes nothing on the page but itself', () => {
  let page: HostPage;
  let without: HostPage;
  beforeEach(async () => {
    // Small, so that both pages are in view: WebKit pauses animation frames in frames out of view.
    without = await openHostPage('no-script.html', { upgrade: false, width: 320, height: 200 });
    page = await openHostPage('plain.html');
    await useWidget(page);
  });
  afterEach(() => {
    page.remove();
    without.remove();
  });

  it('loads nothing but the bundle itself', async () => {
    // Resource Timing lists requests once they complete; the next test catches any request
    // at the moment it is made.
    await settle(page);
    const extra = requests(page).filter((url) => !requests(without).includes(url));
    expect(extra).to.deep.equal([
      new URL('/dist/online-safety-help.js', page.window.location.href).href,
    ]);
  });

  it("opens no connection of any kind: under default-src 'none', using it reports no violation", async () => {
    // csp.html allows scripts from its own origin and nothing else, so any fetch, beacon,
    // WebSocket, image, font or frame, to any origin, would be blocked and reported.
    page.remove(); // to keep the strict page in view
    const strict = await openHostPage('csp.html');
    try {
      await useWidget(strict);
      await settle(strict);
      expect(strict.violations).to.deep.equal([]);
      expect(requests(strict).filter((url) => !requests(without).includes(url))).to.deep.equal([
        new URL('/dist/online-safety-help.js', strict.window.location.href).href,
      ]);
    } finally {
      strict.remove();
    }
  });

  it('sets no cookie and writes nothing to localStorage or sessionStorage', () => {
    const record = page.record!;
    expect(record.storageWrites).to.deep.equal([]);
    expect(page.document.cookie).to.equal(record.storageAtStart.cookie);
    expect(Object.keys(page.window.localStorage)).to.deep.equal(record.storageAtStart.local);
    expect(Object.keys(page.window.sessionStorage)).to.deep.equal(record.storageAtStart.session);
  });

  it('adds no global variable beyond Lit’s own', () => {
    const names = (w: Window) => Object.getOwnPropertyNames(w);
    const added = names(page.window).filter((name) => !names(without.window).includes(name));
    expect(added.filter((name) => !litGlobals.includes(name))).to.deep.equal([]);
    // The comparison sees globals at all: Lit's render records its version.
    expect(added).to.include('litHtmlVersions');
  });

  it('adds no stylesheet to the host document', () => {
    const sheets = (p: HostPage) => ({
      styleSheets: p.document.styleSheets.length,
      adopted: p.document.adoptedStyleSheets.length,
      elements: p.document.querySelectorAll('style, link[rel~="stylesheet"]').length,
    });
    expect(sheets(page)).to.deep.equal(sheets(without));
    // The widget's styles live in its shadow root.
    expect(page.element.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
  });

  it('touches the page’s own elements only to keep space for the pinned bar, and gives it back', async () => {
    // The space is reserved after the first layout with the bar, before that frame is painted.
    await settle(page);
    const html = page.document.documentElement;
    const { body } = page.document;
    const height = barOf(page.element).getBoundingClientRect().height;
    expect(parseFloat(html.style.scrollPaddingBottom)).to.be.at.least(height - 0.5);
    expect(body.style.paddingBottom).to.not.equal('');
    page.element.remove();
    await rendered(page);
    expect(html.getAttribute('style') ?? '').to.equal('');
    expect(body.getAttribute('style') ?? '').to.equal('');
  });

  it('upgrading changes nothing in the host’s document but that reserved space', async () => {
    const changes: string[] = [];
    const observer = new without.window.MutationObserver((records) =>
      records.forEach((r) =>
        changes.push(`${r.type} ${(r.target as Element).localName} ${r.attributeName ?? ''}`),
      ),
    );
    const script = without.document.createElement('script');
    script.type = 'module';
    script.src = '/dist/online-safety-help.js';
    without.document.head.append(script);
    observer.observe(without.document, { subtree: true, childList: true, attributes: true });
    await without.window.customElements.whenDefined('online-safety-help');
    await (without.document.querySelector('online-safety-help') as OnlineSafetyHelp).updateComplete;
    await settle(without);
    observer.disconnect();
    expect([...new Set(changes)].sort()).to.deep.equal([
      'attributes body style',
      'attributes html style',
    ]);
  });
});

describe('Privacy in every region, and with region="auto"', () => {
  /** The scripts regions.html itself loads; anything else would be the widget's doing. */
  const own = [
    'clock.js',
    'time-zone-spy.js',
    'time-zone-stub.js',
    'shadow-spy.js',
    'record-page.js',
    'region-settings.js',
  ];
  for (const region of ['gb', 'ie', 'us', 'ca', 'au', 'nz', 'other', 'auto']) {
    for (const audience of ['parents', 'young-people']) {
      it(`${region}, ${audience}: using the widget, choosing another country included, loads and stores nothing`, async () => {
        const without = await openHostPage('no-script.html', {
          upgrade: false,
          width: 320,
          height: 200,
        });
        const page = await openHostPage(`regions.html?region=${region}&audience=${audience}`);
        try {
          await useWidget(page);
          const select = page.element.shadowRoot!.querySelector('select')!;
          select.value = 'nz';
          select.dispatchEvent(new Event('change', { bubbles: true }));
          await rendered(page, page.element);
          await useWidget(page);
          await settle(page);
          const expected = [
            ...own.map((name) => new URL(name, page.window.location.href).href),
            new URL('/dist/online-safety-help.js', page.window.location.href).href,
            // What the test server adds to every page, with or without the widget.
            ...requests(without),
          ];
          expect(requests(page).filter((url) => !expected.includes(url))).to.deep.equal([]);
          const record = page.record!;
          expect(record.storageWrites).to.deep.equal([]);
          expect(page.document.cookie).to.equal(record.storageAtStart.cookie);
          expect(Object.keys(page.window.localStorage)).to.deep.equal(record.storageAtStart.local);
          expect(Object.keys(page.window.sessionStorage)).to.deep.equal(
            record.storageAtStart.session,
          );
        } finally {
          page.remove();
          without.remove();
        }
      });
    }
  }
});
