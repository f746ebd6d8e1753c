/**
 * WCAG 2.2 AA by measurement on host pages that load the built bundle (see
 * test/support/a11y.ts): touch targets, visible focus, focus not hidden by the pinned bar,
 * reflow at 320 px, a phone bar that reads, and 400 % zoom.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { normalise } from '../fixtures/facts.js';
import {
  desktop,
  a11yPages,
  frameworks,
  phone,
  sizes,
  states,
  themes,
  zoomed,
} from '../support/a11y.js';
import { backgroundBehind, contrast, flatParent, parseColour } from '../support/colour.js';
import { barLinks, barOf, deepActiveElement, hitAtCentre, q } from '../support/dom.js';
import type { HostPage } from '../support/host-page.js';

const open = a11yPages();

const inBar = (p: HostPage, el: Element) =>
  barOf(p.element).contains(el) ||
  (el.getAttribute('slot') === 'contact' && el.parentElement === p.element);

async function pressTab(): Promise<void> {
  await sendKeys({ press: 'Tab' });
}

/** The quick exit's "Leave this page" button, where the bar has one. */
const exitOf = (p: HostPage) => q<HTMLButtonElement>(p.element, '[part~="exit"]');

/** What a person can aim at in the bar: the quick exit, the choice of country, every link. */
const barTargets = (p: HostPage): HTMLElement[] => [
  ...(exitOf(p) ? [exitOf(p)!] : []),
  ...(q(p.element, '[part~="bar"] select') ? [q(p.element, '[part~="bar"] select')!] : []),
  ...barLinks(p.element),
];

/** Every piece of text shown in the bar, the host's slotted links included, with its size. */
function barTexts(p: HostPage): { text: string; size: number; weight: number }[] {
  const roots: Node[] = [barOf(p.element), ...barLinks(p.element).filter((a) => a.slot)];
  return roots.flatMap((root) => {
    const found = [];
    const walker = p.document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent!.trim() || !parent.checkVisibility()) continue;
      const style = p.window.getComputedStyle(parent);
      found.push({
        text: node.textContent!.trim(),
        size: parseFloat(style.fontSize),
        weight: parseFloat(style.fontWeight),
      });
    }
    return found;
  });
}

/**
 * Opens a page at 400 % zoom, scrolling at once: Bootstrap scrolls smoothly unless the reader
 * asks for reduced motion, and where a scroll ends is what is under test, not how it moves.
 */
async function openZoomed(
  fixture: string,
  attributes: Record<string, string>,
  at?: string,
): Promise<HostPage> {
  const p = await open(fixture, zoomed, attributes, at);
  p.document.documentElement.style.scrollBehavior = 'auto';
  return p;
}

/** How many lines an element's text takes. */
function lines(el: Element): number {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
}

describe('Accessibility: touch targets', () => {
  for (const { state, attributes, at, bar } of states) {
    it(`every help-bar link is at least 44 by 44 px on a 320 px phone (${state})`, async () => {
      const p = await open('a11y-light.html', phone, attributes, at);
      const links = barLinks(p.element);
      expect(links).to.have.length(bar.length);
      for (const link of links) {
        const { width, height } = link.getBoundingClientRect();
        expect(width, `${link.textContent} width`).to.be.at.least(44);
        expect(height, `${link.textContent} height`).to.be.at.least(44);
      }
    });
  }
});

describe('Accessibility: visible focus', () => {
  for (const { theme, fixture } of themes) {
    it(`every control shows a focus ring of 2 px or more with 3:1 contrast (${theme})`, async () => {
      const p = await open(fixture, desktop, { open: 'all' });
      // Start on the host's last link before the widget, then Tab through the whole widget.
      p.document.querySelector<HTMLElement>('nav a:last-child')!.focus();
      const seen: string[] = [];
      for (let i = 0; i < 60; i++) {
        await pressTab();
        const el = deepActiveElement(p.document)!;
        const inWidget =
          el.getRootNode() === p.element.shadowRoot || el.parentElement === p.element;
        if (!inWidget) break;
        const style = p.window.getComputedStyle(el);
        const label = `${el.localName} "${normalise(el.textContent).slice(0, 40)}"`;
        seen.push(label);
        expect(style.outlineStyle, `${label} outline style`).to.not.equal('none');
        expect(parseFloat(style.outlineWidth), `${label} outline width`).to.be.at.least(2);
        // The ring is drawn outside the element (outline-offset), over its parent's background.
        const ring = parseColour(style.outlineColor);
        const behind = backgroundBehind(flatParent(el));
        const ratio = contrast(ring, behind);
        expect(ratio, `${label} ring contrast`).to.be.at.least(3);
      }
      // Five toggles, the links in the open sections, four bar links.
      expect(seen.filter((s) => s.startsWith('button'))).to.have.length(5);
      expect(seen.length).to.be.at.least(5 + 3 + 4);
    });
  }
});

