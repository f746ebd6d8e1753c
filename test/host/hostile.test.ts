import { expect } from '@open-wc/testing';
import { facts } from '../fixtures/facts.js';
import { textContrast } from '../support/colour.js';
import { barLinks, barOf, hitAtCentre, qa, shownText, style } from '../support/dom.js';
import { activate, openHostPage, rendered, type HostPage } from '../support/host-page.js';

// hostile.html: html{font-size:62.5%}, white serif text with line-height 1 on a dark body,
// a{color:inherit;text-decoration:none}, *{box-sizing:content-box}, and a cookie notice of its
// own pinned over the bottom of the screen at z-index 1000.
describe('A host page whose own styles get in the way', () => {
  let page: HostPage;
  beforeEach(async () => {
    page = await openHostPage('hostile.html');
  });
  afterEach(() => page.remove());

  for (const theme of ['auto', 'light', 'dark']) {
    it(`every piece of text keeps a contrast of at least 4.5:1 (theme ${theme})`, async () => {
      page.element.theme = theme as 'auto';
      await page.element.updateComplete;
      const text = shownText(page.element);
      // All five sections are open: headings, paragraphs, lists, links, the bar and its links.
      expect(text.length).to.be.greaterThan(40);
      const poor = text
        .map(({ text: t, element }) => ({ t: t.slice(0, 40), ratio: textContrast(element) }))
        .filter(({ ratio }) => ratio < 4.5);
      expect(poor, JSON.stringify(poor)).to.deep.equal([]);
    });
  }

  it('body text is at least 14 px with room between lines, whatever the root font size', () => {
    const text = shownText(page.element);
    const small = text
      .map(({ text: t, element }) => ({
        t: t.slice(0, 40),
        px: parseFloat(style(element).fontSize),
      }))
      .filter(({ px }) => px < 14);
    expect(small, JSON.stringify(small)).to.deep.equal([]);
    for (const p of qa(page.element, '[part~="panel"] p')) {
      const { fontSize, lineHeight } = style(p);
      expect(parseFloat(fontSize)).to.be.at.least(16);
      expect(parseFloat(lineHeight) / parseFloat(fontSize)).to.be.at.least(1.4);
    }
  });

  it('links in the guidance stay underlined and coloured apart from the text', () => {
    const links = qa<HTMLAnchorElement>(page.element, '[part~="panel"] a');
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) {
      expect(style(a).textDecorationLine, a.href).to.include('underline');
      expect(style(a).color).not.to.equal(style(a.parentElement!).color);
    }
  });

  it('the host link in the bar looks like the built-in ones despite a{color:inherit}', () => {
    const [ceop, , , host] = barLinks(page.element);
    expect(host.getAttribute('href')).to.equal('mailto:lead@school.example');
    expect(style(host).color).to.equal(style(ceop).color);
    expect(style(host).backgroundColor).to.equal(style(ceop).backgroundColor);
    expect(textContrast(host)).to.be.at.least(4.5);
  });

  it('the bar is above the host’s own z-index 1000 notice, and each link can be hit and followed', () => {
    const bar = barOf(page.element);
    expect(style(bar).position).to.equal('fixed');
    const notice = page.document.querySelector('.notice')!;
    // The notice really does cover the bar: the test would fail if the bar were beneath it.
    expect(notice.getBoundingClientRect().top).to.be.below(bar.getBoundingClientRect().top);
    const links = barLinks(page.element);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      facts.ceop.href,
      facts.nspcc.href,
      facts.emergency.href,
      'mailto:lead@school.example',
    ]);
    for (const link of links) {
      const hit = hitAtCentre(link);
      expect(link.contains(hit), `${link.href} is on top`).to.be.true;
      const result = activate(page, hit!.closest('a')!);
      expect(result.followed, link.href).to.be.true;
      expect(result.contacts).to.have.length(1);
      expect(result.contacts[0].href).to.equal(link.href);
    }
  });

  it('--osh-z-index puts a sticky bar below or above a host element; a pinned bar is above both', async () => {
    const emergency = barLinks(page.element)[2];
    const notice = page.document.querySelector('.notice')!;
    page.element.style.setProperty('--osh-z-index', '999');
    // Pinned, the bar is in the browser's top layer, where no z-index reaches.
    expect(emergency.contains(hitAtCentre(emergency))).to.be.true;
    page.element.bar = 'sticky';
    await rendered(page, page.element);
    // The end of the page, where the sticky bar meets the notice.
    page.window.scrollTo(0, page.document.documentElement.scrollHeight);
    expect(hitAtCentre(emergency) === notice, 'the notice covers the bar').to.be.true;
    page.element.style.setProperty('--osh-z-index', '1001');
    expect(emergency.contains(hitAtCentre(emergency))).to.be.true;
  });
});
