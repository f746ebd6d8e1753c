import { expect, fixture, html } from '@open-wc/testing';
import '../../src/online-safety-help-define.js';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { facts } from '../fixtures/facts.js';

const q = (el: OnlineSafetyHelp, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const qa = (el: OnlineSafetyHelp, s: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(s),
];

let warnings: string[] = [];
let restore: () => void;
beforeEach(() => {
  warnings = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    if (String(args[0]).startsWith('<online-safety-help>')) warnings.push(String(args[0]));
    else original(...args);
  };
  restore = () => (console.warn = original);
});
afterEach(() => restore());

async function make(attrs: Record<string, string>) {
  const el = document.createElement('online-safety-help');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** The bar always renders and always offers the emergency contact. */
function expectBar(el: OnlineSafetyHelp) {
  const emergency = q(el, '[part~="bar"] a[href="tel:999"]');
  expect(emergency, 'emergency link').to.exist;
  expect(emergency!.getBoundingClientRect().height).to.be.greaterThan(0);
}

describe('Attributes', () => {
  it('heading-level sets the level of every section heading', async () => {
    const el = await make({ 'heading-level': '3', bar: 'inline' });
    expect(qa(el, 'h3 > button').length).to.equal(5);
    expect(el.headingLevel).to.equal('3');
    el.headingLevel = 5;
    await el.updateComplete;
    expect(qa(el, 'h5 > button').length).to.equal(5);
  });

  it('sections limits the guidance; "none" leaves the help bar alone', async () => {
    const el = await make({ sections: 'signs-of-grooming if-you-are-concerned', bar: 'inline' });
    expect(qa(el, 'button[aria-expanded]').map((b) => b.id)).to.deep.equal([
      'signs-of-grooming',
      'if-you-are-concerned',
    ]);
    el.setAttribute('sections', 'none');
    await el.updateComplete;
    expect(qa(el, 'button[aria-expanded]')).to.have.length(0);
    expectBar(el);
    expect(warnings).to.deep.equal([]);
  });

  it('open opens the named sections; "all" opens every one', async () => {
    const el = await make({ open: 'aim-of-grooming', bar: 'inline' });
    expect(qa(el, '[aria-expanded="true"]').map((b) => b.id)).to.deep.equal(['aim-of-grooming']);
    el.open = 'all';
    await el.updateComplete;
    expect(qa(el, '[aria-expanded="true"]')).to.have.length(5);
    expect(qa(el, '[part=panel]:not([hidden])')).to.have.length(5);
  });

  it('bar="sticky" and bar="inline" place the bar as documented', async () => {
    const el = await make({ bar: 'sticky' });
    expect(getComputedStyle(q(el, '[part~="bar"]')!).position).to.equal('sticky');
    el.bar = 'inline';
    await el.updateComplete;
    expect(getComputedStyle(q(el, '[part~="bar"]')!).position).to.equal('static');
  });

  it('theme="dark" and theme="light" set the colours', async () => {
    const el = await make({ theme: 'dark', bar: 'inline' });
    const bg = () => getComputedStyle(q(el, '[part="base"]')!).backgroundColor;
    const dark = bg();
    el.theme = 'light';
    await el.updateComplete;
    expect(bg()).to.equal('rgb(255, 255, 255)');
    expect(dark).not.to.equal(bg());
  });

  const badValues = ['bogus', '', 'x'.repeat(20000), '<img src=x onerror="window.__pwned=1">'];
  for (const attribute of ['heading-level', 'sections', 'open', 'bar', 'theme']) {
    for (const value of badValues) {
      it(`${attribute}="${value.slice(0, 24)}" warns once and keeps the default`, async () => {
        const el = await make({ [attribute]: value });
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.include(`${attribute}=`).and.include('Accepted values');
        expectBar(el);
        expect(qa(el, 'button[aria-expanded]').length).to.equal(5);
        expect(q(el, 'h2')).to.exist;
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      });
    }
  }

  it('a property of the wrong type warns and keeps the default', async () => {
    const el = await make({ bar: 'inline' });
    Object.assign(el, { headingLevel: { level: 3 }, sections: 42, open: true, theme: [] });
    await el.updateComplete;
    expect(warnings).to.have.length(4);
    expect(qa(el, 'h2 > button')).to.have.length(5);
    expectBar(el);
  });

  it('guidance replaced with nonsense warns and shows the default guidance', async () => {
    const el = await make({ bar: 'inline' });
    (el as unknown as { guidance: unknown }).guidance = { sections: 'nope' };
    await el.updateComplete;
    expect(warnings).to.have.length(1);
    expect(qa(el, 'button[aria-expanded]').map((b) => b.id)).to.deep.equal(
      facts.sections.map((s) => s.id),
    );
    expectBar(el);
  });

  it('a replaced guidance cannot render a javascript: link, and keeps the emergency contact', async () => {
    const el = await make({ bar: 'inline' });
    el.guidance = {
      barLabel: 'Hilfe',
      sections: [],
      contacts: [
        { id: 'ceop', label: 'Bad', detail: '', name: 'Bad', href: 'javascript:alert(1)' },
        {
          id: 'nspcc',
          label: 'Ruf an',
          detail: '0808 800 5000',
          name: 'Ruf an',
          href: 'tel:08088005000',
        },
      ],
    };
    await el.updateComplete;
    const hrefs = qa(el, '[part~="bar"] a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:08088005000', 'tel:999']);
    expect(q(el, '[part~="bar"]')!.getAttribute('aria-label')).to.equal('Hilfe');
  });
});

describe('Properties', () => {
  it('every observed attribute sets the property of the same meaning', async () => {
    const el = await make({ bar: 'inline' });
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
    expect(warnings).to.deep.equal([]);
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
