import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/online-safety-help-define.js';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { facts, normalise, sourceLines } from '../fixtures/facts.js';

const q = <T extends Element = HTMLElement>(el: OnlineSafetyHelp, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T;
const qa = <T extends Element = HTMLElement>(el: OnlineSafetyHelp, selector: string) =>
  [...el.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];

async function make(template = html`<online-safety-help bar="inline"></online-safety-help>`) {
  const el = await fixture<OnlineSafetyHelp>(template);
  await el.updateComplete;
  return el;
}

describe('Content', () => {
  it('every line of the source document reaches the reader when all sections are open', async () => {
    const el = await make(html`<online-safety-help open="all" bar="inline"></online-safety-help>`);
    const shown = normalise(el.shadowRoot!.textContent);
    for (const line of await sourceLines()) expect(shown).to.include(normalise(line));
  });

  it('a second element shows the whole guidance too, in nodes of its own', async () => {
    const open = () =>
      make(html`<online-safety-help open="all" bar="inline"></online-safety-help>`);
    const [first, second] = [await open(), await open()];
    const lines = await sourceLines();
    for (const el of [first, second]) {
      const shown = normalise(el.shadowRoot!.textContent);
      for (const line of lines) expect(shown).to.include(normalise(line));
    }
    const links = (el: OnlineSafetyHelp) =>
      qa<HTMLAnchorElement>(el, '[part~="panel"] a').map((a) => a.getAttribute('href'));
    expect(links(first)).to.have.length(5);
    expect(links(second)).to.deep.equal(links(first));
    // Each element has its own copy: closing a section in one leaves the other's text shown.
    expect(q(second, '[part~="panel"] p')).not.to.equal(q(first, '[part~="panel"] p'));
    q<HTMLButtonElement>(first, 'button[aria-expanded]').click();
    await first.updateComplete;
    expect(q(first, '[part~="panel"]').hidden).to.be.true;
    expect(q(second, '[part~="panel"] p').getClientRects().length).to.be.greaterThan(0);
  });

  it('shows the five sections, in order, with their headings and stable ids', async () => {
    const el = await make();
    const toggles = qa<HTMLButtonElement>(el, 'button[aria-expanded]');
    expect(toggles.map((b) => [b.id, normalise(b.textContent)])).to.deep.equal(
      facts.sections.map((s) => [s.id, s.heading]),
    );
  });

  it('keeps lists as lists: five ways, two forms of abuse, five signs', async () => {
    const el = await make(html`<online-safety-help open="all" bar="inline"></online-safety-help>`);
    const count = (id: string, list: string) => qa(el, `#panel-${id} ${list} > li`).length;
    expect(count('how-grooming-works', 'ul')).to.equal(5);
    expect(count('aim-of-grooming', 'ol')).to.equal(2);
    expect(count('signs-of-grooming', 'ul')).to.equal(5);
  });

  it('links the contacts in the guidance text to the right places', async () => {
    const el = await make(
      html`<online-safety-help open="if-you-are-concerned" bar="inline"></online-safety-help>`,
    );
    const hrefs = qa<HTMLAnchorElement>(el, '#panel-if-you-are-concerned a').map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs).to.include.members([facts.ceop.href, facts.nspcc.href, facts.emergency.href]);
  });
});

describe('Help bar', () => {
  it('is a labelled landmark with the three contacts, each named for what it does', async () => {
    const el = await make();
    const bar = q(el, '[part~="bar"]');
    expect(bar.getAttribute('role')).to.equal('region');
    expect(bar.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
    const links = qa<HTMLAnchorElement>(el, '[part~="bar"] a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      facts.ceop.href,
      facts.nspcc.href,
      facts.emergency.href,
    ]);
    expect(links[0].getAttribute('aria-label')).to.match(facts.ceop.name);
    expect(links[1].getAttribute('aria-label')).to.match(facts.nspcc.name);
    expect(links[2].getAttribute('aria-label')).to.match(facts.emergency.name);
    expect(normalise(links[1].textContent)).to.include(facts.nspcc.number);
    expect(normalise(links[2].textContent)).to.include(facts.emergency.number);
  });

  it('is pinned to the bottom of the viewport by default', async () => {
    const el = await make(html`<online-safety-help></online-safety-help>`);
    const bar = q(el, '[part~="bar"]');
    expect(getComputedStyle(bar).position).to.equal('fixed');
    expect(Math.round(bar.getBoundingClientRect().bottom)).to.equal(innerHeight);
  });

  it('shows a slotted host link inside the bar, after the built-in contacts', async () => {
    const el = await make(
      html`<online-safety-help bar="inline">
        <a slot="contact" href="mailto:lead@school.example">Email our safeguarding lead</a>
      </online-safety-help>`,
    );
    const slot = q<HTMLSlotElement>(el, '[part~="bar"] slot[name="contact"]');
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal([
      'Email our safeguarding lead',
    ]);
    const host = el.querySelector('a')!;
    const nspcc = q(el, '[part~="bar"] a[href^="tel:0808"]');
    expect(host.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(nspcc.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
  });

  it('with two elements on a page, only one bar is pinned', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <online-safety-help></online-safety-help><online-safety-help></online-safety-help>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('online-safety-help')];
    await a.updateComplete;
    await b.updateComplete;
    await b.updateComplete;
    const positions = [a, b].map((el) => getComputedStyle(q(el, '[part~="bar"]')).position);
    expect(positions).to.deep.equal(['fixed', 'static']);
    a.remove();
    await b.updateComplete;
    expect(getComputedStyle(q(b, '[part~="bar"]')).position).to.equal('fixed');
  });
});