describe('Accessibility: focus not obscured by the pinned bar (2.4.11)', () => {
  for (const { state, attributes, at } of states) {
    for (const { size, viewport } of sizes) {
      it(`Tab through the whole page keeps every focused element above the bar (${state}, ${size})`, async () => {
        const p = await open('a11y-light.html', viewport, attributes, at);
        const last = p.document.getElementById('last-link')!;
        p.document.querySelector<HTMLElement>('header a')!.focus();
        let reachedLast = false;
        for (let i = 0; i < 80 && !reachedLast; i++) {
          await pressTab();
          const el = deepActiveElement(p.document)!;
          if (inBar(p, el)) continue;
          const rect = el.getBoundingClientRect();
          const barTop = barOf(p.element).getBoundingClientRect().top;
          const label = `${el.localName} "${normalise(el.textContent).slice(0, 40)}"`;
          expect(rect.top, `${label} top`).to.be.at.least(0);
          expect(rect.bottom, `${label} bottom vs bar top`).to.be.at.most(barTop);
          // Its focus ring, drawn outside it, shows too.
          const style = p.window.getComputedStyle(el);
          const ring = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
          expect(rect.bottom + ring, `${label} focus ring vs bar top`).to.be.at.most(barTop);
          reachedLast = el === last;
        }
        expect(reachedLast, 'Tab reached the last link of the page').to.be.true;
      });
    }
  }

  for (const { size, viewport } of sizes) {
    it(`the last lines of the host page can be scrolled above the bar (${size})`, async () => {
      const p = await open('a11y-light.html', viewport);
      p.window.scrollTo(0, p.document.documentElement.scrollHeight);
      const lastLine = p.document.getElementById('last-line')!.getBoundingClientRect();
      expect(lastLine.bottom).to.be.at.most(barOf(p.element).getBoundingClientRect().top);
    });
  }
});

describe('Accessibility: reflow at 320 px', () => {
  for (const { theme, fixture } of [...themes, ...frameworks]) {
    for (const { state, attributes, at } of states) {
      it(`no sideways scrolling and the bar takes at most a quarter of 320 by 640 (${state}, ${theme})`, async () => {
        const p = await open(fixture, phone, attributes, at);
        const root = p.document.documentElement;
        expect(root.scrollWidth, 'page scroll width').to.be.at.most(root.clientWidth);
        const host = q(p.element, '[part~="base"]')!;
        expect(host.scrollWidth, 'widget scroll width').to.be.at.most(host.clientWidth);
        const { height, width } = barOf(p.element).getBoundingClientRect();
        expect(width * height, 'bar area').to.be.at.most((320 * 640) / 4);
        expect(height, 'bar height').to.be.at.most(640 / 4);
      });
    }
  }
});

describe('Accessibility: a phone bar that reads (320 by 640, default text size)', () => {
  for (const { theme, fixture } of [...themes, ...frameworks]) {
    for (const { state, attributes, at, numbers: phones } of states) {
      it(`every text in the bar is at least 14 px, and the phone numbers are the largest, in bold (${state}, ${theme})`, async () => {
        const p = await open(fixture, phone, attributes, at);
        const texts = barTexts(p);
        expect(texts.length).to.be.at.least(barLinks(p.element).length);
        for (const { text, size } of texts) expect(size, `"${text}"`).to.be.at.least(14);
        const largest = Math.max(...texts.map((t) => t.size));
        const numbers = barLinks(p.element)
          .filter((a) => a.href.startsWith('tel:'))
          .map((a) => a.href.slice(4));
        if (phones !== false) expect(numbers, 'phone links').to.not.be.empty;
        for (const number of numbers) {
          const shown = texts.find((t) => t.text.replace(/\D/g, '') === number);
          expect(shown, `${number} shown on its own`).to.exist;
          expect(shown!.size, `${number} size`).to.equal(largest);
          expect(shown!.weight, `${number} weight`).to.be.at.least(700);
        }
      });

      it(`every target is at least 44 by 44 px, and "Leave this page" takes two lines at most and is at least as easy to hit as a contact (${state}, ${theme})`, async () => {
        const p = await open(fixture, phone, attributes, at);
        const targets = barTargets(p);
        for (const target of targets) {
          const { width, height } = target.getBoundingClientRect();
          const label = normalise(target.textContent);
          expect(width, `${label} width`).to.be.at.least(44);
          expect(height, `${label} height`).to.be.at.least(44);
        }
        const exit = exitOf(p);
        if (!exit) return;
        expect(lines(exit), 'lines of "Leave this page"').to.be.at.most(2);
        // As easy to hit as a contact: a finger needs room across the target's shorter side, so
        // the exit's shorter side is no shorter than any contact's, and it is at least twice the
        // 44 px minimum wide. On a phone the quick exit shares the first row with the choice of
        // country and, where it fits, the first contact, so that every bar keeps to a quarter of
        // the screen: it can be narrower than a contact there, but it is as tall or taller.
        const box = exit.getBoundingClientRect();
        const shortest = Math.min(
          ...barLinks(p.element).map((link) => {
            const { width, height } = link.getBoundingClientRect();
            return Math.min(width, height);
          }),
        );
        expect(Math.min(box.width, box.height), 'exit shorter side').to.be.at.least(shortest);
        expect(box.width, 'exit width').to.be.at.least(88);
      });
    }
  }

  it('at 1280 px the bar keeps to one row', async () => {
    for (const { attributes, at } of states) {
      const p = await open('a11y-light.html', desktop, attributes, at);
      const tops = barTargets(p).map((t) => Math.round(t.getBoundingClientRect().top));
      expect(new Set(tops).size, JSON.stringify(attributes)).to.equal(1);
      p.remove();
    }
  });
});

