/**
 * Where the bar is on the screen, and which one is pinned when a page holds more than one
 * element. (Host pages that add, move and remove elements: test/host/lifecycle.test.ts.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { barOf, style } from '../support/dom.js';
import { makeElement } from '../support/element.js';

describe('The pinned bar', () => {
  it('is pinned to the bottom of the viewport by default', async () => {
    const el = await makeElement();
    const bar = barOf(el);
    expect(style(bar).position).to.equal('fixed');
    expect(Math.round(bar.getBoundingClientRect().bottom)).to.equal(innerHeight);
  });

  it('with two elements on a page, only one bar is pinned; the other takes over when the first goes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <online-safety-help></online-safety-help><online-safety-help></online-safety-help>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('online-safety-help')];
    // Which bar is pinned is worked out once per change: one render of each is enough.
    await Promise.all([a.updateComplete, b.updateComplete]);
    const positions = [a, b].map((el) => style(barOf(el)).position);
    expect(positions).to.deep.equal(['fixed', 'relative']);
    a.remove();
    await b.updateComplete;
    expect(style(barOf(b)).position).to.equal('fixed');
  });
});
