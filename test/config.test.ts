import { expect } from '@open-wc/testing';
import { parseConfig, defaultConfig } from '../src/config.js';
import { safeHref } from '../src/contacts.js';
import { facts } from './fixtures/facts.js';

const allIds = facts.sections.map((s) => s.id);

describe('parseConfig', () => {
  it('gives the documented defaults when nothing is set, with no warning', () => {
    expect(parseConfig({})).to.deep.equal({
      config: {
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

  it('takes every valid value, from strings or from typed properties', () => {
    const { config, warnings } = parseConfig({
      headingLevel: ' 4 ',
      sections: 'signs-of-grooming  how-grooming-works',
      open: ['signs-of-grooming'],
      bar: 'STICKY',
      theme: 'dark',
    });
    expect(warnings).to.deep.equal([]);
    expect(config).to.deep.equal({
      headingLevel: 4,
      sections: ['how-grooming-works', 'signs-of-grooming'],
      open: ['signs-of-grooming'],
      bar: 'sticky',
      theme: 'dark',
      quickExit: [],
    });
    expect(parseConfig({ headingLevel: 6 }).config.headingLevel).to.equal(6);
    expect(parseConfig({ sections: 'none' }).config.sections).to.deep.equal([]);
    expect(parseConfig({ open: 'all' }).config.open).to.deep.equal(allIds);
  });

  const bad: [keyof typeof defaultConfig, string, unknown][] = [
    ['headingLevel', 'heading-level', '7'],
    ['headingLevel', 'heading-level', 2.5],
    ['headingLevel', 'heading-level', ''],
    ['sections', 'sections', 'bogus'],
    ['sections', 'sections', ''],
    ['open', 'open', '<img src=x onerror=alert(1)>'],
    ['bar', 'bar', 'floating'],
    ['theme', 'theme', { dark: true }],
    ['theme', 'theme', 'x'.repeat(20000)],
  ];
  for (const [key, attribute, value] of bad) {
    it(`${attribute}=${String(value).slice(0, 30)} warns once, naming the attribute and its values, and uses the default`, () => {
      const { config, warnings } = parseConfig({ [key]: value });
      expect(config[key]).to.deep.equal(defaultConfig[key]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(`${attribute}=`).and.include('Accepted values');
      expect(warnings[0].length).to.be.below(600);
    });
  }

  it('an unknown section id makes the value invalid: it warns, names it, and shows every section', () => {
    const { config, warnings } = parseConfig({ sections: 'where-it-happens nope' });
    expect(config.sections).to.deep.equal(allIds);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('nope');
  });

  it('never throws, whatever the value', () => {
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
    for (const value of [circular, hostile, Symbol('s'), 10n, () => 1, NaN, [1, 2]]) {
      expect(() =>
        parseConfig({
          headingLevel: value,
          sections: value,
          open: value,
          bar: value,
          theme: value,
        }),
      ).not.to.throw();
    }
  });
});

describe('safeHref', () => {
  it('allows https:, tel:, mailto: and sms: only', () => {
    expect(safeHref('https://example.org/')).to.equal('https://example.org/');
    expect(safeHref('tel:999')).to.equal('tel:999');
    expect(safeHref('mailto:a@b.example')).to.equal('mailto:a@b.example');
    expect(safeHref('sms:+447700900000')).to.equal('sms:+447700900000');
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,x',
      'http://example.org',
      '/relative',
      '',
      42,
    ]) {
      expect(safeHref(url), String(url)).to.equal(undefined);
    }
  });
});
