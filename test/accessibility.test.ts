import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { openHostPage, type HostPage } from './helpers.js';
import {
  backgroundBehind,
  contrast,
  deepActiveElement,
  describeViolations,
  flatParent,
  parseColour,
  runAxe,
  shadowTargets,
} from './a11y-helpers.js';
import { facts, normalise } from './fixtures/facts.js';

/*
 * WCAG 2.2 AA in every state, checked on host pages (test/fixtures/a11y-*.html) that load the
 * built dist/online-safety-help.js as a school or game site would. The pages are long, so
 * that a pinned bar has something to cover, and hold links before and after the widget.
 */

const themes = [
  { theme: 'light', fixture: 'a11y-light.html' },
  { theme: 'dark', fixture: 'a11y-dark.html' },
] as const;
const states = [
  { state: 'collapsed', attributes: {} },
  { state: 'all open', attributes: { open: 'all' } },
  { state: 'help bar only', attributes: { sections: 'none' } },
] as const;
const desktop = { width: 1280, height: 800 };
const phone = { width: 320, height: 640 };
const sizes = [
  { size: '1280 px', viewport: desktop },
  { size: '320 px', viewport: phone },
] as const;

let page: HostPage | undefined;
afterEach(() => {
  page?.remove();
  page = undefined;
});

async function open(
  fixture: string,
  viewport: { width: number; height: number },
  attributes: Record<string, string> = {},
): Promise<HostPage> {
  page = await openHostPage(fixture, viewport);
  for (const [name, value] of Object.entries(attributes)) page.element.setAttribute(name, value);
  await page.element.updateComplete;
  // The bar's height is reserved by a ResizeObserver; let it run.
  await new Promise((resolve) => page!.window.requestAnimationFrame(() => setTimeout(resolve)));
  return page;
}

const shadow = (p: HostPage) => p.element.shadowRoot!;
const bar = (p: HostPage) => shadow(p).querySelector<HTMLElement>('[part~="bar"]')!;
/** Every link a person can use in the bar: the built-in contacts and the host's slotted link. */
const barLinks = (p: HostPage): HTMLAnchorElement[] => [
  ...bar(p).querySelectorAll('a'),
  ...p.element.querySelectorAll<HTMLAnchorElement>('a[slot="contact"]'),
];
const inBar = (p: HostPage, el: Element) =>
  bar(p).contains(el) || (el.getAttribute('slot') === 'contact' && el.parentElement === p.element);

async function pressTab(): Promise<void> {
  await sendKeys({ press: 'Tab' });
}

describe('Accessibility: axe-core (WCAG 2.0-2.2 A/AA, best practice, target-size)', () => {
  for (const { theme, fixture } of themes) {
    for (const { state, attributes } of states) {
      for (const { size, viewport } of sizes) {
        it(`reports no violation: ${state}, ${theme}, ${size} wide`, async () => {
          const p = await open(fixture, viewport, attributes);
          const { violations, passes } = await runAxe(p);
          expect(violations, describeViolations(violations)).to.deep.equal([]);
          // axe did look inside the widget's shadow root: it checked the bar's contrast.
          const checked = shadowTargets(passes, 'color-contrast');
          for (const id of ['ceop', 'nspcc', 'emergency']) {
            expect(
              checked.some((t) => t.includes(`contact-${id}`)),
              `${id} checked in ${checked}`,
            ).to.be.true;
          }
        });
      }
    }
  }

  it('inspects the shadow DOM: a contact given poor contrast by a custom property is reported', async () => {
    const p = await open('a11y-light.html', desktop);
    p.element.style.setProperty('--osh-emergency-text', '#999999');
    p.element.style.setProperty('--osh-emergency-background', '#bbbbbb');
    const { violations } = await runAxe(p);
    const contrastNodes = violations.find((v) => v.id === 'color-contrast')?.nodes ?? [];
    const targets = contrastNodes.map((n) => JSON.stringify(n.target));
    expect(targets.some((t) => t.includes('online-safety-help') && t.includes('emergency'))).to.be
      .true;
  });
});

