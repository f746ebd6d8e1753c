import { expect } from '@open-wc/testing';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { facts } from '../fixtures/facts.js';
import { axTree, findAll } from '../support/chromium.js';
import { barLinks, hitAtCentre, isShown } from '../support/dom.js';
import { activate, openHostPage, type HostPage } from '../support/host-page.js';

// The README's snippet puts the three contacts inside the element as plain links:
//   <online-safety-help>
//     <a href="https://www.ceop.police.uk/Safety-Centre/">Report to CEOP</a>
//     <a href="tel:08088005000">NSPCC Helpline 0808 800 5000</a>
//     <a href="tel:999">Emergency 999</a>
//   </online-safety-help>
const fallback = [facts.ceop.href, facts.nspcc.href, facts.emergency.href];

/** The plain links inside the element, as the host wrote them. */
const fallbackLinks = (page: HostPage) => [
  ...page.document.querySelectorAll<HTMLAnchorElement>('online-safety-help > a:not([slot])'),
];

/** Every link on the page a person can see or reach, light and shadow DOM alike, by href. */
function shownLinks(page: HostPage): string[] {
  const links: HTMLAnchorElement[] = [...page.document.querySelectorAll('a')];
  page.document.querySelectorAll('online-safety-help').forEach((el) => {
    links.push(...(el.shadowRoot?.querySelectorAll('a') ?? []));
  });
  return links.filter(isShown).map((a) => a.getAttribute('href')!);
}

/** The fallback links are on screen, on top, readable and followed when activated. */
function expectFallbackWorks(page: HostPage) {
  const links = fallbackLinks(page);
  expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(fallback);
  expect(links.map((a) => a.textContent)).to.deep.equal([
    'Report to CEOP',
    'NSPCC Helpline 0808 800 5000',
    'Emergency 999',
  ]);
  for (const link of links) {
    expect(isShown(link), link.href).to.be.true;
    expect(hitAtCentre(link)).to.equal(link);
    expect(activate(page, link).followed, link.href).to.be.true;
  }
}

/** Names of the links in a page's accessibility tree, or false outside Chromium. */
async function linkNames(page: HostPage): Promise<string[] | false> {
  const tree = await axTree(page);
  return tree && findAll(tree, (n) => n.role === 'link').map((n) => n.name);
}

describe('The fallback links, before, without and after the script', () => {
  let page: HostPage;
  afterEach(() => page.remove());

  it('before the script runs, the snippet’s three links are visible and work', async () => {
    page = await openHostPage('no-script.html', { upgrade: false });
    expect(page.window.customElements.get('online-safety-help')).to.equal(undefined);
    expectFallbackWorks(page);
  });

  it('if the script never loads, the three links are visible and work', async () => {
    page = await openHostPage('script-404.html', { upgrade: false });
    const script = page.document.querySelector('script[type="module"]')!;
    expect(script.getAttribute('src')).to.match(/no-such-file/);
    expect(page.window.customElements.get('online-safety-help')).to.equal(undefined);
    expectFallbackWorks(page);
  });

  it('once the element upgrades, each contact is shown once: the fallback links are no longer rendered', async () => {
    page = await openHostPage('no-script.html', { upgrade: false });
    expect(shownLinks(page)).to.deep.equal(fallback);
    // The script arrives late, as on a slow network.
    const script = page.document.createElement('script');
    script.type = 'module';
    script.src = '/dist/online-safety-help.js';
    page.document.head.append(script);
    await page.window.customElements.whenDefined('online-safety-help');
    const el = page.document.querySelector('online-safety-help') as OnlineSafetyHelp;
    await el.updateComplete;

    // Not rendered: no box, so neither seen nor in the accessibility tree; the bar's links
    // take their place.
    for (const link of fallbackLinks(page)) {
      expect(link.getClientRects(), link.href).to.have.length(0);
      expect(link.checkVisibility(), link.href).to.be.false;
    }
    expect(shownLinks(page)).to.deep.equal(fallback);
    expect(barLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(fallback);
    expect(page.errors).to.deep.equal([]);
  });

  it('a screen reader meets each contact once, before and after the upgrade (Chromium only: DevTools Protocol accessibility tree)', async function () {
    page = await openHostPage('no-script.html', { upgrade: false });
    const before = await linkNames(page);
    if (!before) this.skip();
    expect(before).to.deep.equal([
      'Report to CEOP',
      'NSPCC Helpline 0808 800 5000',
      'Emergency 999',
    ]);
    page.remove();
    page = await openHostPage('plain.html');
    const after = (await linkNames(page)) as string[];
    expect(after).to.have.length(3);
    expect(after[0]).to.match(facts.ceop.name);
    expect(after[1]).to.match(facts.nspcc.name);
    expect(after[2]).to.match(facts.emergency.name);
  });

  it('in the upgraded page, the text of each contact appears once', async () => {
    page = await openHostPage('plain.html');
    const el = page.element;
    // What a person reads: the host's text outside the widget, and the widget's shadow tree.
    const read = [page.document.body.innerText, el.shadowRoot!.querySelector('[part~="bar"]')!]
      .map((x) => (typeof x === 'string' ? x : (x as HTMLElement).innerText))
      .join('\n');
    expect(read.match(/0808 800 5000/g)).to.have.length(1);
    expect(read.match(/Report to CEOP/g)).to.have.length(1);
  });
});
