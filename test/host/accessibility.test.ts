/**
 * WCAG 2.2 AA by measurement on host pages that load the built bundle (see
 * test/support/a11y.ts): touch targets, visible focus, focus not hidden by the pinned bar,
 * and reflow at 320 px.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { normalise } from '../fixtures/facts.js';
import { desktop, a11yPages, phone, sizes, states, themes } from '../support/a11y.js';
import { backgroundBehind, contrast, flatParent, parseColour } from '../support/colour.js';
import { barLinks, barOf, deepActiveElement, q } from '../support/dom.js';
import type { HostPage } from '../support/host-page.js';

const open = a11yPages();

const inBar = (p: HostPage, el: Element) =>
  barOf(p.element).contains(el) ||
  (el.getAttribute('slot') === 'contact' && el.parentElement === p.element);

async function pressTab(): Promise<void> {
  await sendKeys({ press: 'Tab' });
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
  for (const { theme, fixture } of themes) {
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
