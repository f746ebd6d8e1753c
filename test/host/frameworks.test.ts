/**
 * The element inside a React 19 app (through the React wrapper, and as a plain tag) and a Vue 3
 * app. Each app is a host page in test/fixtures whose script is bundled from test/frameworks/,
 * importing the package by its name as a site's build would.
 */
import { expect } from '@open-wc/testing';
import { facts, normalise } from '../fixtures/facts.js';
import { openHostPage, type HostPage } from '../support/host-page.js';

const hosts = [
  { name: 'React 19 app, through the React wrapper', page: 'react.html?use=wrapper' },
  { name: 'React 19 app, with the tag itself', page: 'react.html?use=element' },
  { name: 'Vue 3 app', page: 'vue.html' },
];

for (const host of hosts) {
  describe(`In a ${host.name}`, () => {
    let page: HostPage;
    const shadow = () => page.element.shadowRoot!;
    const text = (selector: string) =>
      normalise(page.document.querySelector(selector)?.textContent);
    const headingLevels = () =>
      [...shadow().querySelectorAll('[part~="toggle"]')].map(
        (toggle) => toggle.parentElement!.localName,
      );

    beforeEach(async () => {
      page = await openHostPage(host.page);
      // A link in the bar would leave the page; the app still hears of it first.
      page.window.addEventListener('click', (event) => event.preventDefault());
    });
    afterEach(() => page.remove());

    it('renders the guidance with the app’s heading level and open section', async () => {
      expect(headingLevels()).to.deep.equal(facts.sections.map(() => 'h3'));
      const open = [...shadow().querySelectorAll('[part~="toggle"][aria-expanded="true"]')];
      expect(open.map((toggle) => toggle.id)).to.deep.equal(['signs-of-grooming']);
    });

    it('shows the bar in the flow, as the app asked', async () => {
      const bar = shadow().querySelector<HTMLElement>('[part~="bar"]')!;
      expect(page.window.getComputedStyle(bar).position).to.equal('relative');
    });

    it('takes an object property from the app: the bar carries the app’s own label', async () => {
      const bar = shadow().querySelector('[part~="bar"]')!;
      expect(bar.getAttribute('aria-label')).to.equal('Help for Oakfield parents');
    });

    it('follows the app’s state when it changes', async () => {
      page.document.querySelector<HTMLButtonElement>('main > button')!.click();
      // React and Vue render on their own schedule; wait for the element to follow.
      for (let i = 0; i < 20 && headingLevels()[0] !== 'h4'; i++) {
        await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
        await page.element.updateComplete;
      }
      expect(headingLevels()).to.deep.equal(facts.sections.map(() => 'h4'));
    });

    it('shows the app’s slotted contact inside the bar, after the built-in ones', async () => {
      const link = page.document.querySelector<HTMLAnchorElement>('a[slot="contact"]')!;
      const bar = shadow().querySelector<HTMLElement>('[part~="bar"]')!;
      expect(link.assignedSlot?.closest('[part~="bar"]')).to.equal(bar);
      const inner = link.getBoundingClientRect();
      const outer = bar.getBoundingClientRect();
      expect(inner.width).to.be.greaterThan(0);
      expect(inner.height).to.be.greaterThan(0);
      expect(inner.top).to.be.at.least(outer.top);
      expect(inner.bottom).to.be.at.most(outer.bottom);
      const emergency = shadow().querySelector('[part~="contact-emergency"]')!;
      expect(
        emergency.compareDocumentPosition(link.assignedSlot!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.not.equal(0);
    });

    it('tells the app which contact a person used', async () => {
      expect(text('#contacts')).to.equal('Contacts used: none');
      shadow().querySelector<HTMLAnchorElement>('[part~="contact-nspcc"]')!.click();
      page.document.querySelector<HTMLAnchorElement>('a[slot="contact"]')!.click();
      await page.element.updateComplete;
      for (let i = 0; i < 20 && text('#contacts') === 'Contacts used: none'; i++) {
        await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
      }
      expect(text('#contacts')).to.equal('Contacts used: nspcc, host');
    });

    it('tells the app which section a person opened', async () => {
      shadow().querySelector<HTMLButtonElement>('#how-grooming-works')!.click();
      for (let i = 0; i < 20 && text('#toggles') === 'Sections toggled: none'; i++) {
        await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
      }
      expect(text('#toggles')).to.equal('Sections toggled: how-grooming-works');
    });
  });
}

for (const use of ['wrapper', 'element']) {
  describe(`In a React 19 app, ${use === 'wrapper' ? 'through the React wrapper' : 'with the tag itself'}`, () => {
    it('tells the app which country a person chose in the bar', async () => {
      const page = await openHostPage(`react.html?use=${use}&country`);
      try {
        const el = page.document.getElementById('country')!;
        const select = el.shadowRoot!.querySelector('select')!;
        expect(select.value).to.equal('nz');
        // A person's choice: the select's value changes, and it says so.
        select.value = 'ca';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const said = () => normalise(page.document.getElementById('regions')!.textContent);
        for (let i = 0; i < 20 && said() === 'Countries chosen: none'; i++) {
          await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
        }
        expect(said()).to.equal('Countries chosen: ca');
      } finally {
        page.remove();
      }
    });
  });
}