describe('Events', () => {
  it('fires online-safety-help-contact with the contact id and href', async () => {
    const el = await make(
      html`<online-safety-help bar="inline">
        <a slot="contact" href="https://school.example/safeguarding">Our safeguarding lead</a>
      </online-safety-help>`,
    );
    const events: CustomEvent[] = [];
    document.addEventListener('online-safety-help-contact', (e) => events.push(e as CustomEvent));
    // Stop navigation: only the event is under test.
    el.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
    el.addEventListener('click', (e) => e.preventDefault());
    for (const a of qa<HTMLAnchorElement>(el, '[part~="bar"] a')) a.click();
    el.querySelector('a')!.click();
    expect(events.map((e) => e.detail)).to.deep.equal([
      { id: 'ceop', href: facts.ceop.href },
      { id: 'nspcc', href: facts.nspcc.href },
      { id: 'emergency', href: facts.emergency.href },
      { id: 'host', href: 'https://school.example/safeguarding' },
    ]);
    expect(events.every((e) => e.bubbles && e.composed)).to.be.true;
  });

  it('fires online-safety-help-toggle when a person opens and closes a section', async () => {
    const el = await make();
    const toggle = q<HTMLButtonElement>(el, '#signs-of-grooming');
    setTimeout(() => toggle.click());
    const opened = (await oneEvent(el, 'online-safety-help-toggle')) as CustomEvent;
    expect(opened.detail).to.deep.equal({ id: 'signs-of-grooming', open: true });
    expect(opened.bubbles && opened.composed).to.be.true;
    setTimeout(() => toggle.click());
    const closed = (await oneEvent(el, 'online-safety-help-toggle')) as CustomEvent;
    expect(closed.detail).to.deep.equal({ id: 'signs-of-grooming', open: false });
  });
});

describe('Keyboard', () => {
  it('Tab reaches each section toggle, then the help-bar links; Enter opens a section', async () => {
    const el = await make();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      reached.push(active?.id || active?.getAttribute('href') || '');
    }
    expect(reached).to.deep.equal([
      ...facts.sections.map((s) => s.id),
      facts.ceop.href,
      facts.nspcc.href,
      facts.emergency.href,
    ]);
    q<HTMLButtonElement>(el, '#where-it-happens').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(q(el, '#where-it-happens').getAttribute('aria-expanded')).to.equal('true');
    expect(q(el, '#panel-where-it-happens').hidden).to.be.false;
    // The space bar: Firefox's driver (WebDriver BiDi) knows it as ' ' but not as 'Space'.
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(q(el, '#panel-where-it-happens').hidden).to.be.true;
    before.remove();
  });
});

describe('Links to sections', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('a link to #signs-of-grooming opens that section and scrolls it into view', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height:3000px"></div>
        <online-safety-help bar="inline"></online-safety-help>
      </div>`,
    );
    const widget = page.querySelector('online-safety-help')!;
    await widget.updateComplete;
    const hashchange = new Promise((resolve) =>
      addEventListener('hashchange', resolve, { once: true }),
    );
    location.hash = 'signs-of-grooming';
    await hashchange;
    await widget.updateComplete;
    await widget.updateComplete;
    const toggle = widget.shadowRoot!.getElementById('signs-of-grooming')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const { top, bottom } = toggle.getBoundingClientRect();
    expect(top >= 0 && bottom <= innerHeight, `heading at ${top}`).to.be.true;
  });

  it('an unknown hash changes nothing', async () => {
    const el = await make();
    location.hash = 'not-a-section';
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(qa(el, '[aria-expanded="true"]')).to.have.length(0);
  });
});