/*
 * 400 % zoom of a 1280 by 1024 window is a 320 by 256 CSS-pixel viewport. There the bar keeps
 * to a third of the height and its links scroll inside it (docs/accessibility.md says why).
 */
describe('Accessibility: 400 % zoom (320 by 256)', () => {
  const pages = [
    ...states.map((s) => ({ ...s, theme: 'light', fixture: 'a11y-light.html' })),
    ...[...themes.slice(1), ...frameworks].flatMap(({ theme, fixture }) =>
      states
        .filter((s) => s.attributes['quick-exit'] || s.attributes.audience)
        .filter((s) => !s.at)
        .map((s) => ({ ...s, theme, fixture })),
    ),
  ];
  for (const { state, attributes, at, theme, fixture } of pages) {
    it(`Tab reaches every link of the page and of the bar, each one in view and none under the bar (${state}, ${theme})`, async () => {
      const p = await openZoomed(fixture, attributes, at);
      const bar = barOf(p.element);
      const targets = barTargets(p);
      const last = p.document.getElementById('last-link')!;
      p.document.querySelector<HTMLElement>('header a')!.focus();
      const seen = new Set<Element>();
      let reachedLast = false;
      for (let i = 0; i < 120 && !reachedLast; i++) {
        await pressTab();
        const el = deepActiveElement(p.document)!;
        const rect = el.getBoundingClientRect();
        const label = `${el.localName} "${normalise(el.textContent).slice(0, 40)}"`;
        if (inBar(p, el)) {
          seen.add(el);
          const barBox = bar.getBoundingClientRect();
          expect(rect.top, `${label} top in the bar`).to.be.at.least(barBox.top);
          expect(rect.bottom, `${label} bottom in the bar`).to.be.at.most(barBox.bottom);
          expect(rect.bottom, `${label} bottom on screen`).to.be.at.most(p.window.innerHeight);
          expect(el.contains(hitAtCentre(el)), `${label} is what is under its centre`).to.be.true;
          continue;
        }
        expect(rect.top, `${label} top`).to.be.at.least(0);
        expect(rect.bottom, `${label} bottom vs bar top`).to.be.at.most(
          bar.getBoundingClientRect().top,
        );
        reachedLast = el === last;
      }
      expect(reachedLast, 'Tab reached the last link of the page').to.be.true;
      for (const target of targets) {
        expect(seen.has(target), `Tab reached ${normalise(target.textContent)}`).to.be.true;
      }
    });
  }

  for (const { theme, fixture } of [...themes, ...frameworks]) {
    for (const { state, attributes, at } of states.filter(
      (s) => s.attributes.audience || s.attributes['quick-exit'],
    )) {
      it(`the bar keeps to a third of the height, and the last lines of the page scroll above it (${state}, ${theme})`, async () => {
        const p = await openZoomed(fixture, attributes, at);
        const bar = barOf(p.element).getBoundingClientRect();
        expect(bar.height, 'bar height').to.be.at.most(256 / 3);
        expect(bar.bottom, 'bar bottom').to.be.at.most(256);
        // The quick exit, where there is one, and the first contact show without scrolling.
        const [first, second] = barTargets(p).map((t) => t.getBoundingClientRect());
        expect(first.bottom, 'first target').to.be.at.most(bar.bottom);
        expect(second.bottom, 'second target').to.be.at.most(bar.bottom);
        p.window.scrollTo(0, p.document.documentElement.scrollHeight);
        const lastLine = p.document.getElementById('last-line')!.getBoundingClientRect();
        expect(lastLine.bottom).to.be.at.most(barOf(p.element).getBoundingClientRect().top);
        const root = p.document.documentElement;
        expect(root.scrollWidth, 'page scroll width').to.be.at.most(root.clientWidth);
      });
    }
  }
});
