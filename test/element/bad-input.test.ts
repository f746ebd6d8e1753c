/**
 * Bad settings on the element: a sample of the values test/unit/config.test.ts tries in full,
 * one kind of bad value for each attribute, and every kind of bad `guidance` (which only the
 * element reads). The widget warns once, shows its defaults and keeps the help bar.
 */
import { expect } from '@open-wc/testing';
import { facts } from '../fixtures/facts.js';
import { captureWarnings, type Capture } from '../support/console.js';
import { qa } from '../support/dom.js';
import { makeElement } from '../support/element.js';
import {
  acceptedValues,
  expectDefaults,
  expectHelpBar,
  expectNoInjection,
  expectWarnings,
  markup,
} from '../support/expect.js';

let warnings: Capture;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.stop());

describe('Bad settings on the element', () => {
  const sample: [string, string, string][] = [
    ['heading-level', 'an unknown value', 'bogus'],
    ['sections', 'markup', markup('injectedBySections')],
    ['open', 'an unknown id', 'signs-of-groming'],
    ['bar', 'a value of 20 000 characters', 'x'.repeat(20000)],
    ['theme', 'markup', markup('injectedByTheme')],
  ];
  for (const [attribute, what, value] of sample) {
    it(`${attribute} set to ${what}: one warning naming it and its values, the defaults, and the bar`, async () => {
      const el = await makeElement({ [attribute]: value });
      expectWarnings(warnings.items, attribute);
      expectDefaults(el);
      expectHelpBar(el);
      const marker = /window\.(\w+)=/.exec(value)?.[1];
      if (marker) await expectNoInjection(el, marker);
    });
  }

  it('every property set to a value of the wrong type: one warning each, the defaults, and the bar', async () => {
    const el = await makeElement({ bar: 'inline' });
    Object.assign(el, {
      audience: ['young', 'people'],
      region: ['g', 'b'],
      headingLevel: { level: 3 },
      sections: 42,
      open: true,
      bar: { mode: 'fixed' },
      theme: Symbol('dark'),
      quickExit: { href: 'https://weather.example/' },
    });
    await el.updateComplete;
    expectWarnings(warnings.items, ...Object.keys(acceptedValues));
    expectDefaults(el);
    expectHelpBar(el);
  });

  const circular: Record<string, unknown> = {};
  circular.self = circular;
  const guidances: [string, unknown][] = [
    ['a number', 42],
    ['a string', 'nope'],
    ['an object of the wrong shape', circular],
    ['sections that are not a list', { sections: 'nope' }],
    [
      'contacts that are not contacts',
      { barLabel: 'Help', sections: [], contacts: [null, 5, 'x', { href: 42 }] },
    ],
    [
      'sections that are not sections',
      {
        barLabel: 'Help',
        contacts: [],
        sections: [null, 5, { id: 'how-grooming-works', heading: {}, body: 'x' }],
      },
    ],
  ];
  for (const [what, guidance] of guidances) {
    it(`guidance set to ${what}: one warning, the default guidance, and the bar`, async () => {
      const el = await makeElement({ bar: 'inline' });
      (el as unknown as { guidance: unknown }).guidance = guidance;
      await el.updateComplete;
      expect(warnings.items, warnings.items.join('\n')).to.have.length(1);
      expect(warnings.items[0]).to.include('guidance');
      expect(qa(el, 'button[aria-expanded]').map((b) => b.id)).to.deep.equal(
        facts.sections.map((s) => s.id),
      );
      expectHelpBar(el);
    });
  }
});
