/** Each documented setting changes what a person gets, set as an attribute or as a property. */
import { expect } from '@open-wc/testing';
import { barOf, q, qa, style } from '../support/dom.js';
import { captureWarnings, type Capture } from '../support/console.js';
import { makeElement } from '../support/element.js';
import { expectHelpBar } from '../support/expect.js';

let warnings: Capture;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.stop());

describe('Settings', () => {
  it('heading-level sets the level of every section heading', async () => {
    const el = await makeElement({ 'heading-level': '3', bar: 'inline' });
    expect(qa(el, 'h3 > button').length).to.equal(5);
    el.headingLevel = 5;
    await el.updateComplete;
    expect(qa(el, 'h5 > button').length).to.equal(5);
    expect(warnings.items).to.deep.equal([]);
  });

  it('sections limits the guidance; "none" leaves the help bar alone', async () => {
    const el = await makeElement({
      sections: 'signs-of-grooming if-you-are-concerned',
      bar: 'inline',
    });
    expect(qa(el, 'button[aria-expanded]').map((b) => b.id)).to.deep.equal([
      'signs-of-grooming',
      'if-you-are-concerned',
    ]);
    el.setAttribute('sections', 'none');
    await el.updateComplete;
    expect(qa(el, 'button[aria-expanded]')).to.have.length(0);
    expectHelpBar(el);
    expect(warnings.items).to.deep.equal([]);
  });

  it('open opens the named sections; "all" opens every one', async () => {
    const el = await makeElement({ open: 'aim-of-grooming', bar: 'inline' });
    expect(qa(el, '[aria-expanded="true"]').map((b) => b.id)).to.deep.equal(['aim-of-grooming']);
    el.open = 'all';
    await el.updateComplete;
    expect(qa(el, '[aria-expanded="true"]')).to.have.length(5);
    expect(qa(el, '[part~="panel"]:not([hidden])')).to.have.length(5);
    expect(warnings.items).to.deep.equal([]);
  });

  it('bar="sticky" and bar="inline" place the bar as documented', async () => {
    const el = await makeElement({ bar: 'sticky' });
    expect(style(barOf(el)).position).to.equal('sticky');
    el.bar = 'inline';
    await el.updateComplete;
    expect(style(barOf(el)).position).to.equal('relative');
    expect(warnings.items).to.deep.equal([]);
  });

  it('bar="sticky" keeps the bar at the bottom of the window while the guidance scrolls past', async () => {
    const el = await makeElement({ bar: 'sticky', open: 'all' });
    const bar = barOf(el);
    // The guidance, all open, is taller than the window: scroll its top to the window's top.
    expect(el.getBoundingClientRect().height).to.be.above(innerHeight * 1.5);
    scrollBy(0, el.getBoundingClientRect().top);
    const stuck = bar.getBoundingClientRect();
    expect(Math.abs(stuck.bottom - innerHeight)).to.be.below(1.5);
    // In the flow, the same bar is below the window, at the end of the guidance.
    el.bar = 'inline';
    await el.updateComplete;
    expect(bar.getBoundingClientRect().top).to.be.above(innerHeight);
    scrollTo(0, 0);
  });

  it('theme="dark" and theme="light" set the colours', async () => {
    const el = await makeElement({ theme: 'dark', bar: 'inline' });
    const bg = () => style(q(el, '[part~="base"]')!).backgroundColor;
    const dark = bg();
    el.theme = 'light';
    await el.updateComplete;
    expect(bg()).to.equal('rgb(255, 255, 255)');
    expect(dark).not.to.equal(bg());
    expect(warnings.items).to.deep.equal([]);
  });
});
