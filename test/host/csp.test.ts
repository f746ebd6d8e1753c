/**
 * The built bundle under the strictest Content-Security-Policy a host is likely to run.
 * csp.html carries, in a <meta> element:
 *   default-src 'none'; script-src 'self'; style-src 'self';
 *   require-trusted-types-for 'script'; trusted-types lit-html
 * so no inline script or style, no fetch, and every HTML string must come from the one Trusted
 * Types policy named "lit-html". record-page.js (external, so allowed) records every violation
 * from the page's start.
 */
import { expect } from '@open-wc/testing';
import { facts } from '../fixtures/facts.js';
import { barOf, isShown, panelOf, q, qa, style, toggles } from '../support/dom.js';
import { expectHelpBar, expectWorking } from '../support/expect.js';
import { openHostPage, rendered, settle, type HostPage } from '../support/host-page.js';

/** The bar is pinned to the bottom of the page, in the widget's own colours. */
function expectPinnedAndStyled(page: HostPage) {
  const bar = barOf(page.element);
  expect(style(bar).position).to.equal('fixed');
  expect(style(bar).backgroundColor).to.equal('rgb(20, 33, 61)');
  expect(Math.round(bar.getBoundingClientRect().bottom)).to.equal(page.window.innerHeight);
}

describe('A page with a strict Content-Security-Policy', () => {
  let page: HostPage;
  afterEach(() => page.remove());

  it('shows the widget styled and working, with no violation reported', async () => {
    page = await openHostPage('csp.html');
    expect(page.record, 'record-page.js ran').to.exist;
    expect(toggles(page.element)).to.have.length(facts.sections.length);
    expect(isShown(panelOf(q(page.element, '#if-you-are-concerned')!))).to.be.true;
    expectPinnedAndStyled(page);
    await expectWorking(page, page.element);
    await settle(page);
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('the only Trusted Types policy the widget creates is "lit-html" (engines with Trusted Types only)', async function () {
    page = await openHostPage('csp.html');
    if (!page.window.trustedTypes) this.skip();
    expect(page.record!.policies).to.deep.equal(['lit-html']);
  });

  it('an element made and changed by the host after load renders with no violation', async () => {
    page = await openHostPage('csp.html');
    const el = page.document.createElement('online-safety-help');
    el.setAttribute('open', 'all');
    el.setAttribute('bar', 'inline');
    page.document.body.append(el);
    await rendered(page, el);
    const panels = qa(el, '[part~="panel"]');
    expect(panels).to.have.length(facts.sections.length);
    expect(panels.every(isShown)).to.be.true;
    el.setAttribute('sections', 'none');
    el.setAttribute('theme', 'dark');
    await rendered(page, el);
    expect(toggles(el)).to.have.length(0);
    expectHelpBar(el);
    await settle(page);
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it("with 'allow-duplicates', the bundle loaded twice works with no violation", async () => {
    page = await openHostPage('csp-twice.html');
    expect(page.window.litHtmlVersions).to.have.length(2);
    expectPinnedAndStyled(page);
    await expectWorking(page, page.element);
    await settle(page);
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it("without 'allow-duplicates', the bundle loaded twice: the first copy keeps working", async () => {
    page = await openHostPage('csp-twice-no-duplicates.html');
    expectPinnedAndStyled(page);
    await expectWorking(page, page.element);
  });

  it("without 'allow-duplicates', a second copy of Lit cannot create its policy (engines with Trusted Types only)", async function () {
    page = await openHostPage('csp-twice-no-duplicates.html');
    if (!page.window.trustedTypes) this.skip();
    // Why the README asks for 'allow-duplicates' when a page loads Lit more than once.
    expect(page.errors).to.have.length(1);
    // Chromium: 'Policy with name "lit-html" already exists'; Firefox: 'Content-Security-Policy
    // blocked creating policy named 'lit-html''.
    expect(page.errors[0]).to.match(/^TypeError\b.*\blit-html\b/);
  });
});
