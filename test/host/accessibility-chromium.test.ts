/**
 * What only the Chrome DevTools Protocol can show (test/plugins/chromium-commands.mjs): the page
 * under forced colours, print and reduced motion, and the accessibility tree Chromium hands to
 * screen readers. Firefox and WebKit have no such API under the test runner's drivers: there
 * each test skips itself, as its block's name says.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { facts, normalise } from '../fixtures/facts.js';
import { desktop, a11yPages, phone, states, themes } from '../support/a11y.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { axTree, emulateMedia, findAll, type AxNode } from '../support/chromium.js';
import { backgroundBehind, contrast, flatParent, parseColour } from '../support/colour.js';
import { barLinks, barOf, deepActiveElement, panelOf, q, qa, toggles } from '../support/dom.js';
import type { HostPage } from '../support/host-page.js';

const open = a11yPages();

describe('Accessibility: forced colours, reduced motion, print (Chromium only: DevTools Protocol media emulation)', () => {
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
      const b = barOf(p.element);
      const barStyle = p.window.getComputedStyle(b);
      const pageBackground = backgroundBehind(flatParent(b));
      expect(parseFloat(barStyle.borderTopWidth), 'bar top border').to.be.at.least(1);
      const barEdge = parseColour(barStyle.borderTopColor);
      expect(contrast(barEdge, pageBackground), 'bar edge against the page').to.be.at.least(3);
      for (const link of barLinks(p.element)) {
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
    const links = barLinks(p.element);
    links[0].focus();
    await sendKeys({ press: 'Tab' });
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
    const base = q(p.element, '[part~="base"]')!;
    const background = parseColour(p.window.getComputedStyle(base).backgroundColor);
    expect(contrast(background, [0, 0, 0, 1]), 'a dark background').to.be.below(1.5);
    const { violations } = await runAxe(p);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it('reduced motion: nothing animates while sections open and close', async () => {
    await emulateMedia('', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const p = await open('a11y-light.html', desktop);
    expect(p.window.matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
    const all = toggles(p.element);
    for (const toggle of all) toggle.click();
    await p.element.updateComplete;
    expect(p.document.getAnimations(), 'running animations').to.deep.equal([]);
    for (const el of [p.element, ...qa(p.element, '*')]) {
      const style = p.window.getComputedStyle(el);
      const durations = `${style.transitionDuration},${style.animationDuration}`.split(',');
      expect(
        durations.every((d) => parseFloat(d) === 0),
        `${el.localName}.${el.className} durations ${durations}`,
      ).to.be.true;
      expect(style.animationName, `${el.localName} animation`).to.equal('none');
    }
    all[0].click();
    await p.element.updateComplete;
    expect(p.document.getAnimations()).to.deep.equal([]);
  });

  it('print: every section is printed expanded, and the bar once, in the flow', async () => {
    const p = await open('a11y-light.html', desktop);
    await emulateMedia('print');
    expect(p.window.matchMedia('print').matches).to.be.true;
    // The pinned bar leaves the top layer when the page hears of the change of media, at a
    // later rendering update.
    const printed = barOf(p.element);
    for (let i = 0; i < 20 && p.window.getComputedStyle(printed).position !== 'static'; i++) {
      await new Promise((resolve) => p.window.requestAnimationFrame(resolve));
    }
    const panels = qa(p.element, '[part~="panel"]');
    expect(panels).to.have.length(facts.sections.length);
    for (const panel of panels) {
      expect(p.window.getComputedStyle(panel).display, panel.id).to.not.equal('none');
      expect(panel.getBoundingClientRect().height, panel.id).to.be.greaterThan(0);
    }
    const bars = qa(p.element, '[part~="bar"]');
    expect(bars).to.have.length(1);
    expect(p.window.getComputedStyle(bars[0]).position, 'bar position').to.equal('static');
    // In the flow: below the guidance, not over the end of the page.
    const guidance = q(p.element, '[part~="guidance"]')!.getBoundingClientRect();
    const barRect = bars[0].getBoundingClientRect();
    expect(barRect.top).to.be.at.least(guidance.bottom);
    const after = p.document.getElementById('item-1')!.getBoundingClientRect();
    expect(barRect.bottom).to.be.at.most(after.top);
  });
});

describe('Accessibility: what a screen reader gets (Chromium only: DevTools Protocol accessibility tree)', () => {
  async function treeOf(context: Mocha.Context, p: HostPage): Promise<AxNode[]> {
    const tree = await axTree(p);
    if (!tree) context.skip();
    return tree as AxNode[];
  }
  const sectionHeadings: string[] = facts.sections.map((s) => s.heading);
  /** All the text in a tree, as a screen reader would read it out, in one line. */
  const textOf = (nodes: AxNode[]) =>
    normalise(
      findAll(nodes, (n) => n.role === 'StaticText')
        .map((n) => n.name)
        .join(' '),
    );

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

  it('opening a section reports it expanded, at the default level 2; its content is read, and closed sections’ is not', async function () {
    const p = await open('a11y-light.html', desktop);
    const opened = toggles(p.element).find((t) => t.id === 'signs-of-grooming')!;
    opened.click();
    await p.element.updateComplete;
    const tree = await treeOf(this, p);
    const buttons = findAll(tree, (n) => n.role === 'button' && sectionHeadings.includes(n.name));
    expect(buttons.map((b) => [b.name, b.properties.expanded])).to.deep.equal(
      facts.sections.map((s) => [s.heading, s.id === 'signs-of-grooming']),
    );
    const headings = findAll(tree, (n) => n.role === 'heading' && sectionHeadings.includes(n.name));
    expect(headings.map((h) => h.properties.level)).to.deep.equal([2, 2, 2, 2, 2]);
    // The host page has no list of its own, and two closed sections hold lists (one of five
    // items): the only list in the tree is the open section's five signs.
    const lists = findAll(tree, (n) => n.role === 'list');
    expect(lists, 'lists in the tree').to.have.length(1);
    expect(lists[0].children.map((item) => item.role)).to.deep.equal(Array(5).fill('listitem'));
    expect(textOf(lists[0].children)).to.include('Have they suddenly become very secretive?');
    // Each section's opening words are read if and only if it is open.
    const read = textOf(tree);
    for (const toggle of toggles(p.element)) {
      const first = panelOf(toggle).querySelector('p')!.firstChild!.textContent!;
      expect(read.includes(normalise(first)), toggle.id).to.equal(toggle === opened);
    }
  });

  for (const { state, attributes, at, bar } of states) {
    it(`the bar is one labelled landmark whose links say what they do (${state})`, async function () {
      const p = await open('a11y-light.html', phone, attributes, at);
      const tree = await treeOf(this, p);
      const regions = findAll(tree, (n) => n.role === 'region');
      expect(regions, 'one region landmark').to.have.length(1);
      expect(regions[0].name).to.equal(barOf(p.element).getAttribute('aria-label'));
      expect(regions[0].name).to.match(/help/i);
      const links = findAll(regions[0].children, (n) => n.role === 'link');
      expect(links.map((link) => link.name)).to.have.length(bar.length);
      bar.forEach((name, i) => {
        if (typeof name === 'string') expect(links[i].name).to.equal(name);
        else expect(links[i].name).to.match(name);
      });
      // Label in name (2.5.3): a speech user can say what they see.
      const words = (text: string | null) =>
        normalise(text?.replace(/[^\p{L}\p{N}]+/gu, ' ')).toLowerCase();
      barLinks(p.element).forEach((link, i) => {
        expect(words(links[i].name), links[i].name).to.include(words(link.textContent));
      });
    });
  }
});
