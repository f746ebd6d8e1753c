/**
 * The code builder is accessible in every state, at 1280 px and at 320 px: axe-core finds no
 * WCAG 2.0 to 2.2 A/AA violation in the builder's page or in its preview, and at 320 px nothing
 * scrolls sideways.
 */
import { expect } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import { describeViolations, runAxe } from '../support/axe.js';
import { samples } from '../support/get-the-code-samples.js';
import { choose, openBuilder, typeInto, until, type Builder } from '../support/get-the-code.js';
import { settle, type HostPage } from '../support/host-page.js';

/** axe in the builder's own page; its preview's frame is checked on its own (see below). */
const axeBuilder = (builder: Builder): Promise<AxeResults> => runAxe(builder, { iframes: false });

const states: { state: string; make: (builder: Builder) => Promise<void> }[] = [
  { state: 'as it opens', make: async () => {} },
  {
    state: "a young people's page with a host contact",
    make: (builder) => choose(builder, samples[1]),
  },
  { state: 'every setting changed', make: (builder) => choose(builder, samples[2]) },
  {
    state: 'with messages beside the contact and the safe pages',
    make: async (builder) => {
      await choose(builder, {
        settings: { quickExit: 'http://not-safe.example/' },
        contact: { label: '', address: 'javascript:alert(1)' },
      });
    },
  },
  {
    state: 'with "Where the reader is": the fallback country shown',
    make: async (builder) => {
      const select = builder.document.querySelector<HTMLSelectElement>(
        '[data-setting="region"] select',
      )!;
      select.value = 'auto';
      select.dispatchEvent(new Event('input', { bubbles: true }));
      await settle(builder);
      expect(builder.document.getElementById('fallback-region-field')!.hidden).to.be.false;
    },
  },
  {
    state: 'after a copy, its result announced',
    make: async (builder) => {
      Object.defineProperty(builder.window.navigator, 'clipboard', { value: undefined });
      builder.document.querySelector<HTMLButtonElement>('button[data-copy="html"]')!.click();
      const status = builder.document.getElementById('copy-html-status')!;
      await until(() => status.textContent, 'the status');
    },
  },
  {
    state: 'after the preview used its quick exit',
    make: async (builder) => {
      await choose(builder, { settings: { audience: 'young-people' } });
      const { element } = await builder.preview();
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="exit"]')!.click();
      const notice = builder.document.getElementById('preview-left')!;
      await until(() => !notice.hidden, 'the notice');
    },
  },
];

for (const [size, width, height] of [
  ['1280 px', 1280, 900],
  ['320 px', 320, 640],
] as const) {
  describe(`Get the code at ${size}: axe-core finds nothing, and nothing scrolls sideways`, function () {
    // Two axe runs over a long form and a page with the widget: WebKit under load needs more
    // than the default 10 s.
    this.timeout(30000);
    let builder: Builder;
    afterEach(() => builder.remove());

    for (const { state, make } of states) {
      it(state, async () => {
        builder = await openBuilder({ width, height });
        await make(builder);
        await settle(builder);
        const { violations, passes } = await axeBuilder(builder);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
        expect(passes.map((rule) => rule.id)).to.include.members(['label', 'color-contrast']);
        const root = builder.document.documentElement;
        const wide = [...builder.document.querySelectorAll('body *')]
          .filter(
            (element) =>
              element.getBoundingClientRect().right > width + 0.5 ||
              element.scrollWidth > element.clientWidth + 1,
          )
          .map((element) => `${element.localName}#${element.id}.${element.className}`);
        expect(root.scrollWidth, `wider than the window: ${wide.join(', ')}`).to.be.at.most(width);

        const left = !builder.document.getElementById('preview-left')!.hidden;
        if (!left) {
          // The preview's page, with the widget in it.
          const { window, element } = await builder.preview();
          const page = { window, document: window.document, element } as unknown as HostPage;
          const result = await runAxe(page);
          expect(result.violations, describeViolations(result.violations)).to.deep.equal([]);
        }
      });
    }
  });
}

describe('Get the code: every message is tied to its field', () => {
  it('each field with a message names it in aria-describedby, and is marked invalid', async () => {
    const builder = await openBuilder();
    try {
      await choose(builder, {
        settings: { quickExit: 'ftp://files.example/' },
        contact: { label: 'Call us', address: 'http://school.example/' },
      });
      const shown = [...builder.document.querySelectorAll<HTMLElement>('.message')].filter(
        (message) => !message.hidden,
      );
      expect(shown).to.have.length(2);
      for (const message of shown) {
        const field = builder.document.querySelector(`[aria-describedby~="${message.id}"]`)!;
        expect(field, message.id).to.exist;
        expect(field.getAttribute('aria-invalid')).to.equal('true');
      }
      // Put right, the messages go.
      typeInto(
        builder.document.getElementById('contact-address') as HTMLInputElement,
        'tel:01632 960123',
      );
      await settle(builder);
      expect(builder.document.getElementById('contact-address-message')!.hidden).to.be.true;
    } finally {
      builder.remove();
    }
  });
});
