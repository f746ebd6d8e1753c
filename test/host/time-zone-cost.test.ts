/**
 * The first render pays no time-zone cost: the default widget works out the NSPCC's opening
 * hours in UK time by arithmetic, and never asks the browser for its time-zone data, whose first
 * use costs about 160 ms at 4x CPU in Chromium (test/fixtures/time-zone-spy.js records each call
 * that would load it). New Zealand's What's Up is worked out the same way, in NZ time; only
 * `region="auto"` reads the zone (test/host/region-auto.test.ts).
 */
import { expect } from '@open-wc/testing';
import { facts, normalise } from '../fixtures/facts.js';
import { barLinks } from '../support/dom.js';
import { openHostPage, rendered } from '../support/host-page.js';

describe('The first render pays no time-zone cost', () => {
  for (const [what, at, shows] of [
    ['lines open', '2026-12-07T12:00:00Z', 'Lines open until 10pm'],
    ['lines closed', '2026-12-06T23:30:00Z', 'Phones closed until 8am'],
  ]) {
    it(`a default page (${what}) states the NSPCC's hours without reading any time zone`, async () => {
      const page = await openHostPage('time-zone-cost.html', { at });
      try {
        const elements = [...page.document.querySelectorAll('online-safety-help')];
        await rendered(page, ...(elements as never[]));
        const nspcc = barLinks(page.element).find((a) => a.dataset.contact === 'nspcc')!;
        expect(normalise(nspcc.textContent)).to.contain(shows);
        const young = barLinks(elements[1] as never).map((a) => a.getAttribute('href'));
        expect(young).to.include(facts.childline.href);
        const calls = (page.window as unknown as { timeZoneCalls: string[] }).timeZoneCalls;
        expect(calls).to.deep.equal([]);
      } finally {
        page.remove();
      }
    });
  }
});

describe('A region with opening hours of its own pays no time-zone cost either', () => {
  for (const [what, at, shows] of [
    ['What’s Up open', '2026-12-07T22:00:00Z', 'Lines open until 11pm'],
    ['What’s Up closed', '2026-12-07T10:00:00Z', "What's Up closed until 11am"],
  ]) {
    it(`a New Zealand page for young people (${what}) states the hours in NZ time without reading any time zone`, async () => {
      const page = await openHostPage('regions.html?region=nz&audience=young-people', { at });
      try {
        const elements = [...page.document.querySelectorAll('online-safety-help')];
        await rendered(page, ...(elements as never[]));
        const line = barLinks(page.element).find((a) => /What's Up/.test(a.textContent!))!;
        expect(normalise(line.textContent)).to.contain(shows);
        const calls = (page.window as unknown as { timeZoneCalls: string[] }).timeZoneCalls;
        expect(calls).to.deep.equal([]);
      } finally {
        page.remove();
      }
    });
  }
});
