/** What a reader gets of the guidance: every line of the source, in sections, lists and links. */
import { expect } from '@open-wc/testing';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { facts, normalise, sourceLines } from '../fixtures/facts.js';
import { qa, q, panelOf, toggles } from '../support/dom.js';
import { makeElement } from '../support/element.js';

const allOpen = () => makeElement({ open: 'all', bar: 'inline' });

describe('Reading the guidance', () => {
  it('every line of the source document reaches the reader when all sections are open', async () => {
    const el = await allOpen();
    const shown = normalise(el.shadowRoot!.textContent);
    for (const line of await sourceLines()) expect(shown).to.include(normalise(line));
  });

  it('a second element shows the whole guidance too, in nodes of its own', async () => {
    const [first, second] = [await allOpen(), await allOpen()];
    const lines = await sourceLines();
    for (const el of [first, second]) {
      const shown = normalise(el.shadowRoot!.textContent);
      for (const line of lines) expect(shown).to.include(normalise(line));
    }
    const links = (el: OnlineSafetyHelp) =>
      qa<HTMLAnchorElement>(el, '[part~="panel"] a').map((a) => a.getAttribute('href'));
    // CEOP twice, the local police (101), the council finder, the NSPCC by phone and online, 999.
    expect(links(first)).to.have.length(7);
    expect(links(second)).to.deep.equal(links(first));
    // Each element has its own copy: closing a section in one leaves the other's text shown.
    expect(q(second, '[part~="panel"] p')).not.to.equal(q(first, '[part~="panel"] p'));
    toggles(first)[0].click();
    await first.updateComplete;
    expect(panelOf(toggles(first)[0]).hidden).to.be.true;
    expect(q(second, '[part~="panel"] p')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('shows the five sections, in order, with their headings and stable ids', async () => {
    const el = await makeElement({ bar: 'inline' });
    expect(toggles(el).map((b) => [b.id, normalise(b.textContent)])).to.deep.equal(
      facts.sections.map((s) => [s.id, s.heading]),
    );
  });

  it('keeps lists as lists: five ways, two forms of abuse, five signs', async () => {
    const el = await allOpen();
    const count = (id: string, list: string) =>
      panelOf(q(el, `#${id}`)!).querySelectorAll(`${list} > li`).length;
    expect(count('how-grooming-works', 'ul')).to.equal(5);
    expect(count('aim-of-grooming', 'ol')).to.equal(2);
    expect(count('signs-of-grooming', 'ul')).to.equal(5);
  });

  it('links the contacts in the guidance text to the right places', async () => {
    const el = await makeElement({ open: 'if-you-are-concerned', bar: 'inline' });
    const panel = panelOf(q(el, '#if-you-are-concerned')!);
    const hrefs = [...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members([facts.ceop.href, facts.nspcc.href, facts.emergency.href]);
  });
});
