/**
 * regionOfZone, the country `region="auto"` picks from the time-zone name the browser reports.
 * The expectations are written from the tz database's files (zone.tab's country for each zone,
 * tzdata.zi's links for the legacy names), not taken from src/. Then every name the generated
 * map lists, and every zone this engine knows, is checked against the map as the engine itself
 * spells it.
 */
import { expect } from '@open-wc/testing';
import { listedZones, regionOfZone } from '../../src/time-zones.js';
import type { Region } from '../../src/config.js';

const regions: readonly Region[] = ['gb', 'ie', 'us', 'ca', 'au', 'nz', 'other'];

/** Zones, by the country zone.tab gives them. */
const zones: Record<Region, readonly string[]> = {
  gb: ['Europe/London'],
  ie: ['Europe/Dublin'],
  us: [
    'America/New_York',
    'America/Los_Angeles',
    'America/Chicago',
    'America/Denver',
    // Arizona's clock, which zone1970.tab gives to the US and Canada (Creston, below).
    'America/Phoenix',
    'America/Anchorage',
    'America/Adak',
    'Pacific/Honolulu',
    'America/Indiana/Indianapolis',
    'America/Kentucky/Louisville',
    'America/North_Dakota/Center',
    'America/Boise',
  ],
  ca: [
    // zone1970.tab gives America/Toronto to Canada and the Bahamas; zone.tab to Canada.
    'America/Toronto',
    'America/Vancouver',
    'America/St_Johns',
    'America/Halifax',
    'America/Winnipeg',
    'America/Edmonton',
    'America/Regina',
    'America/Whitehorse',
    'America/Iqaluit',
    // Canadian names of clocks that zone1970.tab files under other countries' zones (Phoenix,
    // Panama, Puerto Rico): zone.tab lists each as CA.
    'America/Creston',
    'America/Atikokan',
    'America/Blanc-Sablon',
  ],
  au: [
    'Australia/Sydney',
    'Australia/Melbourne',
    'Australia/Brisbane',
    'Australia/Adelaide',
    'Australia/Perth',
    'Australia/Darwin',
    'Australia/Hobart',
    'Australia/Lord_Howe',
    'Australia/Eucla',
    'Antarctica/Macquarie',
  ],
  nz: ['Pacific/Auckland', 'Pacific/Chatham'],
  other: [
    'Europe/Paris',
    // zone1970.tab lists AU too (a corner of Western Australia keeps Tokyo's clock); zone.tab JP.
    'Asia/Tokyo',
    'America/Mexico_City',
    'America/Tijuana',
    // The Bahamas (BS), on Toronto's clock.
    'America/Nassau',
    // Panama (PA) and Puerto Rico (PR): zones zone1970.tab also gives to Canada.
    'America/Panama',
    'America/Puerto_Rico',
    // US territories, each with a country code of its own in zone.tab.
    'Pacific/Guam',
    'Pacific/Pago_Pago',
    'Pacific/Midway',
    'America/St_Thomas',
    // Jersey, Guernsey and the Isle of Man: on London's clock, with codes of their own.
    'Europe/Jersey',
    'Europe/Guernsey',
    'Europe/Isle_of_Man',
    // Antarctica (AQ), on New Zealand's clock.
    'Antarctica/McMurdo',
    'America/Miquelon',
    'Atlantic/Bermuda',
    'Africa/Lagos',
    'America/Sao_Paulo',
    'Asia/Kolkata',
    'Etc/UTC',
    'Etc/GMT',
    'Etc/GMT+5',
  ],
};

/** Legacy names (tzdata.zi's links), by the country of the zone each links to. */
const legacy: Record<Region, readonly string[]> = {
  gb: ['Europe/Belfast', 'GB', 'GB-Eire'],
  ie: ['Eire'],
  us: [
    'US/Eastern',
    'US/Central',
    'US/Mountain',
    'US/Pacific',
    'US/Alaska',
    'US/Hawaii',
    'US/East-Indiana',
    'America/Indianapolis',
    'America/Louisville',
    'America/Fort_Wayne',
    'Navajo',
    // System V's names, which the tz database's `backward` file links to US cities.
    'EST5EDT',
    'PST8PDT',
  ],
  ca: [
    'Canada/Pacific',
    'Canada/Eastern',
    'Canada/Newfoundland',
    'Canada/Saskatchewan',
    'America/Montreal',
    'America/Thunder_Bay',
    'America/Yellowknife',
    // Atikokan's clock, under the name ICU (so Chromium) reports for it.
    'America/Coral_Harbour',
  ],
  au: ['Australia/ACT', 'Australia/NSW', 'Australia/Canberra', 'Australia/LHI', 'Australia/West'],
  nz: ['NZ', 'NZ-CHAT'],
  other: [
    // American Samoa (AS).
    'US/Samoa',
    // The South Pole station, in Antarctica: the `backward` file links it to Antarctica/McMurdo.
    'Antarctica/South_Pole',
    'Asia/Calcutta',
    'Japan',
    'UTC',
    'GMT',
    'Etc/Unknown',
  ],
};

