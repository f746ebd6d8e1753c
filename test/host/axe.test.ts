/**
 * axe-core finds no WCAG 2.0 to 2.2 A/AA violation in any state, theme or size, run inside host
 * pages that load the built bundle (see test/support/a11y.ts), and it does look inside the
 * widget's shadow root.
 */
import { expect } from '@open-wc/testing';
import { desktop, a11yPages, sizes, states, themes } from '../support/a11y.js';
import { describeViolations, runAxe, shadowNodes } from '../support/axe.js';
import { barLinks } from '../support/dom.js';

const open = a11yPages();

describe('Accessibility: axe-core (WCAG 2.0-2.2 A/AA, best practice, target-size)', () => {
  for (const { theme, fixture } of themes) {
    for (const { state, attributes, at } of states) {
      for (const { size, viewport } of sizes) {
        it(`reports no violation: ${state}, ${theme}, ${size} wide`, async () => {
          const p = await open(fixture, viewport, attributes, at);
          const { violations, passes } = await runAxe(p);
          expect(violations, describeViolations(violations)).to.deep.equal([]);
          // axe did look inside the widget's shadow root: it checked each bar link's contrast.
          const checked = shadowNodes(passes, 'color-contrast', p.element);
          const links = barLinks(p.element).filter((link) => link.getRootNode() !== p.document);
          // Two where there is no one emergency number (anywhere else): that contact is text.
          expect(links.length, 'built-in bar links').to.be.at.least(2);
          for (const link of links) {
            expect(
              checked.some((node) => link.contains(node)),
              `${link.getAttribute('href')} checked`,
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
    const emergency = barLinks(p.element).find((link) => link.href === 'tel:999')!;
    const reported = shadowNodes(violations, 'color-contrast', p.element);
    expect(reported.some((node) => emergency.contains(node))).to.be.true;
  });
});
