/**
 * The built bundle on a host page survives whatever a host writes: a sample of the bad values
 * that test/unit/config.test.ts tries in full (and test/element/bad-input.test.ts samples on the
 * element), set in the page before the bundle runs (test/fixtures/bad-input.js), and a sample of
 * the URLs test/unit/safe-href.test.ts checks in full.
 */
import { expect } from '@open-wc/testing';
import { facts } from '../fixtures/facts.js';
import { q } from '../support/dom.js';
import {
  expectDefaults,
  expectHelpBar,
  expectNoInjection,
  expectWarnings,
  markup,
} from '../support/expect.js';
import { openHostPage, rendered, type HostPage } from '../support/host-page.js';

const pages: HostPage[] = [];
async function open(query: string) {
  const page = await openHostPage(`bad-input.html?${query}`);
  pages.push(page);
  return page;
}
afterEach(() => pages.splice(0).forEach((page) => page.remove()));

/** The page reported no error, and printed one warning naming the attribute and its values. */
function expectOneWarning(page: HostPage, attribute: string) {
  expect(page.errors).to.deep.equal([]);
  expectWarnings(page.warnings, attribute);
}

describe('Bad settings on a host page', () => {
  const sample: [string, string, string, number?][] = [
    ['heading-level', 'markup', markup('pwned')],
    ['sections', 'a value of 20 000 characters', 'x', 20000],
    ['open', 'an unknown value', 'bogus'],
    ['bar', 'markup', markup('pwned')],
    ['theme', 'an empty value', ''],
  ];
  for (const [attribute, what, value, repeat = 1] of sample) {
    it(`${attribute} set to ${what}: one warning naming it and its values, the defaults, and the bar`, async () => {
      const page = await open(
        new URLSearchParams({ attribute, value, repeat: String(repeat) }).toString(),
      );
      expectOneWarning(page, attribute);
      expectDefaults(page.element);
      expectHelpBar(page.element);
      await expectNoInjection(page.element, 'pwned');
    });
  }

  // One property each, each with another kind of wrong value, set before the bundle defines
  // the element: the element takes them over when it upgrades.
  const properties: [string, string, string][] = [
    ['headingLevel', 'heading-level', 'circular'],
    ['sections', 'sections', 'symbol'],
    ['open', 'open', 'function'],
    ['bar', 'bar', 'array'],
    ['theme', 'theme', 'boolean'],
  ];
  for (const [property, attribute, kind] of properties) {
    it(`${property} set to a ${kind} before the element upgrades: one warning, the defaults, and the bar`, async () => {
      const page = await open(`property=${property}&kind=${kind}`);
      expectOneWarning(page, attribute);
      expectDefaults(page.element);
      expectHelpBar(page.element);
    });
  }

  it('guidance set before the element upgrades to contacts that are not contacts: one warning, and the bar with the emergency contact', async () => {
    const page = await open('property=guidance&kind=badContacts');
    expect(page.errors).to.deep.equal([]);
    expect(page.warnings, page.warnings.join('\n')).to.have.length(1);
    expect(page.warnings[0]).to.include('guidance');
    expectHelpBar(page.element);
  });

  it("a malformed fragment in the host page's address (#%E0%A4%A) causes no error", async () => {
    const page = await open('#%E0%A4%A');
    expect(page.errors).to.deep.equal([]);
    expectDefaults(page.element);
    expectHelpBar(page.element);
    page.window.location.hash = '%E0%A4%Ax';
    await new Promise((resolve) => page.window.addEventListener('hashchange', resolve));
    await rendered(page, page.element);
    expect(page.errors).to.deep.equal([]);
  });

  it('a URL from a host’s guidance is rendered, in the bar or in the text, only if its scheme is allowed', async () => {
    const page = await open('');
    const bad = [
      'javascript:window.pwned=true',
      ' JavaScript:window.pwned=true',
      'data:text/html,<script>window.pwned=true</script>',
      'vbscript:msgbox(1)',
      '//example.org/',
    ];
    const good = ['https://example.org/', 'tel:+441234567890', 'mailto:a@b.example'];
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
    await rendered(page, page.element);
    const hrefs = [...page.element.shadowRoot!.querySelectorAll('[href]')].map((a) =>
      a.getAttribute('href'),
    );
    // Each good URL twice (bar and text), and the emergency contact the bar always keeps.
    expect(hrefs.sort()).to.deep.equal([...good, ...good, facts.emergency.href].sort());
    // The rejected links' text is still shown, as plain text.
    expect(q(page.element, '[part~="panel"]')!.textContent).to.include('vbscript:msgbox(1)');
    expect(page.errors).to.deep.equal([]);
    await expectNoInjection(page.element, 'pwned');
  });
});