/** The name as this engine reports it back (its canonical form), or undefined if unknown. */
function spelledByEngine(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

describe('The country from a time-zone name', () => {
  for (const [kind, table] of [
    ['zone', zones],
    ['legacy name', legacy],
  ] as const) {
    for (const region of regions) {
      for (const name of table[region]) {
        it(`the ${kind} ${name} is ${region}`, () => {
          expect(regionOfZone(name)).to.equal(region);
        });
      }
    }
  }

  it('case is ignored, as Intl ignores it', () => {
    expect(regionOfZone('europe/london')).to.equal('gb');
    expect(regionOfZone('EUROPE/LONDON')).to.equal('gb');
    expect(regionOfZone('america/st_johns')).to.equal('ca');
    expect(regionOfZone('us/eastern')).to.equal('us');
    expect(regionOfZone('nz')).to.equal('nz');
  });

  it('no zone, an empty one and names the tz files do not have are other', () => {
    for (const zone of [
      undefined,
      '',
      ' ',
      'Nowhere/Else',
      'London',
      'Europe',
      'Europe/',
      ' Europe/London',
      'America',
      'America/',
      'US',
      '.*',
    ]) {
      expect(regionOfZone(zone), JSON.stringify(zone)).to.equal('other');
    }
  });

  it("a string that starts with a name in the files gets that name's region, as documented", () => {
    // Documented in src/time-zones.ts: a name is matched by its shortest unique prefix, so a
    // string the files do not have gets a country when it starts with one.
    for (const [zone, region] of [
      ['Europe/London ', 'gb'],
      ['Europe/London\n', 'gb'],
      ['Europe/London/Soho', 'gb'],
      ['Europe/Londonderry', 'gb'],
      ['America/New_York_City', 'us'],
      ['Pacific/Honolulu|Europe/Paris', 'us'],
      // Areas whose names are all one country's.
      ['Australia/Nowhere', 'au'],
      ['Canada/Nowhere', 'ca'],
      ['America/Indiana/Nowhere', 'us'],
    ]) {
      expect(regionOfZone(zone), JSON.stringify(zone)).to.equal(region);
    }
  });

  it('a value that is not a string is other, without throwing', () => {
    for (const value of [null, 42, {}, [], Symbol('zone')]) {
      expect(regionOfZone(value as unknown as string)).to.equal('other');
    }
  });
});

describe('The generated map, as this engine spells each name', () => {
  const listed = listedZones();
  const byName = new Map(listed.map(([region, name]) => [name.toLowerCase(), region]));

  it('lists the legacy names and zones of each of the six', () => {
    for (const region of regions.filter((r) => r !== 'other')) {
      const names = listed.filter(([r]) => r === region).map(([, name]) => name);
      for (const name of [...zones[region], ...legacy[region]]) {
        expect(names, region).to.include(name);
      }
    }
  });

  it('every name it lists has its region, in its own spelling, in lower case and in upper case', () => {
    for (const [region, name] of listed) {
      for (const spelling of [name, name.toLowerCase(), name.toUpperCase()]) {
        expect(regionOfZone(spelling), spelling).to.equal(region);
      }
    }
  });

  it('every name it lists that this engine knows has the same region under the name the engine reports for it', () => {
    let known = 0;
    for (const [region, name] of listed) {
      const reported = spelledByEngine(name);
      if (reported === undefined) continue;
      known++;
      expect(regionOfZone(reported), `${name}, reported as ${reported}`).to.equal(region);
    }
    // Every engine here knows the zones of zone.tab, at least.
    expect(known).to.be.greaterThan(listed.length / 2);
  });

  it('every zone this engine knows maps to the region the map lists for it, or to other', () => {
    const supported = Intl.supportedValuesOf('timeZone');
    expect(supported.length).to.be.greaterThan(300);
    for (const zone of supported) {
      expect(regionOfZone(zone), zone).to.equal(byName.get(zone.toLowerCase()) ?? 'other');
    }
  });

  it("the engine's own zone maps to one of the regions without throwing", () => {
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const region = regionOfZone(own);
    expect(regions, own).to.include(region);
    expect(region, own).to.equal(byName.get(own.toLowerCase()) ?? 'other');
  });
});
