/**
 * Every code snippet in README.md and docs/*.md runs, and gives a reader what the docs promise:
 * the element upgraded, the help bar with its contacts, the snippet's own settings applied, the
 * fallback links offering the same contacts as the bar, no warning and no error. Each snippet is
 * a page of its own, served by test/support/doc-snippets.mjs, which says how each kind runs.
 */
import { expect } from '@open-wc/testing';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { closedRoutes, facts, normalise, regionFacts } from '../fixtures/facts.js';

interface Link {
  href: string;
  text: string;
}
interface SnippetElement {
  /** Attribute name to value, as the snippet writes it. */
  settings: Record<string, string>;
  hostLinks: Link[];
  fallbackLinks: Link[];
}
interface Snippet {
  id: string;
  title: string;
  kind?: 'html' | 'css' | 'react' | 'vue';
  skip?: string;
  error?: string;
  elements?: SnippetElement[];
  viteConfig?: string;
}
type SnippetWindow = Window &
  typeof globalThis & {
    hostPageRecord: { warnings: string[]; errors: string[]; violations: unknown[] };
    consoleErrors: string[];
  };

const snippets: Snippet[] = await (await fetch('/docs-snippets/index.json')).json();

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

async function open(path: string): Promise<{ window: SnippetWindow; document: Document }> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width:1024px;height:768px;border:0;display:block';
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const w = frame.contentWindow as SnippetWindow;
  return { window: w, document: w.document };
}

/** Waits for the element to be defined and every instance to render, and for one more frame. */
async function upgraded(w: SnippetWindow): Promise<OnlineSafetyHelp[]> {
  const defined = w.customElements.whenDefined('online-safety-help');
  const late = new Promise((_, reject) =>
    setTimeout(() => reject(new Error('<online-safety-help> was not defined in 5 s')), 5000),
  );
  await Promise.race([defined, late]);
  const elements = [...w.document.querySelectorAll('online-safety-help')] as OnlineSafetyHelp[];
  await Promise.all(elements.map((element) => element.updateComplete));
  await new Promise((resolve) => w.requestAnimationFrame(() => setTimeout(resolve)));
  return elements;
}

const style = (element: Element) => element.ownerDocument.defaultView!.getComputedStyle(element);

function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && style(element).visibility !== 'hidden';
}

/** Relative luminance of a computed `rgb()` colour (WCAG). */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

type Region = keyof typeof regionFacts;
/** The region a snippet sets (`uk` is the UK's code too); `auto` pages here are in no one zone. */
const regionOf = (settings: Record<string, string>): Region | undefined => {
  const value = (settings.region ?? 'gb').toLowerCase();
  return value === 'uk' ? 'gb' : value === 'auto' ? undefined : (value as Region);
};
/** The built-in contacts of a region's bar for an audience, as the facts give them. */
const builtIn = (settings: Record<string, string>) => {
  const region = regionOf(settings);
  return region ? regionFacts[region][(settings.audience ?? 'parents') as 'parents'] : [];
};
const sectionIds = [...facts.sections.map((section) => section.id), facts.youngPeopleSection];
const ids = (value: string) => value.trim().split(/\s+/);

