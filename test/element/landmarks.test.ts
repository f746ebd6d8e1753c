import { expect, fixture, html } from '@open-wc/testing';
import '../../src/online-safety-help-define.js';
import type { BarMode } from '../../src/config.js';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';

const modes: BarMode[] = ['fixed', 'sticky', 'inline'];

/** Every list of `length` bar modes. */
const combinations = (length: number): BarMode[][] =>
  length === 0 ? [[]] : combinations(length - 1).flatMap((rest) => modes.map((m) => [...rest, m]));

const bar = (el: OnlineSafetyHelp) => el.shadowRoot!.querySelector<HTMLElement>('[part="bar"]')!;
const isLandmark = (el: OnlineSafetyHelp) => bar(el).getAttribute('role') === 'region';
const isPinned = (el: OnlineSafetyHelp) => getComputedStyle(bar(el)).position === 'fixed';

/** What a screen reader's landmark list and the screen show: the one landmark, and which bars are pinned. */
function expectOneLandmark(elements: OnlineSafetyHelp[], what: string) {
  const landmarks = elements.filter(isLandmark);
  expect(landmarks, `${what}: landmarks`).to.have.length(1);
  const firstFixed = elements.find((el) => el.bar === 'fixed');
  expect(landmarks[0], `${what}: the landmark`).to.equal(firstFixed ?? elements[0]);
  expect(elements.filter(isPinned), `${what}: pinned bars`).to.deep.equal(
    firstFixed ? [firstFixed] : [],
  );
  for (const el of elements.filter((other) => !isLandmark(other))) {
    expect(bar(el).getAttribute('role'), `${what}: the other bars`).to.equal('group');
    expect(bar(el).getAttribute('aria-label'), `${what}: the other bars' name`).to.equal(
      'Get help now',
    );
  }
}

describe('One help-bar landmark per page', () => {
  for (const length of [1, 2, 3]) {
    for (const combination of combinations(length)) {
      it(`bars ${combination.join(', ')}: one landmark, the pinned bar's or else the first; still one as each goes`, async () => {
        const page = await fixture<HTMLDivElement>(html`<div></div>`);
        const elements = combination.map((mode) => {
          const el = document.createElement('online-safety-help');
          el.setAttribute('sections', 'none');
          el.setAttribute('bar', mode);
          return el;
        });
        page.append(...elements);
        await Promise.all(elements.map((el) => el.updateComplete));
        expectOneLandmark(elements, 'all in the page');
        // Removing the landmark's element hands the landmark on.
        const left = [...elements];
        while (left.length > 1) {
          const landmark = left.find(isLandmark)!;
          landmark.remove();
          left.splice(left.indexOf(landmark), 1);
          await Promise.all(left.map((el) => el.updateComplete));
          expectOneLandmark(left, `${left.length} left`);
        }
      });
    }
  }

  it('changing an element’s bar mode moves the landmark and the pinned bar in one render', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <online-safety-help sections="none" bar="inline"></online-safety-help>
        <online-safety-help sections="none" bar="fixed"></online-safety-help>
      </div>
    `);
    const elements = [...page.querySelectorAll('online-safety-help')];
    await Promise.all(elements.map((el) => el.updateComplete));
    expectOneLandmark(elements, 'second fixed');
    elements[0].bar = 'fixed';
    await elements[0].updateComplete;
    expectOneLandmark(elements, 'both fixed');
    elements[0].bar = 'sticky';
    elements[1].bar = 'inline';
    await elements[0].updateComplete;
    expectOneLandmark(elements, 'sticky then inline');
  });
});
