/**
 * axe-core finds no WCAG 2.0 to 2.2 A/AA violation in any state, theme or size, run inside host
 * pages that load the built bundle (see test/support/a11y.ts), and it does look inside the
 * widget's shadow root.
 */
import { expect } from '@open-wc/testing';
import { desktop, a11yPages, sizes, states, themes } from '../support/a11y.js';
import { describeViolations, runAxe, shadowTargets } from '../support/axe.js';

const open = a11yPages();

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