/** What each setting changes, as a reader sees it. */
const settingChecks: Record<string, (el: OnlineSafetyHelp, value: string, first: boolean) => void> =
  {
    audience: (el, value) => {
      const shown = [...el.shadowRoot!.querySelectorAll('[part~="toggle"]')].map((t) => t.id);
      const own = value === 'young-people' ? [facts.youngPeopleSection] : sectionIds.slice(0, 5);
      if (!el.hasAttribute('sections')) expect(shown).to.deep.equal(own);
    },
    'heading-level': (el, value) => {
      const levels = [...el.shadowRoot!.querySelectorAll('[part~="toggle"]')].map(
        (toggle) => toggle.parentElement!.localName,
      );
      expect(levels.length, 'sections shown').to.be.above(0);
      expect(new Set(levels)).to.deep.equal(new Set([`h${value}`]));
    },
    open: (el, value) => {
      const toggles = [...el.shadowRoot!.querySelectorAll('[part~="toggle"]')];
      const open = toggles.filter((t) => t.getAttribute('aria-expanded') === 'true');
      const expected = value === 'all' ? toggles.map((t) => t.id) : ids(value);
      expect(open.map((t) => t.id)).to.deep.equal(expected);
      for (const toggle of open) {
        const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
        expect(isShown(panel), `${toggle.id} panel shown`).to.be.true;
      }
    },
    sections: (el, value) => {
      const shown = [...el.shadowRoot!.querySelectorAll('[part~="toggle"]')].map((t) => t.id);
      const expected = value === 'none' ? [] : sectionIds.filter((id) => ids(value).includes(id));
      expect(shown).to.deep.equal(expected);
    },
    bar: (el, value, first) => {
      // Only the first element on a page pins its bar.
      if (!first) return;
      const bar = el.shadowRoot!.querySelector('[part~="bar"]')!;
      const position = { fixed: 'fixed', sticky: 'sticky', inline: 'relative' }[value];
      expect(style(bar).position).to.equal(position);
    },
    'quick-exit': (el, value) => {
      const exit = el.shadowRoot!.querySelector('[part~="exit"]');
      if (value === 'off') expect(exit, 'no exit control').to.equal(null);
      else expect(exit && isShown(exit), 'the exit control shown').to.be.true;
    },
    region: (el, value) => {
      const select = el.shadowRoot!.querySelector('select')!;
      const region = regionOf({ region: value });
      if (region) expect(select.value).to.equal(region);
      else expect(Object.keys(regionFacts)).to.include(select.value);
    },
    theme: (el, value) => {
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      const light = luminance(style(base).backgroundColor);
      if (value === 'dark') expect(light, 'background luminance').to.be.below(0.2);
      if (value === 'light') expect(light, 'background luminance').to.be.above(0.6);
    },
  };

