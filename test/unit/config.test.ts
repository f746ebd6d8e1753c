/**
 * parseConfig, the pure reader of every setting: the whole matrix of good and bad values, once.
 * The element and host-page tests (test/element/bad-input.test.ts, test/host/bad-input.test.ts)
 * try a sample of it through an attribute and through the built bundle.
 */
import { expect } from '@open-wc/testing';
import { parseConfig, defaultConfig } from '../../src/config.js';
import { facts } from '../fixtures/facts.js';
import { expectWarnings, markup } from '../support/expect.js';

const allIds = facts.sections.map((s) => s.id);
const everyId = [...allIds, facts.youngPeopleSection];

/** Each setting's property name and attribute. */
const settings = [
  { key: 'audience', attribute: 'audience' },
  { key: 'region', attribute: 'region' },
  { key: 'headingLevel', attribute: 'heading-level' },
  { key: 'sections', attribute: 'sections' },
  { key: 'open', attribute: 'open' },
  { key: 'bar', attribute: 'bar' },
  { key: 'theme', attribute: 'theme' },
  { key: 'quickExit', attribute: 'quick-exit' },
] as const;

const circular: Record<string, unknown> = {};
circular.self = circular;
const hostile = {
  toString: () => {
    throw new Error('no');
  },
  toJSON: () => {
    throw new Error('no');
  },
};

/** Values no setting accepts, from an attribute (text) or a property (any type). */
const badForEvery: [string, unknown][] = [
  ['an unknown word', 'bogus'],
  ['an empty value', ''],
  ['only spaces', '   '],
  ['20 000 characters', 'x'.repeat(20000)],
  ['markup', markup('pwned')],
  ['a number', 42],
  ['NaN', NaN],
  ['a bigint', 10n],
  ['a boolean', true],
  ['an object', { level: 3 }],
  ['a circular object', circular],
  ['an object whose toString throws', hostile],
  ['an array of numbers', [1, 2]],
  ['a symbol', Symbol('dark')],
  ['a function', () => 'dark'],
];

/** Values that look close to valid for one setting, but are not. */
const badFor: Record<string, [string, unknown][]> = {
  audience: [
    ['both audiences', 'parents young-people'],
    ['"children"', 'children'],
  ],
  region: [
    ['a country code the widget has no help for', 'fr'],
    ['two regions', 'gb ie'],
    ['a country name', 'Ireland'],
  ],
  headingLevel: [
    ['7', '7'],
    ['0', '0'],
    ['2.5', 2.5],
    ['"2 3"', '2 3'],
  ],
  sections: [
    ['a known and an unknown section id', 'where-it-happens nope'],
    ['"all" (which only open takes)', 'all'],
  ],
  open: [
    ['"none" (which only sections takes)', 'none'],
    ['an id with a typo', 'signs-of-groming'],
  ],
  bar: [
    ['floating', 'floating'],
    ['two modes', 'fixed sticky'],
  ],
  theme: [['two themes', 'light dark']],
  quickExit: [
    ['an http: address', 'http://weather.example/'],
    ['"on" and an address', 'on https://weather.example/'],
  ],
};

