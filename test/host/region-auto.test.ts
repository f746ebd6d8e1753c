/**
 * `region="auto"` on a host page: the country comes from the reader's time zone, read once per
 * page on the device, before the first render, so that the bar never shows one country's numbers
 * and then another's; the select shows the country found, and the property still says `auto`.
 * Firefox and WebKit read a zone that test/fixtures/time-zone-stub.js sets before the bundle
 * loads; Chromium also has its zone emulated through the DevTools Protocol. Which zone names map
 * to which country is test/unit/time-zones.test.ts's.
 */
import { expect } from '@open-wc/testing';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { bothOpen, regionFacts } from '../fixtures/facts.js';
import { emulateTimeZone } from '../support/chromium.js';
import { qa } from '../support/dom.js';
import { openHostPage, type HostPage } from '../support/host-page.js';

type Region = keyof typeof regionFacts;

/** Zones of each country, a legacy name or two among them, and zones in none of the six. */
const zones: [string, Region][] = [
  ['Europe/London', 'gb'],
  ['Europe/Belfast', 'gb'],
  ['Europe/Dublin', 'ie'],
  ['America/New_York', 'us'],
  ['US/Eastern', 'us'],
  ['America/Toronto', 'ca'],
  ['Canada/Pacific', 'ca'],
  ['Australia/Sydney', 'au'],
  ['Pacific/Auckland', 'nz'],
  ['NZ', 'nz'],
  ['Asia/Tokyo', 'other'],
  ['America/Mexico_City', 'other'],
  ['Etc/UTC', 'other'],
];

interface Recorded {
  shadowRecord: string[][];
  timeZoneCalls: string[];
}

/** Every widget on the page, and what each shows and has ever shown. */
function widgets(page: HostPage) {
  const record = (page.window as unknown as Recorded).shadowRecord;
  return [...page.document.querySelectorAll<OnlineSafetyHelp>('online-safety-help')].map(
    (el, i) => ({
      el,
      select: el.shadowRoot!.querySelector('select')!,
      hrefs: qa(el, '[href]').map((a) => a.getAttribute('href')!),
      barHrefs: qa(el, '[part~="bar"] [part~="contact"]').map((a) => a.getAttribute('href')),
      ever: record[i],
    }),
  );
}

function expectShows(page: HostPage, region: Region) {
  for (const { el, select, hrefs, barHrefs, ever } of widgets(page)) {
    expect(el.region, 'the property gives the setting').to.equal('auto');
    expect(el.getAttribute('region')).to.equal('auto');
    expect(select.value, 'the select shows the country found').to.equal(region);
    expect(select.selectedOptions[0].textContent).to.equal(regionFacts[region].name);
    expect(barHrefs).to.deep.equal(regionFacts[region].parents.map(({ href }) => href));
    // From its first render on, the widget showed nothing it does not show now.
    const links = ever.filter((item) => /^(tel|sms|https):/.test(item));
    expect(links.length, 'links recorded from the first render').to.be.above(0);
    expect([...new Set(links)].filter((href) => !hrefs.includes(href))).to.deep.equal([]);
  }
}

describe('region="auto": the country of the reader’s time zone, from the first render', () => {
  let page: HostPage;
  afterEach(() => page?.remove());

  for (const [zone, region] of zones) {
    it(`a device set to ${zone} gets ${regionFacts[region].name}’s help, and never another’s first`, async () => {
      page = await openHostPage(`regions.html?region=auto&zone=${encodeURIComponent(zone)}`, {
        at: bothOpen,
      });
      expectShows(page, region);
    });
  }

  it('reads the time zone once per page, whatever the number of widgets', async () => {
    page = await openHostPage('regions.html?region=auto&zone=Pacific/Auckland', { at: bothOpen });
    const calls = (page.window as unknown as Recorded).timeZoneCalls;
    expect(widgets(page)).to.have.length(2);
    expect(calls.filter((call) => call === 'Intl.DateTimeFormat')).to.deep.equal([
      'Intl.DateTimeFormat',
    ]);
  });

  it('a reader’s choice replaces auto on every widget, and a zone read before is not read again', async () => {
    page = await openHostPage('regions.html?region=auto&zone=Australia/Perth', { at: bothOpen });
    const [first, second] = widgets(page);
    first.select.value = 'ie';
    first.select.dispatchEvent(new Event('change', { bubbles: true }));
    await Promise.all([first.el.updateComplete, second.el.updateComplete]);
    expect([first.el.region, second.el.region]).to.deep.equal(['ie', 'ie']);
    second.el.region = 'auto';
    await second.el.updateComplete;
    expect(second.select.value).to.equal('au');
    const calls = (page.window as unknown as Recorded).timeZoneCalls;
    expect(calls.filter((call) => call === 'Intl.DateTimeFormat')).to.have.length(1);
  });
});

describe('region="auto" under an emulated time zone (Chromium only: DevTools Protocol)', () => {
  let page: HostPage | undefined;
  afterEach(async () => {
    page?.remove();
    page = undefined;
    await emulateTimeZone('');
  });

  for (const [zone, region] of [
    ['America/Vancouver', 'ca'],
    ['Europe/Dublin', 'ie'],
    ['Asia/Tokyo', 'other'],
  ] as [string, Region][]) {
    it(`the browser itself reports ${zone}: ${regionFacts[region].name}`, async function () {
      if (!(await emulateTimeZone(zone))) this.skip();
      page = await openHostPage('regions.html?region=auto', { at: bothOpen });
      expect(page.window.Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      expectShows(page, region);
    });
  }
});
