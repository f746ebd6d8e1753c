/**
 * The built bundle when a host loads it more than once, beside the npm module, and when the
 * page adds, moves and removes elements: each works, and one bar is pinned, on the first.
 */
import { expect } from '@open-wc/testing';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { barOf, style } from '../support/dom.js';
import { expectWorking } from '../support/expect.js';
import { openHostPage, rendered, settle, type HostPage } from '../support/host-page.js';

const barPosition = (el: OnlineSafetyHelp) => style(barOf(el)).position;

describe('A page that loads the bundle more than once', () => {
  let page: HostPage;
  afterEach(() => page.remove());

  const cases: [string, string, RegExp][] = [
    [
      'the bundle included twice from two different URLs',
      'twice.html',
      /online-safety-help\.js\?copy=2$/,
    ],
    // The npm module imports "lit-html"; the test server resolves it from node_modules, as a
    // bundler would for a host's own build.
    [
      'the bundle, then the npm module',
      'bundle-then-module.html',
      /lib\/online-safety-help-define\.js$/,
    ],
    ['the npm module, then the bundle', 'module-then-bundle.html', /dist\/online-safety-help\.js$/],
  ];
  for (const [what, fixture, second] of cases) {
    it(`${what}: no error, one definition, a working widget`, async () => {
      page = await openHostPage(fixture);
      const loaded = page.window.performance.getEntriesByType('resource').map((e) => e.name);
      expect(loaded.some((url) => second.test(url))).to.be.true;
      // Both copies ran (each adds its version of Lit), yet the element was defined once.
      expect(page.window.litHtmlVersions).to.have.length(2);
      expect(page.errors).to.deep.equal([]);
      expect(page.document.querySelectorAll('online-safety-help:not(:defined)')).to.have.length(0);
      await expectWorking(page, page.element);
      expect(barPosition(page.element)).to.equal('fixed');
    });
  }
});

// lifecycle.html: a widget (#first) in the page before the script at the end of the body loads;
// the page's own inline styles on <html> and <body>.
describe('A page that adds, moves and removes elements', () => {
  let page: HostPage;
  let doc: Document;
  beforeEach(async () => {
    page = await openHostPage('lifecycle.html');
    doc = page.document;
  });
  afterEach(() => page.remove());

  const byId = (id: string) => doc.getElementById(id) as OnlineSafetyHelp;

  it('an element in the page before the script loads renders and works', async () => {
    expect(page.element.id).to.equal('first');
    await expectWorking(page, page.element);
    expect(barPosition(page.element)).to.equal('fixed');
    expect(page.errors).to.deep.equal([]);
  });

  it('an element made later with createElement renders and works; the first keeps the pinned bar', async () => {
    const el = doc.createElement('online-safety-help');
    el.id = 'made';
    el.setAttribute('sections', 'signs-of-grooming');
    doc.getElementById('bottom')!.append(el);
    await expectWorking(page, el);
    expect(barPosition(el)).to.equal('relative');
    expect(barPosition(byId('first'))).to.equal('fixed');
    expect(page.errors).to.deep.equal([]);
  });

  it('an element made later with innerHTML renders and works, and takes the pinned bar if it comes first', async () => {
    doc.getElementById('top')!.innerHTML =
      '<online-safety-help id="parsed" open="all"></online-safety-help>';
    const el = byId('parsed');
    await rendered(page, el, byId('first'));
    await expectWorking(page, el);
    expect(barPosition(el)).to.equal('fixed');
    expect(barPosition(byId('first'))).to.equal('relative');
    expect(page.errors).to.deep.equal([]);
  });

  it('an element moved in the DOM still works, and the pinned bar follows the first element', async () => {
    const second = doc.createElement('online-safety-help');
    second.id = 'second';
    doc.getElementById('bottom')!.append(second);
    await rendered(page, second);
    const first = byId('first');
    expect([barPosition(first), barPosition(second)]).to.deep.equal(['fixed', 'relative']);

    doc.getElementById('top')!.append(second);
    await rendered(page, first, second);
    expect([barPosition(first), barPosition(second)]).to.deep.equal(['relative', 'fixed']);
    await expectWorking(page, second);

    doc.getElementById('top')!.append(first);
    doc.getElementById('bottom')!.append(second);
    await rendered(page, first, second);
    expect([barPosition(first), barPosition(second)]).to.deep.equal(['fixed', 'relative']);
    await expectWorking(page, first);
    // One landmark named "Get help now" on the page, on the pinned bar.
    expect(barOf(first).getAttribute('role')).to.equal('region');
    expect(barOf(second).getAttribute('role')).not.to.equal('region');
    expect(page.errors).to.deep.equal([]);
  });

  it('removing the pinned element, again and again, leaves one pinned bar on the first element left', async () => {
    for (const [i, place] of ['top', 'bottom', 'top', 'bottom'].entries()) {
      const el = doc.createElement('online-safety-help');
      el.id = `added-${i}`;
      doc.getElementById(place)!.append(el);
    }
    let left = [...doc.querySelectorAll<OnlineSafetyHelp>('online-safety-help')];
    await rendered(page, ...left);
    while (left.length) {
      const pinned = left.filter((el) => barPosition(el) === 'fixed');
      expect(pinned.map((el) => el.id)).to.deep.equal([left[0].id]);
      pinned[0].remove();
      left = [...doc.querySelectorAll<OnlineSafetyHelp>('online-safety-help')];
      await rendered(page, ...left);
    }
    expect(doc.documentElement.getAttribute('style')).to.equal('scroll-padding-bottom: 8px;');
    expect(page.errors).to.deep.equal([]);
  });

  it('space kept for the pinned bar is given back to the page when the elements go', async () => {
    // The space is reserved after the first layout with the bar, before that frame is painted.
    await settle(page);
    const root = doc.documentElement;
    const height = barOf(page.element).getBoundingClientRect().height;
    expect(parseFloat(root.style.scrollPaddingBottom)).to.be.at.least(height - 0.5);
    expect(parseFloat(style(doc.body).paddingBottom)).to.be.at.least(height - 0.5);

    const second = doc.createElement('online-safety-help');
    doc.getElementById('bottom')!.append(second);
    await rendered(page, second);
    page.element.remove();
    await rendered(page, second);
    // The second element took over the pinned bar, and with it the space.
    expect(barPosition(second)).to.equal('fixed');
    expect(parseFloat(root.style.scrollPaddingBottom)).to.be.at.least(
      barOf(second).getBoundingClientRect().height - 0.5,
    );
    second.remove();
    await rendered(page);
    // The page's own inline styles, exactly as it wrote them.
    expect(root.getAttribute('style')).to.equal('scroll-padding-bottom: 8px;');
    expect(doc.body.getAttribute('style')).to.equal('padding-bottom: 12px;');
    expect(page.errors).to.deep.equal([]);
  });
});
