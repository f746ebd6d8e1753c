/**
 * What the NSPCC contact in the help bar tells a parent about its phone lines, at the moments
 * that matter, and how it changes on its own while the page is open.
 */
import { expect } from '@open-wc/testing';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { facts, normalise } from '../fixtures/facts.js';
import { setClock } from '../support/clock.js';
import { barLinks } from '../support/dom.js';
import { makeElement } from '../support/element.js';

/** The bar's NSPCC contact: what a screen reader announces, where it goes, what is shown. */
function nspcc(el: OnlineSafetyHelp) {
  const link = barLinks(el).find((a) => a.dataset.contact === 'nspcc')!;
  return {
    name: link.getAttribute('aria-label'),
    href: link.getAttribute('href'),
    text: normalise(link.textContent),
  };
}

async function barAt(instant: string) {
  setClock(instant);
  return nspcc(await makeElement({ bar: 'inline', sections: 'none' }));
}

interface Shown {
  name: string | null;
  href: string | null;
  text: string;
}

const open = (until: string): Shown => ({
  name: `Call the NSPCC Helpline, ${facts.nspcc.number}, Lines open until ${until}`,
  href: facts.nspcc.href,
  text: `NSPCC Helpline ${facts.nspcc.number} Lines open until ${until}`,
});
const closed = (opens: string): Shown => ({
  name: `Contact the NSPCC Helpline online, 24 hours, Phones closed until ${opens}`,
  href: facts.nspcc.onlineForm,
  text: `NSPCC Helpline Online, 24 hours Phones closed until ${opens}`,
});

describe('NSPCC Helpline opening hours in the help bar', () => {
  const moments: [string, string, Shown][] = [
    ['Friday 9:59pm', '2026-12-04T21:59:00Z', open('10pm')],
    ['Friday 10pm', '2026-12-04T22:00:00Z', closed('9am')],
    ['Saturday 8:59am', '2026-12-05T08:59:00Z', closed('9am')],
    ['Saturday 9am', '2026-12-05T09:00:00Z', open('6pm')],
    ['Sunday 6pm', '2026-12-06T18:00:00Z', closed('8am')],
    ['Monday 7:59am', '2026-12-07T07:59:00Z', closed('8am')],
    ['Monday 8am', '2026-12-07T08:00:00Z', open('10pm')],
    ['the Sunday the clocks go forward, 8:59am BST', '2027-03-28T07:59:00Z', closed('9am')],
    ['the Sunday the clocks go forward, 9am BST', '2027-03-28T08:00:00Z', open('6pm')],
    ['the Sunday the clocks go back, 8:59am GMT', '2026-10-25T08:59:00Z', closed('9am')],
    ['the Sunday the clocks go back, 9am GMT', '2026-10-25T09:00:00Z', open('6pm')],
    [
      '5pm in New York on a summer Friday (10pm in the UK)',
      '2026-07-10T17:00:00-04:00',
      closed('9am'),
    ],
  ];
  for (const [when, instant, expected] of moments) {
    it(`${when}: ${expected.href === facts.nspcc.href ? 'call, lines open' : 'closed, the 24-hour online route'}`, async () => {
      expect(await barAt(instant)).to.deep.equal(expected);
    });
  }

  it('changes on its own when the lines close, with the page left open', async () => {
    setClock(Date.parse('2026-12-04T22:00:00Z') - 400);
    const el = await makeElement({ bar: 'inline', sections: 'none' });
    expect(nspcc(el)).to.deep.equal(open('10pm'));
    const deadline = performance.now() + 3000;
    while (nspcc(el).href === facts.nspcc.href && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(nspcc(el)).to.deep.equal(closed('9am'));
  });

  it('checks the clock afresh when a hidden tab is shown again', async () => {
    const el = await makeElement({ bar: 'inline', sections: 'none' });
    expect(nspcc(el)).to.deep.equal(open('10pm'));
    // As if the tab slept through the evening: its timer has not fired yet.
    setClock('2026-12-07T23:30:00Z');
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(nspcc(el)).to.deep.equal(closed('8am'));
  });

  it('where the device clock gives no usable time, states the hours and claims neither open nor closed', async () => {
    const shown = await barAt('not a date');
    expect(shown.href).to.equal(facts.nspcc.href);
    expect(shown.text).to.match(/Mon–Fri 8am–10pm, weekends 9am–6pm/);
    expect(shown.name).to.equal(
      `Call the NSPCC Helpline, ${facts.nspcc.number}, Phones Mon–Fri 8am–10pm, weekends 9am–6pm`,
    );
    expect(`${shown.name} ${shown.text}`).not.to.match(/\b(open until|closed|open \d)/i);
  });
});