describe('Accessibility: touch targets', () => {
  for (const { state, attributes } of states) {
    it(`every help-bar link is at least 44 by 44 px on a 320 px phone (${state})`, async () => {
      const p = await open('a11y-light.html', phone, attributes);
      const links = barLinks(p);
      expect(links).to.have.length(4);
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
        const inWidget = el.getRootNode() === shadow(p) || el.parentElement === p.element;
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
  for (const { state, attributes } of states) {
    for (const { size, viewport } of sizes) {
      it(`Tab through the whole page keeps every focused element above the bar (${state}, ${size})`, async () => {
        const p = await open('a11y-light.html', viewport, attributes);
        const last = p.document.getElementById('last-link')!;
        p.document.querySelector<HTMLElement>('header a')!.focus();
        let reachedLast = false;
        for (let i = 0; i < 80 && !reachedLast; i++) {
          await pressTab();
          const el = deepActiveElement(p.document)!;
          if (inBar(p, el)) continue;
          const rect = el.getBoundingClientRect();
          const barTop = bar(p).getBoundingClientRect().top;
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
      expect(lastLine.bottom).to.be.at.most(bar(p).getBoundingClientRect().top);
    });
  }
});

describe('Accessibility: reflow at 320 px', () => {
  for (const { theme, fixture } of themes) {
    for (const { state, attributes } of states) {
      it(`no sideways scrolling and the bar takes at most a quarter of 320 by 640 (${state}, ${theme})`, async () => {
        const p = await open(fixture, phone, attributes);
        const root = p.document.documentElement;
        expect(root.scrollWidth, 'page scroll width').to.be.at.most(root.clientWidth);
        const host = shadow(p).querySelector('[part~="base"]')!;
        expect(host.scrollWidth, 'widget scroll width').to.be.at.most(host.clientWidth);
        const { height, width } = bar(p).getBoundingClientRect();
        expect(width * height, 'bar area').to.be.at.most((320 * 640) / 4);
        expect(height, 'bar height').to.be.at.most(640 / 4);
      });
    }
  }
});

/*
 * The tests below need the Chrome DevTools Protocol (test/plugins/chromium-commands.mjs): media
 * emulation of forced colours, print and reduced motion, and the accessibility tree that
 * Chromium hands to screen readers. Other engines have no such API under the test runner's
 * drivers, so there these tests skip themselves.
 */
type MediaFeature = { name: string; value: string };
async function emulateMedia(media: string, features: MediaFeature[] = []): Promise<boolean> {
  return executeServerCommand<boolean, unknown>('cdp-emulate-media', { media, features });
}

describe('Accessibility: media emulation (Chromium only: DevTools Protocol)', () => {
  beforeEach(async function () {
    if (!(await emulateMedia(''))) this.skip();
  });
  afterEach(async () => {
    await emulateMedia('');
  });

  for (const { theme, fixture } of themes) {
    it(`forced colours: the bar and each of its links keep visible boundaries (${theme})`, async () => {
      await emulateMedia('', [{ name: 'forced-colors', value: 'active' }]);
      const p = await open(fixture, phone);
      expect(p.window.matchMedia('(forced-colors: active)').matches).to.be.true;
      const b = bar(p);
      const barStyle = p.window.getComputedStyle(b);
      const pageBackground = backgroundBehind(flatParent(b));
      expect(parseFloat(barStyle.borderTopWidth), 'bar top border').to.be.at.least(1);
      const barEdge = parseColour(barStyle.borderTopColor);
      expect(contrast(barEdge, pageBackground), 'bar edge against the page').to.be.at.least(3);
      for (const link of barLinks(p)) {
        const style = p.window.getComputedStyle(link);
        const behind = backgroundBehind(flatParent(link));
        for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
          const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
          const colour = parseColour(style.getPropertyValue(`border-${side.toLowerCase()}-color`));
          expect(width, `${link.textContent} ${side} border width`).to.be.at.least(1);
          expect(colour[3], `${link.textContent} ${side} border opacity`).to.equal(1);
          expect(contrast(colour, behind), `${link.textContent} ${side} border`).to.be.at.least(3);
        }
      }
    });
  }

  it('forced colours: the focus ring stays visible in the bar', async () => {
    await emulateMedia('', [{ name: 'forced-colors', value: 'active' }]);
    const p = await open('a11y-light.html', phone);
    const links = barLinks(p);
    links[0].focus();
    await pressTab();
    const el = deepActiveElement(p.document)!;
    expect(el).to.equal(links[1]);
    const style = p.window.getComputedStyle(el);
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    const ring = parseColour(style.outlineColor);
    expect(contrast(ring, backgroundBehind(flatParent(el)))).to.be.at.least(3);
  });

  it('theme="auto" follows a dark colour scheme with no axe violation, all open at 320 px', async () => {
    await emulateMedia('', [{ name: 'prefers-color-scheme', value: 'dark' }]);
    const p = await open('a11y-light.html', phone, { theme: 'auto', open: 'all' });
    const base = shadow(p).querySelector('[part~="base"]')!;
    const background = parseColour(p.window.getComputedStyle(base).backgroundColor);
    expect(contrast(background, [0, 0, 0, 1]), 'a dark background').to.be.below(1.5);
    const { violations } = await runAxe(p);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it('reduced motion: nothing animates while sections open and close', async () => {
    await emulateMedia('', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const p = await open('a11y-light.html', desktop);
    expect(p.window.matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
    const toggles = [...shadow(p).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];
    for (const toggle of toggles) toggle.click();
    await p.element.updateComplete;
    expect(p.document.getAnimations(), 'running animations').to.deep.equal([]);
    for (const el of [p.element, ...shadow(p).querySelectorAll('*')]) {
      const style = p.window.getComputedStyle(el);
      const durations = `${style.transitionDuration},${style.animationDuration}`.split(',');
      expect(
        durations.every((d) => parseFloat(d) === 0),
        `${el.localName}.${el.className} durations ${durations}`,
      ).to.be.true;
      expect(style.animationName, `${el.localName} animation`).to.equal('none');
    }
    toggles[0].click();
    await p.element.updateComplete;
    expect(p.document.getAnimations()).to.deep.equal([]);
  });

  it('print: every section is printed expanded, and the bar once, in the flow', async () => {
    const p = await open('a11y-light.html', desktop);
    await emulateMedia('print');
    expect(p.window.matchMedia('print').matches).to.be.true;
    // The pinned bar leaves the top layer when the page hears of the change of media, at a
    // later rendering update.
    const printed = shadow(p).querySelector('[part~="bar"]')!;
    for (let i = 0; i < 20 && p.window.getComputedStyle(printed).position !== 'static'; i++) {
      await new Promise((resolve) => p.window.requestAnimationFrame(resolve));
    }
    const panels = [...shadow(p).querySelectorAll<HTMLElement>('[part~="panel"]')];
    expect(panels).to.have.length(facts.sections.length);
    for (const panel of panels) {
      expect(p.window.getComputedStyle(panel).display, panel.id).to.not.equal('none');
      expect(panel.getBoundingClientRect().height, panel.id).to.be.greaterThan(0);
    }
    const bars = shadow(p).querySelectorAll('[part~="bar"]');
    expect(bars).to.have.length(1);
    expect(p.window.getComputedStyle(bars[0]).position, 'bar position').to.equal('static');
    // In the flow: below the guidance, not over the end of the page.
    const guidance = shadow(p).querySelector('[part~="guidance"]')!.getBoundingClientRect();
    const barRect = bars[0].getBoundingClientRect();
    expect(barRect.top).to.be.at.least(guidance.bottom);
    const after = p.document.getElementById('item-1')!.getBoundingClientRect();
    expect(barRect.bottom).to.be.at.most(after.top);
  });
});

interface AxNode {
  role: string;
  name: string;
  properties: Record<string, unknown>;
  children: AxNode[];
}

async function axTree(p: HostPage): Promise<AxNode[] | false> {
  return executeServerCommand<AxNode[] | false, unknown>('cdp-ax-tree', {
    frameName: p.frame.name,
  });
}

function findAll(nodes: AxNode[], match: (node: AxNode) => boolean): AxNode[] {
  return nodes.flatMap((node) => [
    ...(match(node) ? [node] : []),
    ...findAll(node.children, match),
  ]);
}

describe('Accessibility: what a screen reader gets (Chromium only: DevTools Protocol accessibility tree)', () => {
  async function treeOf(context: Mocha.Context, p: HostPage): Promise<AxNode[]> {
    const tree = await axTree(p);
    if (!tree) context.skip();
    return tree as AxNode[];
  }
  const sectionHeadings: string[] = facts.sections.map((s) => s.heading);

  it('each section is a heading at the configured level holding a collapsed toggle', async function () {
    const p = await open('a11y-light.html', desktop, { 'heading-level': '3' });
    const tree = await treeOf(this, p);
    const headings = findAll(tree, (n) => n.role === 'heading' && sectionHeadings.includes(n.name));
    expect(headings.map((h) => [h.name, h.properties.level])).to.deep.equal(
      sectionHeadings.map((name) => [name, 3]),
    );
    for (const heading of headings) {
      const [button] = findAll(heading.children, (n) => n.role === 'button');
      expect(button?.name, heading.name).to.equal(heading.name);
      expect(button.properties.expanded, heading.name).to.equal(false);
    }
  });

  it('opening a section reports it expanded, at the default level 2, and its content is read', async function () {
    const p = await open('a11y-light.html', desktop);
    shadow(p).querySelector<HTMLButtonElement>('#signs-of-grooming')!.click();
    await p.element.updateComplete;
    const tree = await treeOf(this, p);
    const buttons = findAll(tree, (n) => n.role === 'button' && sectionHeadings.includes(n.name));
    expect(buttons.map((b) => [b.name, b.properties.expanded])).to.deep.equal(
      facts.sections.map((s) => [s.heading, s.id === 'signs-of-grooming']),
    );
    const headings = findAll(tree, (n) => n.role === 'heading' && sectionHeadings.includes(n.name));
    expect(headings.map((h) => h.properties.level)).to.deep.equal([2, 2, 2, 2, 2]);
    // The open section's list of five signs is in the tree; closed sections' content is not.
    const lists = findAll(tree, (n) => n.role === 'list' && n.children.length === 5);
    expect(lists.length).to.be.at.least(1);
  });

  for (const { state, attributes } of states) {
    it(`the bar is one labelled landmark whose links say what they do (${state})`, async function () {
      const p = await open('a11y-light.html', phone, attributes);
      const tree = await treeOf(this, p);
      const regions = findAll(tree, (n) => n.role === 'region');
      expect(regions, 'one region landmark').to.have.length(1);
      expect(regions[0].name).to.equal(bar(p).getAttribute('aria-label'));
      expect(regions[0].name).to.match(/help/i);
      const links = findAll(regions[0].children, (n) => n.role === 'link');
      expect(links).to.have.length(4);
      expect(links[0].name).to.match(facts.ceop.name);
      expect(links[1].name).to.match(facts.nspcc.name);
      expect(links[2].name).to.match(facts.emergency.name);
      expect(links[3].name).to.equal('Email our safeguarding lead');
      // Label in name (2.5.3): a speech user can say what they see.
      const words = (text: string | null) =>
        normalise(text?.replace(/[^\p{L}\p{N}]+/gu, ' ')).toLowerCase();
      barLinks(p).forEach((link, i) => {
        expect(words(links[i].name), links[i].name).to.include(words(link.textContent));
      });
    });
  }
});
