/**
 * The element's properties: each observed attribute has a typed property that returns the value
 * in use and writes what a host sets back to the attribute.
 */
import { expect } from '@open-wc/testing';
import { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { facts } from '../fixtures/facts.js';
import { captureWarnings, type Capture } from '../support/console.js';
import { qa } from '../support/dom.js';
import { makeElement } from '../support/element.js';

const parentIds = facts.sections.map((section) => section.id).join(' ');
const everyId = `${parentIds} ${facts.youngPeopleSection}`;

/**
 * For each observed attribute: its property, the property's default, an attribute value with
 * the normalised value the property returns for it, and a value set as a property with the
 * attribute text it is written as.
 */
const expected: Record<
  string,
  { property: string; default: unknown; read: [string, unknown]; write: [unknown, string] }
> = {
  audience: {
    property: 'audience',
    default: 'parents',
    read: [' Young-People ', 'young-people'],
    write: ['young-people', 'young-people'],
  },
  region: { property: 'region', default: 'gb', read: [' UK ', 'gb'], write: ['nz', 'nz'] },
  'heading-level': { property: 'headingLevel', default: 2, read: [' 4 ', 4], write: [5, '5'] },
  sections: {
    property: 'sections',
    default: parentIds,
    read: ['signs-of-grooming HOW-GROOMING-WORKS', 'how-grooming-works signs-of-grooming'],
    write: [['where-it-happens', 'aim-of-grooming'], 'where-it-happens aim-of-grooming'],
  },
  open: {
    property: 'open',
    default: '',
    read: ['all', everyId],
    write: ['signs-of-grooming', 'signs-of-grooming'],
  },
  bar: {
    property: 'bar',
    default: 'fixed',
    read: ['STICKY', 'sticky'],
    write: ['inline', 'inline'],
  },
  theme: { property: 'theme', default: 'auto', read: ['Dark', 'dark'], write: ['light', 'light'] },
  'quick-exit': {
    property: 'quickExit',
    default: 'off',
    read: ['ON', 'on'],
    write: [['https://weather.example/Today'], 'https://weather.example/Today'],
  },
};

let warnings: Capture;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.stop());

const make = () => makeElement({ bar: 'inline' });

describe('Typed properties', () => {
  it('every observed attribute has a property, and no property is undocumented here', () => {
    expect([...OnlineSafetyHelp.observedAttributes].sort()).to.deep.equal(
      Object.keys(expected).sort(),
    );
  });

  for (const [attribute, { property, default: fallback, read, write }] of Object.entries(
    expected,
  )) {
    describe(`${attribute} and ${property}`, () => {
      it(`${property} returns the value in use: the default, then the attribute's value normalised`, async () => {
        const el = document.createElement('online-safety-help') as unknown as Record<
          string,
          unknown
        > &
          HTMLElement;
        expect(el[property], 'before it is connected').to.deep.equal(fallback);
        el.setAttribute(attribute, read[0]);
        expect(el[property]).to.deep.equal(read[1]);
        el.setAttribute(attribute, 'no such value');
        expect(el[property], 'a value that is not valid').to.deep.equal(fallback);
      });

      it(`setting ${property} writes the attribute, so CSS attribute selectors match; null removes it`, async () => {
        const el = (await make()) as unknown as Record<string, unknown> & OnlineSafetyHelp;
        el[property] = write[0];
        expect(el.getAttribute(attribute)).to.equal(write[1]);
        expect(el.matches(`[${attribute}="${write[1]}"]`)).to.be.true;
        expect(el[property]).to.deep.equal(
          typeof read[1] === 'number' ? Number(write[1]) : write[1],
        );
        el[property] = null;
        expect(el.hasAttribute(attribute)).to.be.false;
        expect(el[property]).to.deep.equal(fallback);
      });
    });
  }

  it('a value set as a property takes effect in one render', async () => {
    const el = await make();
    el.headingLevel = 4;
    el.sections = 'signs-of-grooming';
    await el.updateComplete;
    const headings = qa(el, 'h4 > button').map((b) => b.id);
    expect(headings).to.deep.equal(['signs-of-grooming']);
  });

  it('a property of the wrong type is written as text, warned about once, and the default is used', async () => {
    const el = await make();
    (el as unknown as { theme: unknown }).theme = { dark: true };
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('[object Object]');
    expect(el.theme).to.equal('auto');
    expect(warnings.items).to.have.length(1);
    expect(warnings.items[0])
      .to.include('theme=')
      .and.include('Accepted values: auto, light, dark');
  });

  it('a property whose value cannot be turned into text does not throw', async () => {
    const el = await make();
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(() => ((el as unknown as { bar: unknown }).bar = hostile)).not.to.throw();
    await el.updateComplete;
    expect(el.bar).to.equal('fixed');
  });
  it('a property set before the element is defined still takes effect', async () => {
    const name = `osh-early-${Math.random().toString(36).slice(2)}`;
    const early = document.createElement(name) as HTMLElement & { sections?: string; bar?: string };
    early.sections = 'aim-of-grooming';
    early.bar = 'inline';
    document.body.append(early);
    const { OnlineSafetyHelp } = await import('../../src/online-safety-help.js');
    customElements.define(name, class extends OnlineSafetyHelp {});
    const upgraded = early as unknown as OnlineSafetyHelp;
    await upgraded.updateComplete;
    expect(qa(upgraded, 'button[aria-expanded]').map((b) => b.id)).to.deep.equal([
      'aim-of-grooming',
    ]);
    early.remove();
  });
});
