/**
 * Theming: every CSS custom property that custom-elements.json documents (from the element's
 * JSDoc) changes what a reader sees, so the README's API table cannot promise a knob that
 * does nothing. Runs after `npm run build`, which writes the manifest.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { q } from '../support/dom.js';
import { makeElement } from '../support/element.js';

/** Where each custom property shows, and a value to set it to. */
const probes: Record<string, { selector: string; style: string; value: string; focus?: true }> = {
  '--osh-font-family': { selector: '[part~="base"]', style: 'font-family', value: 'monospace' },
  '--osh-color-text': { selector: '[part~="base"]', style: 'color', value: 'rgb(1, 2, 3)' },
  '--osh-color-background': {
    selector: '[part~="base"]',
    style: 'background-color',
    value: 'rgb(1, 2, 3)',
  },
  '--osh-color-link': { selector: '[part~="panel"] a', style: 'color', value: 'rgb(1, 2, 3)' },
  '--osh-color-focus': {
    selector: '[part~="toggle"]',
    style: 'outline-color',
    value: 'rgb(1, 2, 3)',
    focus: true,
  },
  '--osh-bar-background': {
    selector: '[part~="bar"]',
    style: 'background-color',
    value: 'rgb(1, 2, 3)',
  },
  '--osh-bar-text': { selector: '[part~="bar"]', style: 'color', value: 'rgb(1, 2, 3)' },
  '--osh-emergency-background': {
    selector: '[part~="contact-emergency"]',
    style: 'background-color',
    value: 'rgb(1, 2, 3)',
  },
  '--osh-emergency-text': {
    selector: '[part~="contact-emergency"]',
    style: 'color',
    value: 'rgb(1, 2, 3)',
  },
  '--osh-z-index': { selector: '[part~="bar"]', style: 'z-index', value: '7' },
};

async function documentedProperties(): Promise<string[]> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  const element = manifest.modules
    .flatMap((module: { declarations?: unknown[] }) => module.declarations ?? [])
    .find((declaration: { tagName?: string }) => declaration.tagName === 'online-safety-help');
  return element.cssProperties.map((property: { name: string }) => property.name);
}

describe('Theming with custom properties', () => {
  it('documents exactly the custom properties this test knows how to see', async () => {
    expect((await documentedProperties()).sort()).to.deep.equal(Object.keys(probes).sort());
  });

  for (const [name, probe] of Object.entries(probes)) {
    it(`${name} changes the ${probe.style} a reader sees`, async () => {
      const el = await makeElement({ open: 'all', bar: 'sticky', theme: 'light' });
      const target = q(el, probe.selector)!;
      if (probe.focus) {
        // Keyboard focus, so that the focus ring (:focus-visible) is drawn.
        for (let i = 0; i < 20 && el.shadowRoot!.activeElement !== target; i++) {
          await sendKeys({ press: 'Tab' });
        }
        expect(el.shadowRoot!.activeElement).to.equal(target);
      }
      const before = getComputedStyle(target).getPropertyValue(probe.style);
      el.style.setProperty(name, probe.value);
      const after = getComputedStyle(target).getPropertyValue(probe.style);
      expect(before).to.not.equal(probe.value);
      expect(after).to.equal(probe.value);
    });
  }
});
