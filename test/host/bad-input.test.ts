import { expect } from '@open-wc/testing';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { openHostPage, type HostPage } from '../support/host-page.js';
import { barLinks, isShown, q, qa, style } from '../support/dom.js';
import { facts } from '../fixtures/facts.js';

// Unit tests of parseConfig (config.test.ts) and of the element (attributes.test.ts) cover the
// rules; these check that the built bundle, on a host page, survives whatever a host writes.

/** The accepted values each warning must name, as the documentation gives them. */
const accepted: Record<string, RegExp> = {
  'heading-level': /1 to 6/,
  sections: /how-grooming-works.*none/s,
  open: /how-grooming-works.*all/s,
  bar: /fixed.*sticky.*inline/,
  theme: /auto.*light.*dark/,
};
const properties: Record<string, string> = {
  headingLevel: 'heading-level',
  sections: 'sections',
  open: 'open',
  bar: 'bar',
  theme: 'theme',
};

const pages: HostPage[] = [];
async function open(query: string) {
  const page = await openHostPage(`bad-input.html?${query}`);
  pages.push(page);
  return page;
}
afterEach(() => pages.splice(0).forEach((page) => page.remove()));

/** The widget shows its defaults: five collapsed sections under h2 headings, a pinned light bar. */
function expectDefaults(page: HostPage) {
  const el = page.element;
  expect(qa(el, 'h2 > button[aria-expanded="false"]')).to.have.length(facts.sections.length);
  expect(qa(el, '[aria-expanded="true"]')).to.have.length(0);
  expect(style(q(el, '[part~="bar"]')!).position).to.equal('fixed');
  expect(style(q(el, '[part="base"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
}

/** The bar is drawn, and its emergency link is on screen and goes to 999. */
function expectEmergency(el: OnlineSafetyHelp) {
  const emergency = barLinks(el).find((a) => a.getAttribute('href') === facts.emergency.href);
  expect(emergency, 'emergency link').to.exist;
  expect(isShown(emergency!)).to.be.true;
  expect(emergency!.getAttribute('aria-label')).to.match(facts.emergency.name);
}

/** Nothing of a markup value became markup, and no script of it ran. */
function expectNoInjection(page: HostPage) {
  expect(page.element.shadowRoot!.querySelectorAll('img, script, iframe')).to.have.length(0);
  expect((page.window as unknown as { pwned?: boolean }).pwned).to.equal(undefined);
}

describe('Bad input through the bundle', () => {
  const values: [string, string, number?][] = [
    ['unknown', 'bogus'],
    ['empty', ''],
    ['20 000 characters', 'x', 20000],
    ['markup', '"><img src=x onerror="window.pwned=true"><script>window.pwned=true</script>'],
  ];
  for (const attribute of Object.keys(accepted)) {
    for (const [kind, value, repeat = 1] of values) {
      it(`${attribute} set to an ${kind} value: one warning naming it and its values, the default, and the bar`, async () => {
        const page = await open(
          new URLSearchParams({ attribute, value, repeat: String(repeat) }).toString(),
        );
        expect(page.errors).to.deep.equal([]);
        expect(page.warnings, page.warnings.join('\n')).to.have.length(1);
        expect(page.warnings[0]).to.include(`${attribute}=`).and.match(accepted[attribute]);
        expect(page.warnings[0].length).to.be.below(600);
        expectDefaults(page);
        expectEmergency(page.element);
        expectNoInjection(page);
      });
    }
  }

  const kinds = ['number', 'boolean', 'circular', 'array', 'symbol', 'function'];
  for (const [property, attribute] of Object.entries(properties)) {
    it(`${property} set to a value of the wrong type before the element upgrades: one warning each time, the default, and the bar`, async () => {
      for (const kind of kinds) {
        const page = await open(`property=${property}&kind=${kind}`);
        expect(page.errors, kind).to.deep.equal([]);
        expect(page.warnings, `${kind}: ${page.warnings.join('\n')}`).to.have.length(1);
        expect(page.warnings[0]).to.include(`${attribute}=`).and.match(accepted[attribute]);
        expectDefaults(page);
        expectEmergency(page.element);
      }
    });
  }

  it('every property set to a wrong type after the element upgrades: one warning each, and the bar', async () => {
    const page = await open('');
    expect(page.warnings).to.deep.equal([]);
    Object.assign(page.element, {
      headingLevel: { level: 3 },
      sections: 42,
      open: true,
      bar: { mode: 'fixed' },
      theme: Symbol('dark'),
    });
    await page.element.updateComplete;
    expect(page.errors).to.deep.equal([]);
    expect(page.warnings).to.have.length(5);
    Object.values(properties).forEach((attribute, i) =>
      expect(page.warnings[i]).to.include(`${attribute}=`).and.match(accepted[attribute]),
    );
    expectDefaults(page);
    expectEmergency(page.element);
  });

  const guidances: [string, string][] = [
    ['a number', 'number'],
    ['a string', 'string'],
    ['an object of the wrong shape', 'circular'],
    ['contacts that are not contacts', 'badContacts'],
    ['sections that are not sections', 'badSections'],
  ];
  for (const [what, kind] of guidances) {
    it(`guidance set to ${what}: one warning, and the bar with the emergency contact`, async () => {
      const page = await open(`property=guidance&kind=${kind}`);
      expect(page.errors).to.deep.equal([]);
      expect(page.warnings, page.warnings.join('\n')).to.have.length(1);
      expect(page.warnings[0]).to.include('guidance');
      expectEmergency(page.element);
    });
  }

  for (const fragment of ['%E0%A4%A', '%', 'signs-of-grooming%']) {
    it(`a malformed fragment in the host page's address (#${fragment}) causes no error`, async () => {
      const page = await open(`#${fragment}`);
      expect(page.errors).to.deep.equal([]);
      expectDefaults(page);
      expectEmergency(page.element);
      page.window.location.hash = `${fragment}x`;
      await new Promise((resolve) => page.window.addEventListener('hashchange', resolve));
      await page.element.updateComplete;
      expect(page.errors).to.deep.equal([]);
    });
  }

  it('a URL from configuration is rendered only with https:, tel:, mailto: or sms:', async () => {
    const page = await open('');
    const bad = [
      'javascript:window.pwned=true',
      ' JavaScript:window.pwned=true',
      'java\tscript:window.pwned=true',
      'data:text/html,<script>window.pwned=true</script>',
      'vbscript:msgbox(1)',
      'http://example.org/',
      '//example.org/',
      '/relative',
      'blob:https://example.org/x',
    ];
    const good = [
      'https://example.org/',
      'tel:+441234567890',
      'mailto:a@b.example',
      'sms:+447700900000',
    ];
    const contact = (href: string, i: number) => ({
      id: i ? 'ceop' : 'nspcc',
      label: `Link ${i}`,
      detail: '',
      name: `Link ${i}`,
      href,
    });
    page.element.guidance = {
      barLabel: 'Help',
      contacts: [...bad, ...good].map(contact) as never,
      sections: [
        {
          id: 'how-grooming-works',
          heading: 'Links',
          body: [[...bad, ...good].map((href) => ({ text: href, href }))],
        },
      ],
    };
    page.element.open = 'all';
    await page.element.updateComplete;
    const hrefs = [...page.element.shadowRoot!.querySelectorAll('[href]')].map((a) =>
      a.getAttribute('href'),
    );
    // Each good URL twice (bar and text), and the emergency contact the bar always keeps.
    expect(hrefs.sort()).to.deep.equal([...good, ...good, facts.emergency.href].sort());
    // The rejected links' text is still shown, as plain text.
    expect(q(page.element, '[part~="panel"]')!.textContent).to.include('vbscript:msgbox(1)');
    expect(page.errors).to.deep.equal([]);
    expectNoInjection(page);
  });
});
