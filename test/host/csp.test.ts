import { expect } from '@open-wc/testing';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { openHostPage, type HostPage } from '../support/host-page.js';
import { activate, barLinks, isShown, q, qa, rendered, settle, style } from '../support/dom.js';
import { facts } from '../fixtures/facts.js';

// csp.html carries, in a <meta> element:
//   default-src 'none'; script-src 'self'; style-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// so no inline script or style, no fetch, and every HTML string must come from the one
// Trusted Types policy named "lit-html". record-page.js (external, so allowed) records every
// violation from the page's start.

/** The widget renders, is styled, and its section toggles and bar links work. */
async function expectWorking(page: HostPage, el: OnlineSafetyHelp) {
  const bar = q(el, '[part~="bar"]')!;
  expect(style(bar).position).to.equal('fixed');
  expect(style(bar).backgroundColor).to.equal('rgb(20, 33, 61)');
  expect(Math.round(bar.getBoundingClientRect().bottom)).to.equal(page.window.innerHeight);
  const links = barLinks(el);
  expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
    facts.ceop.href,
    facts.nspcc.href,
    facts.emergency.href,
    'mailto:lead@school.example',
  ]);
  for (const link of links) {
    expect(isShown(link), link.href).to.be.true;
    // Styled by the widget's own stylesheet: white (or red) buttons on the dark bar.
    expect(style(link).backgroundColor).not.to.equal(style(bar).backgroundColor);
    const result = activate(page, link);
    expect(result.followed, link.href).to.be.true;
    expect(result.contacts.map((c) => c.href)).to.deep.equal([link.href]);
  }
  const toggle = q<HTMLButtonElement>(el, '#signs-of-grooming')!;
  toggle.click();
  await el.updateComplete;
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  expect(isShown(q(el, '#panel-signs-of-grooming')!)).to.be.true;
}

describe('Strict Content-Security-Policy', () => {
  let page: HostPage;
  afterEach(() => page.remove());

  it('the widget renders, is styled and works, with no violation reported', async () => {
    page = await openHostPage('csp.html');
    expect(page.record, 'record-page.js ran').to.exist;
    expect(qa(page.element, 'button[aria-expanded]')).to.have.length(facts.sections.length);
    expect(isShown(q(page.element, '#panel-if-you-are-concerned')!)).to.be.true;
    await expectWorking(page, page.element);
    await settle(page);
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('the only Trusted Types policy the widget creates is "lit-html"', async () => {
    page = await openHostPage('csp.html');
    // Only engines with Trusted Types create a policy; elsewhere there is nothing to allow.
    if (page.window.trustedTypes) expect(page.record!.policies).to.deep.equal(['lit-html']);
    else expect(page.record!.policies).to.deep.equal([]);
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
    expect(qa(el, 'button[aria-expanded]')).to.have.length(0);
    expect(isShown(q(el, '[part~="bar"] a[href="tel:999"]')!)).to.be.true;
    await settle(page);
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it("with 'allow-duplicates', the bundle loaded twice works with no violation", async () => {
    page = await openHostPage('csp-twice.html');
    expect(page.window.litHtmlVersions).to.have.length(2);
    await expectWorking(page, page.element);
    await settle(page);
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it("without 'allow-duplicates', a second copy of Lit cannot load, and the first keeps working", async () => {
    page = await openHostPage('csp-twice-no-duplicates.html');
    await expectWorking(page, page.element);
    if (page.window.trustedTypes) {
      // Why the README asks for 'allow-duplicates' when a page loads Lit more than once.
      expect(page.errors).to.have.length(1);
      // Chromium: 'Policy with name "lit-html" already exists'; Firefox: 'Content-Security-Policy
      // blocked creating policy named 'lit-html''.
      expect(page.errors[0]).to.match(/^TypeError\b.*\blit-html\b/);
    }
  });
});
