/**
 * The element's properties as they behave today: a property reads back what was set (the
 * attribute's text, say), and a property set before the element is defined still counts.
 * The typed properties of issue 9 (normalised values, reflected to attributes) change this file.
 */
import { expect } from '@open-wc/testing';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { captureWarnings, type Capture } from '../support/console.js';
import { qa } from '../support/dom.js';
import { makeElement } from '../support/element.js';

let warnings: Capture;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.stop());

describe('Properties', () => {
  it('every observed attribute sets the property of the same meaning', async () => {
    const el = await makeElement({ bar: 'inline' });
    const pairs = {
      'heading-level': ['headingLevel', '4'],
      sections: ['sections', 'signs-of-grooming'],
      open: ['open', 'all'],
      bar: ['bar', 'sticky'],
      theme: ['theme', 'dark'],
    } as const;
    expect(
      [
        ...(el.constructor as typeof HTMLElement & { observedAttributes: string[] })
          .observedAttributes,
      ].sort(),
    ).to.deep.equal(Object.keys(pairs).sort());
    for (const [attribute, [property, value]] of Object.entries(pairs)) {
      el.setAttribute(attribute, value);
      expect(el[property], attribute).to.equal(value);
    }
    await el.updateComplete;
    expect(qa(el, 'h4 > button').map((b) => b.id)).to.deep.equal(['signs-of-grooming']);
    expect(warnings.items).to.deep.equal([]);
  });

  it('heading-level="3" reads back as the text "3"', async () => {
    const el = await makeElement({ 'heading-level': '3', bar: 'inline' });
    expect(el.headingLevel).to.equal('3');
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
