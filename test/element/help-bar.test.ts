/** What a person gets from the help bar: the contacts, named for what they do, and the host's. */
import { expect } from '@open-wc/testing';
import { facts, normalise } from '../fixtures/facts.js';
import { barLinks, barOf, q, qa } from '../support/dom.js';
import { makeElement } from '../support/element.js';

const hostLink =
  '<a slot="contact" href="mailto:lead@school.example">Email our safeguarding lead</a>';

describe('The help bar', () => {
  it('is a labelled landmark with the three contacts, each named for what it does', async () => {
    const el = await makeElement({ bar: 'inline' });
    const bar = barOf(el);
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

  it('shows a slotted host link inside the bar, after the built-in contacts', async () => {
    const el = await makeElement({ bar: 'inline' }, hostLink);
    const slot = q<HTMLSlotElement>(el, '[part~="bar"] slot[name="contact"]')!;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal([
      'Email our safeguarding lead',
    ]);
    const host = el.querySelector('a')!;
    const nspcc = q(el, '[part~="bar"] a[href^="tel:0808"]')!;
    expect(host.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(nspcc.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
  });

  it('tells the page which contact a person used (online-safety-help-contact)', async () => {
    const el = await makeElement(
      { bar: 'inline' },
      '<a slot="contact" href="https://school.example/safeguarding">Our safeguarding lead</a>',
    );
    const events: CustomEvent[] = [];
    const record = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('online-safety-help-contact', record);
    // Stop navigation: only the event is under test.
    el.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
    el.addEventListener('click', (e) => e.preventDefault());
    try {
      for (const a of barLinks(el)) a.click();
    } finally {
      document.removeEventListener('online-safety-help-contact', record);
    }
    expect(events.map((e) => e.detail)).to.deep.equal([
      { id: 'ceop', href: facts.ceop.href },
      { id: 'nspcc', href: facts.nspcc.href },
      { id: 'emergency', href: facts.emergency.href },
      { id: 'host', href: 'https://school.example/safeguarding' },
    ]);
    expect(events.every((e) => e.bubbles && e.composed)).to.be.true;
  });

  it('a replaced guidance cannot put a javascript: link in the bar, nor leave out the emergency contact', async () => {
    const el = await makeElement({ bar: 'inline' });
    el.guidance = {
      barLabel: 'Hilfe',
      sections: [],
      contacts: [
        { id: 'ceop', label: 'Bad', detail: '', name: 'Bad', href: 'javascript:alert(1)' },
        {
          id: 'nspcc',
          label: 'Ruf an',
          detail: '0808 800 5000',
          name: 'Ruf an',
          href: 'tel:08088005000',
        },
      ],
    };
    await el.updateComplete;
    const hrefs = qa(el, '[part~="bar"] a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:08088005000', 'tel:999']);
    expect(barOf(el).getAttribute('aria-label')).to.equal('Hilfe');
  });
});
