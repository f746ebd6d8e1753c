/**
 * The right door in each country: for every region and audience, on a host page that loads the
 * built bundle, the help bar's contacts (where each goes, what a screen reader announces) and
 * the guidance's words, against facts written from the contacts sheet (test/fixtures/facts.ts);
 * no UK-only contact elsewhere; the reader's own choice of country, by keyboard; What's Up's
 * hours in New Zealand time.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import {
  bothOpen,
  facts,
  neverUse,
  normalise,
  regionFacts,
  ukOnly,
  type BarFact,
} from '../fixtures/facts.js';
import { barOf, deepActiveElement, isShown, panelOf, q, qa } from '../support/dom.js';
import { openHostPage, rendered, type HostPage } from '../support/host-page.js';

type Region = keyof typeof regionFacts;
const regions = Object.keys(regionFacts) as Region[];
const audiences = ['parents', 'young-people'] as const;

/** The bar's built-in contacts, links and text alike, as a reader meets them: where, and name. */
function barItems(el: OnlineSafetyHelp) {
  return qa(el, '[part~="bar"] [part~="contact"]').map((item) => ({
    id: item.dataset.contact,
    href: item.getAttribute('href'),
    name: normalise(item.getAttribute('aria-label') ?? item.textContent),
    link: item.hasAttribute('href'),
    shown: isShown(item),
  }));
}

/** The country select in an element's bar. */
const countrySelect = (el: OnlineSafetyHelp) => q<HTMLSelectElement>(el, '[part~="bar"] select');

/** A region's page: every widget with these settings from the first render. */
function regionPage(
  settings: Record<string, string>,
  at = bothOpen,
  options: { width?: number; height?: number } = {},
): Promise<HostPage> {
  return openHostPage(`regions.html?${new URLSearchParams(settings)}`, { at, ...options });
}

/** Every address and every text of a widget with all its sections open. */
async function everything(page: HostPage, el: OnlineSafetyHelp) {
  el.open = 'all';
  await rendered(page, el);
  return {
    hrefs: qa(el, '[href]').map((a) => a.getAttribute('href')!),
    text: normalise(el.shadowRoot!.textContent),
  };
}

const expectBar = (el: OnlineSafetyHelp, expected: BarFact[]) => {
  const items = barItems(el);
  expect(
    items.map(({ href }) => href),
    'where each contact goes, in order',
  ).to.deep.equal(expected.map(({ href }) => href));
  items.forEach((item, i) => {
    expect(item.name, `${item.href ?? item.id}: its name`).to.match(expected[i].name);
    expect(item.shown, `${item.name} shown`).to.be.true;
    expect(item.link, `${item.name} is a link`).to.equal(expected[i].href !== null);
  });
};

describe('Each region’s help bar, for each audience', () => {
  let page: HostPage;
  afterEach(() => page?.remove());

  for (const region of regions) {
    for (const audience of audiences) {
      it(`${region}, ${audience}: the contacts the sheet gives, in order, each named for what it does, the emergency contact among them`, async () => {
        page = await regionPage({ region, audience });
        const expected = regionFacts[region][audience];
        for (const el of page.document.querySelectorAll<OnlineSafetyHelp>('online-safety-help')) {
          expectBar(el, expected);
          const emergency = barItems(el).filter((item) => item.id === 'emergency');
          expect(emergency, 'one emergency contact').to.have.length(1);
          expect(emergency[0].href).to.equal(regionFacts[region].emergency.href);
          expect(emergency[0].name).to.match(regionFacts[region].emergency.name);
        }
        // The host's own link stays in the bar, after the built-in contacts.
        const host = page.element.querySelector('a[slot="contact"]')!;
        expect(isShown(host)).to.be.true;
        expect(barOf(page.element).getBoundingClientRect().bottom).to.be.at.least(
          host.getBoundingClientRect().bottom,
        );
        expect(page.record!.warnings).to.deep.equal([]);
        expect(page.errors).to.deep.equal([]);
      });
    }
  }

  for (const region of regions.filter((r) => r !== 'gb')) {
    it(`${region}: no UK-only contact anywhere in the widget, for either audience, nor a number the sheet says never to use`, async () => {
      for (const audience of audiences) {
        page?.remove();
        page = await regionPage({ region, audience });
        const { hrefs, text } = await everything(page, page.element);
        expect(hrefs.length, 'links found').to.be.above(2);
        for (const href of ukOnly.hrefs) expect(hrefs, audience).to.not.include(href);
        for (const words of ukOnly.words) expect(text, audience).to.not.match(words);
        // 999 reaches the Gardaí in Ireland too; the UK's 999 link is never shown elsewhere.
        if (region !== 'ie') expect(text).to.not.match(/\b999\b/);
        for (const number of neverUse) {
          expect(hrefs.map((href) => href.replace(/\D/g, ''))).to.not.include(number);
          expect(text.replace(/\D/g, '')).to.not.include(number);
        }
      }
    });
  }
});

