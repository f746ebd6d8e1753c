/** The two audiences: parents (the default) and young people, each with their own bar and sections. */
import { expect } from '@open-wc/testing';
import { facts, normalise } from '../fixtures/facts.js';
import { captureWarnings, type Capture } from '../support/console.js';
import { barLinks, toggles } from '../support/dom.js';
import { makeElement } from '../support/element.js';

const host = '<a slot="contact" href="https://game.example/report">Report a player</a>';

let warnings: Capture;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.stop());

/** What a screen reader announces for each bar link, and where each goes. */
const bar = (el: Element) =>
  barLinks(el as never).map((a) => [
    a.getAttribute('aria-label') ?? normalise(a.textContent),
    a.getAttribute('href'),
  ]);

describe('Audience', () => {
  it('parents (the default): CEOP, the NSPCC Helpline and 999, then the host’s link, and the five sections', async () => {
    const el = await makeElement({ bar: 'inline' }, host);
    expect(el.audience).to.equal('parents');
    expect(bar(el)).to.deep.equal([
      ['Report to CEOP, online report', facts.ceop.href],
      [`Call the NSPCC Helpline, ${facts.nspcc.number}, Lines open until 10pm`, facts.nspcc.href],
      ['Emergency 999, call the police', facts.emergency.href],
      ['Report a player', 'https://game.example/report'],
    ]);
    expect(toggles(el).map((t) => t.id)).to.deep.equal(facts.sections.map((s) => s.id));
  });

  it('young people: Childline by phone and online, CEOP and 999, then the host’s link, and their own section', async () => {
    const el = await makeElement({ bar: 'inline', audience: 'young-people' }, host);
    expect(bar(el)).to.deep.equal([
      [`Call Childline, ${facts.childline.number}, free, 24 hours`, facts.childline.href],
      ['Childline online, chat or email', facts.childline.website],
      ['Report to CEOP, online report', facts.ceop.href],
      ['Emergency 999, call the police', facts.emergency.href],
      ['Report a player', 'https://game.example/report'],
    ]);
    expect(toggles(el).map((t) => t.id)).to.deep.equal([facts.youngPeopleSection]);
    // The visible text is in each name, in order (WCAG 2.5.3).
    for (const link of barLinks(el).slice(0, 4)) {
      const shown = normalise(link.textContent).replace(/,/g, '').toLowerCase();
      const name = link.getAttribute('aria-label')!.replace(/,/g, '').toLowerCase();
      expect(name, shown).to.include(shown);
    }
    expect(warnings.items).to.deep.equal([]);
  });

  it('young people’s section: never their fault, an adult they trust, Childline, CEOP and 999, with working links', async () => {
    const el = await makeElement({ bar: 'inline', audience: 'young-people', open: 'all' });
    const panel = el.shadowRoot!.getElementById(`panel-${facts.youngPeopleSection}`)!;
    const text = normalise(panel.textContent);
    expect(text)
      .to.match(/never your fault/)
      .and.match(/adult you trust/);
    const links = [...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include.members([
      facts.childline.href,
      facts.childline.website,
      facts.ceop.href,
      facts.emergency.href,
    ]);
  });

  it('a host can show young people the parents’ sections too, with sections', async () => {
    const el = await makeElement({
      bar: 'inline',
      audience: 'young-people',
      sections: 'if-something-worries-you signs-of-grooming',
    });
    expect(toggles(el).map((t) => t.id)).to.deep.equal([
      'signs-of-grooming',
      facts.youngPeopleSection,
    ]);
  });

  it('tells the page when Childline is used (online-safety-help-contact)', async () => {
    const el = await makeElement({ bar: 'inline', audience: 'young-people' });
    const events: CustomEvent[] = [];
    el.addEventListener('online-safety-help-contact', (e) => events.push(e));
    el.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
    for (const a of barLinks(el)) a.click();
    expect(events.map((e) => e.detail.id)).to.deep.equal([
      'childline',
      'childline-online',
      'ceop',
      'emergency',
    ]);
  });

  it('a bad audience warns once, naming the attribute and its values, and speaks to parents', async () => {
    const el = await makeElement({ bar: 'inline', audience: 'children' });
    expect(warnings.items).to.have.length(1);
    expect(warnings.items[0])
      .to.include('audience="children"')
      .and.include('parents, young-people');
    expect(el.audience).to.equal('parents');
    expect(barLinks(el).map((a) => a.dataset.contact)).to.deep.equal([
      'ceop',
      'nspcc',
      'emergency',
    ]);
  });
});
