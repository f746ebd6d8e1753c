/** A person opens and closes sections: by click, by keyboard, and by following a link to one. */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { facts } from '../fixtures/facts.js';
import { captureErrors } from '../support/console.js';
import { panelOf, q, qa } from '../support/dom.js';
import { makeElement } from '../support/element.js';
import { expectDefaults, expectHelpBar } from '../support/expect.js';

describe('Opening and closing sections', () => {
  it('tells the page when a person opens and closes a section (online-safety-help-toggle)', async () => {
    const el = await makeElement();
    const toggle = q<HTMLButtonElement>(el, '#signs-of-grooming')!;
    setTimeout(() => toggle.click());
    const opened = (await oneEvent(el, 'online-safety-help-toggle')) as CustomEvent;
    expect(opened.detail).to.deep.equal({ id: 'signs-of-grooming', open: true });
    expect(opened.bubbles && opened.composed).to.be.true;
    setTimeout(() => toggle.click());
    const closed = (await oneEvent(el, 'online-safety-help-toggle')) as CustomEvent;
    expect(closed.detail).to.deep.equal({ id: 'signs-of-grooming', open: false });
  });

  it('Tab reaches each section toggle, then the help bar: the choice of country and the links; Enter opens a section, Space closes it', async () => {
    const el = await makeElement();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 9; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      reached.push(active?.id || active?.getAttribute('href') || '');
    }
    expect(reached).to.deep.equal([
      ...facts.sections.map((s) => s.id),
      // The country select, whose id is its label's target.
      'region',
      facts.ceop.href,
      facts.nspcc.href,
      facts.emergency.href,
    ]);
    const toggle = q<HTMLButtonElement>(el, '#where-it-happens')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(panelOf(toggle).hidden).to.be.false;
    // The space bar: Firefox's driver (WebDriver BiDi) knows it as ' ' but not as 'Space'.
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(panelOf(toggle).hidden).to.be.true;
    before.remove();
  });
});

describe('Following a link to a section', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('a link to #signs-of-grooming opens that section and scrolls it into view', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    const widget = await makeElement({ bar: 'inline' });
    widget.before(spacer);
    const hashchange = new Promise((resolve) =>
      addEventListener('hashchange', resolve, { once: true }),
    );
    location.hash = 'signs-of-grooming';
    await hashchange;
    // The element scrolls to the section once it has rendered it open: a second wait lets that run.
    await widget.updateComplete;
    await widget.updateComplete;
    const toggle = widget.shadowRoot!.getElementById('signs-of-grooming')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const { top, bottom } = toggle.getBoundingClientRect();
    expect(top >= 0 && bottom <= innerHeight, `heading at ${top}`).to.be.true;
    spacer.remove();
  });

  it('an unknown hash changes nothing', async () => {
    const el = await makeElement();
    location.hash = 'not-a-section';
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(qa(el, '[aria-expanded="true"]')).to.have.length(0);
  });

  for (const fragment of ['%E0%A4%A', '%', 'signs-of-grooming%']) {
    it(`a malformed fragment in the page's address (#${fragment}) causes no error, at load or when it changes`, async () => {
      const errors = captureErrors();
      try {
        history.replaceState(null, '', `#${fragment}`);
        const el = await makeElement();
        expectDefaults(el);
        expectHelpBar(el);
        const hashchange = new Promise((resolve) =>
          addEventListener('hashchange', resolve, { once: true }),
        );
        location.hash = `${fragment}x`;
        await hashchange;
        await el.updateComplete;
        expect(errors.items).to.deep.equal([]);
        expectDefaults(el);
      } finally {
        errors.stop();
      }
    });
  }
});