describe('Each region’s guidance', () => {
  let page: HostPage;
  afterEach(() => page?.remove());

  /** A section's panel, by id. */
  const panel = (el: OnlineSafetyHelp, id: string) => panelOf(q(el, `#${id}`)!);
  const links = (node: Element) =>
    [...node.querySelectorAll('a')].map((a) => a.getAttribute('href'));

  it('the first four sections read the same in every region, but for where to report', async () => {
    const texts: Record<string, string[]> = {};
    for (const region of regions) {
      page?.remove();
      page = await regionPage({ region, open: 'all' });
      const el = page.element;
      texts[region] = [
        'how-grooming-works',
        'where-it-happens',
        'aim-of-grooming',
        'signs-of-grooming',
      ].map((id) => normalise(q(el, `#${id}`)!.textContent) + normalise(panel(el, id).textContent));
      const last = [...panel(el, 'where-it-happens').querySelectorAll('p')].at(-1)!;
      const { href, words } = regionFacts[region].report;
      expect(normalise(last.textContent), region).to.match(words);
      expect(links(last), region).to.deep.equal(href ? [href] : []);
    }
    const withoutLast = (text: string) => text.slice(0, text.lastIndexOf('If your child uses'));
    for (const region of regions) {
      const [how, where, aim, signs] = texts[region];
      expect([how, withoutLast(where), aim, signs], region).to.deep.equal([
        texts.gb[0],
        withoutLast(texts.gb[1]),
        texts.gb[2],
        texts.gb[3],
      ]);
    }
  });

  for (const region of regions) {
    it(`${region}: parents are told who to report to, who to talk to and what to do in an emergency`, async () => {
      page = await regionPage({ region, open: 'all' });
      const section = panel(page.element, 'if-you-are-concerned');
      const text = normalise(section.textContent);
      const paragraphs = [...section.querySelectorAll('p')].map((p) => normalise(p.textContent));
      expect(paragraphs, 'report, talk, danger').to.have.length(3);
      expect(paragraphs[0]).to.match(/^If you're concerned that your child might be being groomed/);
      expect(paragraphs[1]).to.match(/^If you want to discuss your concerns with someone/);
      expect(paragraphs[2]).to.match(/^If you believe your child is at immediate risk/);
      expect(links(section)).to.include.members(regionFacts[region].parentsLinks);
      const { emergency } = regionFacts[region];
      if (emergency.href)
        expect(links(section.querySelectorAll('p')[2])).to.include(emergency.href);
      else expect(paragraphs[2]).to.match(/call your local emergency number or the police/);
      if (region === 'other') expect(text).to.match(/police/);
    });

    it(`${region}: young people are told it is not their fault, and who to talk to, where to report and what to do in danger`, async () => {
      page = await regionPage({ region, audience: 'young-people', open: 'all' });
      const section = panel(page.element, facts.youngPeopleSection);
      const text = normalise(section.textContent);
      expect(text)
        .to.match(/never your fault/i)
        .and.match(/adult you trust/i);
      const items = [...section.querySelectorAll('li')].map((li) => normalise(li.textContent));
      expect(items).to.have.length(4);
      expect(items[1]).to.match(/^Talk to/);
      expect(items[3]).to.match(/^If you are in danger right now/);
      expect(links(section)).to.include.members(regionFacts[region].youngLinks);
      const { emergency } = regionFacts[region];
      if (emergency.href)
        expect(links(section.querySelectorAll('li')[3])).to.include(emergency.href);
      else expect(items[3]).to.match(/call your local emergency number or the police/);
    });
  }

  it('New Zealand: the young people’s section gives What’s Up’s hours, 11am to 11pm every day', async () => {
    page = await regionPage({ region: 'nz', audience: 'young-people', open: 'all' });
    const text = normalise(panel(page.element, facts.youngPeopleSection).textContent);
    expect(text).to.match(/What's Up\W+call 0800 942 8787\W+free\W+phones 11am–11pm every day/);
  });

  it('Canada: young people are told how to text Kids Help Phone and how to call it', async () => {
    page = await regionPage({ region: 'ca', audience: 'young-people', open: 'all' });
    const section = panel(page.element, facts.youngPeopleSection);
    const text = normalise(section.textContent);
    expect(text).to.match(
      /Kids Help Phone, free, 24\/7: text CONNECT to 686868 or call 1-800-668-6868/,
    );
  });
});

describe('The reader’s choice of country', () => {
  let page: HostPage;
  afterEach(() => page?.remove());

  it('is a native select in the bar, labelled for what it does, showing the region, the first stop in the bar after the quick exit', async () => {
    page = await regionPage({ region: 'ca' });
    const select = countrySelect(page.element)!;
    expect([...select.labels!].map((label) => normalise(label.textContent))).to.deep.equal([
      'Help for',
    ]);
    expect(isShown(select)).to.be.true;
    expect(select.selectedOptions[0].textContent).to.equal('Canada');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(
      regions.map((r) => regionFacts[r].name),
    );
    const { width, height } = select.getBoundingClientRect();
    expect(width).to.be.at.least(44);
    expect(height).to.be.at.least(44);
    // It names the country whose help follows: one Tab after the quick exit, one before the
    // first contact.
    expect(barOf(page.element).querySelector('select, a')).to.equal(select);
    page.element.quickExit = 'on';
    await rendered(page, page.element);
    q<HTMLElement>(page.element, '[part~="exit"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(page.document)).to.equal(select);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(page.document)).to.equal(
      qa(page.element, '[part~="bar"] [part~="contact"]')[0],
    );
  });

  it('by keyboard: every widget on the page shows the chosen country, the event fires once, and focus stays on the select', async () => {
    page = await regionPage({ region: 'gb' });
    const [first, second] = page.document.querySelectorAll<OnlineSafetyHelp>('online-safety-help');
    const events: { region: string; target: EventTarget | null }[] = [];
    page.window.addEventListener('online-safety-help-region', (event) =>
      events.push({ ...(event as CustomEvent).detail, target: event.target }),
    );
    const select = countrySelect(first)!;
    select.focus();
    // The next country down the list: Ireland.
    await sendKeys({ press: 'ArrowDown' });
    await rendered(page, first, second);
    expect(events).to.deep.equal([{ region: 'ie', target: first }]);
    for (const el of [first, second]) {
      expect(el.region).to.equal('ie');
      expect(el.getAttribute('region')).to.equal('ie');
      expect(countrySelect(el)!.value).to.equal('ie');
      expectBar(el, regionFacts.ie.parents);
    }
    expect(deepActiveElement(page.document), 'focus stays on the select').to.equal(select);
    // Nothing is stored: the choice lasts as long as the page.
    expect(page.record!.storageWrites).to.deep.equal([]);
  });

  it('a host that sets the region fires no event, and its later change wins over the reader’s', async () => {
    page = await regionPage({ region: 'us' });
    const el = page.element;
    const events: unknown[] = [];
    page.window.addEventListener('online-safety-help-region', (event) => events.push(event));
    countrySelect(el)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await rendered(page, el);
    expect(el.region).to.equal('ca');
    el.setAttribute('region', 'au');
    await rendered(page, el);
    el.region = 'nz';
    await rendered(page, el);
    expect(events).to.have.length(1);
    expect(countrySelect(el)!.value).to.equal('nz');
    expectBar(el, regionFacts.nz.parents);
  });

  it('with a host’s own guidance, the bar offers no choice of country, and its emergency contact is the region’s own', async () => {
    page = await regionPage({ region: 'au' });
    const el = page.element;
    el.guidance = {
      ...el.guidance,
      contacts: el.guidance.contacts.filter((contact) => contact.id !== 'emergency'),
    };
    await rendered(page, el);
    expect(countrySelect(el)).to.equal(null);
    expect(barItems(el).at(-1)).to.include({ id: 'emergency', href: 'tel:000' });
    el.region = 'other';
    await rendered(page, el);
    expect(barItems(el).at(-1)!.name).to.match(regionFacts.other.emergency.name);
    expect(barItems(el).at(-1)!.link).to.be.false;
    // Text, not a link: nothing to follow, no contact event.
    const events: unknown[] = [];
    page.window.addEventListener('online-safety-help-contact', (event) => events.push(event));
    q(el, '[part~="contact-emergency"]')!.click();
    expect(events).to.deep.equal([]);
    // Given back its built-in guidance, the element offers the choice again.
    el.guidance = undefined;
    await rendered(page, el);
    expect(countrySelect(el)!.value).to.equal('other');
  });
});

describe('What’s Up’s phone hours, in New Zealand time', () => {
  let page: HostPage;
  afterEach(() => page?.remove());

  const open = {
    href: 'tel:08009428787',
    name: /^What's Up 0800 942 8787\W+free\W+Lines open until 11pm$/,
  };
  // Closed, the bar offers Oranga Tamariki's 24-hour line instead.
  const closed = {
    href: 'tel:0508326459',
    name: /^Oranga Tamariki 0508 326 459\W+free, 24\/7\W+What's Up closed until 11am$/,
  };
  const moments: [string, string, typeof open][] = [
    ['10:59am on a summer Tuesday (NZDT)', '2026-12-07T21:59:00Z', closed],
    ['11am on a summer Tuesday', '2026-12-07T22:00:00Z', open],
    ['10:59pm on a summer Tuesday', '2026-12-08T09:59:00Z', open],
    ['11pm on a summer Tuesday', '2026-12-08T10:00:00Z', closed],
    ['10:59am on a winter Wednesday (NZST)', '2026-07-14T22:59:00Z', closed],
    ['11pm on a winter Wednesday', '2026-07-15T11:00:00Z', closed],
    ['10:59pm on a winter Wednesday', '2026-07-15T10:59:00Z', open],
    ['10:59am the Sunday the clocks go forward (NZDT from 2am)', '2026-09-26T21:59:00Z', closed],
    ['11am the Sunday the clocks go forward', '2026-09-26T22:00:00Z', open],
    ['10:59pm the Sunday the clocks go forward', '2026-09-27T09:59:00Z', open],
    ['11pm the Sunday the clocks go forward', '2026-09-27T10:00:00Z', closed],
    ['10:59am the Sunday the clocks go back (NZST from 3am)', '2027-04-03T22:59:00Z', closed],
    ['11am the Sunday the clocks go back', '2027-04-03T23:00:00Z', open],
    ['10:59pm the Sunday the clocks go back', '2027-04-04T10:59:00Z', open],
    ['11pm the Sunday the clocks go back', '2027-04-04T11:00:00Z', closed],
  ];
  for (const [when, at, expected] of moments) {
    it(`${when}: ${expected === open ? 'What’s Up, open until 11pm' : 'Oranga Tamariki, 24/7, and when What’s Up opens'}`, async () => {
      page = await regionPage({ region: 'nz', audience: 'young-people' }, at);
      const [netsafe, , emergency] = regionFacts.nz['young-people'];
      expectBar(page.element, [netsafe, expected, emergency]);
    });
  }
});