describe('Reading the settings (parseConfig)', () => {
  it('gives the documented defaults when nothing is set, with no warning', () => {
    expect(parseConfig({})).to.deep.equal({
      config: {
        audience: 'parents',
        region: 'gb',
        headingLevel: 2,
        sections: allIds,
        open: [],
        bar: 'fixed',
        theme: 'auto',
        quickExit: [],
      },
      warnings: [],
    });
  });

  it('treats null and undefined as not set: the defaults, with no warning', () => {
    const unset = {
      audience: null,
      region: undefined,
      headingLevel: null,
      sections: undefined,
      open: null,
      bar: null,
      theme: null,
    };
    expect(parseConfig(unset)).to.deep.equal({ config: defaultConfig, warnings: [] });
  });

  it('takes every valid value, from strings or from typed properties', () => {
    const { config, warnings } = parseConfig({
      audience: 'Young-People',
      region: ' NZ ',
      headingLevel: ' 4 ',
      sections: 'signs-of-grooming  how-grooming-works',
      open: ['signs-of-grooming'],
      bar: 'STICKY',
      theme: 'dark',
      quickExit: 'on',
    });
    expect(warnings).to.deep.equal([]);
    expect(config).to.deep.equal({
      audience: 'young-people',
      region: 'nz',
      headingLevel: 4,
      sections: ['how-grooming-works', 'signs-of-grooming'],
      open: ['signs-of-grooming'],
      bar: 'sticky',
      theme: 'dark',
      quickExit: ['https://www.bbc.co.uk/weather'],
    });
    expect(parseConfig({ headingLevel: 6 }).config.headingLevel).to.equal(6);
    expect(parseConfig({ sections: 'none' }).config.sections).to.deep.equal([]);
    expect(parseConfig({ open: 'all' }).config.open).to.deep.equal(everyId);
  });

  for (const { key, attribute } of settings) {
    for (const [what, value] of [...badForEvery, ...badFor[key]]) {
      // An empty `open` is valid: nothing open (see below).
      if (key === 'open' && typeof value === 'string' && !value.trim()) continue;
      it(`${attribute} set to ${what}: one short warning naming ${attribute} and its accepted values, and the defaults`, () => {
        let result: ReturnType<typeof parseConfig> | undefined;
        expect(() => (result = parseConfig({ [key]: value }))).not.to.throw();
        const { config, warnings } = result!;
        expect(config).to.deep.equal(defaultConfig);
        expectWarnings(warnings, attribute);
      });
    }
  }

  it('region takes every country the widget has help for, auto, and uk as the same as gb, in any case', () => {
    for (const region of ['gb', 'ie', 'us', 'ca', 'au', 'nz', 'other', 'auto']) {
      expect(parseConfig({ region: region.toUpperCase() })).to.deep.equal({
        config: { ...defaultConfig, region },
        warnings: [],
      });
    }
    expect(parseConfig({ region: 'Uk' }).config.region).to.equal('gb');
  });

  it('a bad region names the attribute and every value it accepts, and falls back to gb', () => {
    const { config, warnings } = parseConfig({ region: 'france' });
    expect(config.region).to.equal('gb');
    expect(warnings).to.deep.equal([
      '<online-safety-help>: region="france" is not valid. Accepted values: gb, ie, us, ca, au, nz, other, auto. Using gb.',
    ]);
  });

  it('an empty open means nothing open, with no warning, so that the property round-trips', () => {
    for (const value of ['', '   ', []]) {
      expect(parseConfig({ open: value })).to.deep.equal({ config: defaultConfig, warnings: [] });
    }
  });

  it('a bad value for every setting at once: one warning for each, in order, and the defaults', () => {
    const { config, warnings } = parseConfig({
      audience: ['young', 'people'],
      region: 'fr',
      headingLevel: { level: 3 },
      sections: 42,
      open: true,
      bar: { mode: 'fixed' },
      theme: Symbol('dark'),
      quickExit: true,
    });
    expect(config).to.deep.equal(defaultConfig);
    expectWarnings(warnings, ...settings.map((s) => s.attribute));
  });

  it('each audience has its own sections by default; sections chooses any of them for either', () => {
    expect(parseConfig({ audience: 'parents' }).config.sections).to.deep.equal(allIds);
    expect(parseConfig({ audience: 'young-people' }).config.sections).to.deep.equal([
      facts.youngPeopleSection,
    ]);
    const chosen = parseConfig({
      audience: 'young-people',
      sections: 'if-something-worries-you signs-of-grooming',
    });
    expect(chosen.config.sections).to.deep.equal(['signs-of-grooming', facts.youngPeopleSection]);
    const bad = parseConfig({ audience: 'young-people', sections: 'nope' });
    expect(bad.config.sections, 'a bad value: the audience’s own').to.deep.equal([
      facts.youngPeopleSection,
    ]);
    expect(bad.warnings[0]).to.include("Using the audience's sections");
  });

  it('an unknown section id makes the value invalid: it warns, names it, and shows every section', () => {
    const { config, warnings } = parseConfig({ sections: 'where-it-happens nope' });
    expect(config.sections).to.deep.equal(allIds);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('nope');
  });
});