/** The element upgraded, its bar with the contacts, and what the snippet set. */
function expectWorking(el: OnlineSafetyHelp, spec: SnippetElement, first: boolean) {
  expect(el.matches(':defined'), 'upgraded').to.be.true;
  const bar = el.shadowRoot!.querySelector<HTMLElement>('[part~="bar"]');
  expect(bar, 'help bar').to.exist;
  expect(isShown(bar!), 'help bar shown').to.be.true;

  const items = [...bar!.querySelectorAll('[part~="contact"]')];
  const contacts = builtIn(spec.settings);
  for (const open of contacts) {
    // A phone line closed at the page's moment shows its 24-hour route instead; a contact without
    // an address (no one emergency number) is text in the bar.
    const closed = closedRoutes[open.href!];
    const contact = items.some((a) => a.getAttribute('href') === open.href) ? open : closed;
    const item = contact && items.find((a) => a.getAttribute('href') === contact.href);
    expect(item, `${open.href ?? 'the text contact'} in the bar`).to.exist;
    expect(isShown(item!), `${contact.href} shown`).to.be.true;
    expect(normalise(item!.getAttribute('aria-label') ?? item!.textContent)).to.match(contact.name);
  }

  for (const [name, value] of Object.entries(spec.settings)) {
    const check = settingChecks[name];
    expect(check, `a check of what "${name}" does (test/docs/snippets.test.ts)`).to.exist;
    check(el, value, first);
  }

  // The host's own links, in the bar, as written.
  const slot = bar!.querySelector('slot');
  const assigned = (slot?.assignedElements() ?? []) as HTMLAnchorElement[];
  expect(
    assigned.map((a) => ({ href: a.getAttribute('href'), text: normalise(a.textContent) })),
  ).to.deep.equal(spec.hostLinks.map(({ href, text }) => ({ href, text })));
  const barBox = bar!.getBoundingClientRect();
  for (const link of assigned) {
    const box = link.getBoundingClientRect();
    expect(isShown(link), `${link.href} shown`).to.be.true;
    expect(box.top >= barBox.top && box.bottom <= barBox.bottom, `${link.href} in the bar`).to.be
      .true;
  }

  // The fallback links offer the bar's own contacts, under the same names, and are not shown
  // a second time once the element has upgraded.
  for (const fallback of regionOf(spec.settings) ? spec.fallbackLinks : []) {
    const contact = contacts.find((c) => c.href === fallback.href);
    expect(contact, `fallback link ${fallback.href} is one of the bar's contacts`).to.exist;
    // The link's words are the bar's own, in order: its label, and a phone link's number.
    const words = (text: string | null) =>
      normalise(text)
        .replace(/[^\w']+/g, ' ')
        .trim();
    const shown = items.find((item) => item.getAttribute('href') === fallback.href);
    if (shown) expect(words(shown.textContent)).to.include(words(fallback.text));
    else
      expect(items.map((item) => item.getAttribute('href'))).to.include(
        closedRoutes[fallback.href].href,
      );
    const inPage = el.querySelector(`:scope > a[href="${fallback.href}"]`);
    if (inPage) expect(isShown(inPage), `fallback ${fallback.href} hidden`).to.be.false;
  }
}

function expectQuiet(w: SnippetWindow) {
  expect(w.hostPageRecord.errors, 'errors').to.deep.equal([]);
  expect(w.consoleErrors, 'console errors').to.deep.equal([]);
  expect(w.hostPageRecord.warnings, 'warnings').to.deep.equal([]);
}

describe('Every snippet in the docs runs', () => {
  it('finds the snippets of README.md and docs/', () => {
    expect(snippets.filter((s) => s.kind === 'html').length).to.be.above(0);
    expect(snippets.filter((s) => s.kind === 'react').length).to.be.above(0);
  });

  for (const snippet of snippets) {
    if (snippet.skip) {
      it.skip(`${snippet.title}: not run, ${snippet.skip}`);
      continue;
    }
    const how = snippet.viteConfig ? `, with the Vite config at ${snippet.viteConfig}` : '';

    it(`${snippet.title}${how}: the element, its help bar and the snippet's settings`, async () => {
      if (snippet.error) throw new Error(`${snippet.title}: ${snippet.error}`);
      const page = await open(`/docs-snippets/${snippet.id}.html`);
      const elements = await upgraded(page.window);
      expect(elements.length).to.equal(snippet.elements!.length);
      elements.forEach((el, i) => expectWorking(el, snippet.elements![i], i === 0));
      expectQuiet(page.window);

      // The snippet's own listeners run without error when a person uses the bar.
      page.window.addEventListener('click', (event) => event.preventDefault());
      for (const el of elements) {
        el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="bar"] a').forEach((a) =>
          a.click(),
        );
      }
      await new Promise((resolve) => setTimeout(resolve));
      expectQuiet(page.window);
    });

    const withFallback = snippet.elements?.some((el) => el.fallbackLinks.length);
    if ((snippet.kind === 'html' || snippet.kind === 'css') && withFallback) {
      it(`${snippet.title}: without its script, the fallback links are shown`, async () => {
        const page = await open(`/docs-snippets/${snippet.id}.html?script=off`);
        const shown = [...page.document.querySelectorAll('online-safety-help > a:not([slot])')];
        const expected = snippet.elements!.flatMap((el) => el.fallbackLinks);
        expect(shown.map((a) => a.getAttribute('href'))).to.deep.equal(
          expected.map((link) => link.href),
        );
        for (const link of shown) expect(isShown(link), link.getAttribute('href')!).to.be.true;
        expect(page.window.customElements.get('online-safety-help')).to.be.undefined;
        expectQuiet(page.window);
      });
    }
  }
});
