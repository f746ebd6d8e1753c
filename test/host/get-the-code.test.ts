/**
 * The code builder, demo/get-the-code.html, as a school's web editor uses it: a control for every
 * declared setting, a preview that is the element the code produces, and code that gives that
 * same element when pasted into a blank page beside the bundle. Bad addresses never reach the
 * code. The copy buttons work by keyboard and say what happened.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settingAttributes, settingNames, settings } from '../../src/config.js';
import { facts } from '../fixtures/facts.js';
import { fallbackLinks } from '../../src/fallback.js';
import type { Region } from '../../src/config.js';
import { awkwardLabel, regionSamples, samples } from '../support/get-the-code-samples.js';
import {
  choose,
  fallbackHrefs,
  openBuilder,
  openPasted,
  readElement,
  typeInto,
  until,
  type Builder,
} from '../support/get-the-code.js';
import { rendered, settle, type HostPage } from '../support/host-page.js';

/** Whether the widget has contacts, and so fallback links, for a country. */
function hasLinks(region: string): boolean {
  try {
    return fallbackLinks(region as Region, 'parents').length > 0;
  } catch {
    return false;
  }
}

const sri = async () => (await (await fetch('/dist/online-safety-help.js.sri')).text()).trim();
const version = async () => (await (await fetch('/package.json')).json()).version as string;

describe('Get the code: a control for every setting, from the declaration', () => {
  let builder: Builder;
  before(async () => (builder = await openBuilder()));
  after(() => builder.remove());

  for (const name of settingNames) {
    it(`${settingAttributes[name]} has a labelled control offering each of its options`, () => {
      const box = builder.document.querySelector(`[data-setting="${name}"]`)!;
      expect(box, `a control for ${name}`).to.exist;
      const select = box.querySelector('select');
      const inputs = [...box.querySelectorAll('input')];
      if (select) {
        const label = builder.document.querySelector(`label[for="${select.id}"]`);
        expect(label?.textContent?.trim(), 'its label').to.not.be.empty;
        expect([...select.options].map((option) => option.value)).to.deep.equal([
          ...settings[name].options,
        ]);
      } else {
        expect(box.localName).to.equal('fieldset');
        expect(box.querySelector('legend')?.textContent?.trim(), 'its legend').to.not.be.empty;
        for (const input of inputs) {
          const label = builder.document.querySelector(`label[for="${input.id}"]`);
          expect(label?.textContent?.trim(), `the label of ${input.value}`).to.not.be.empty;
        }
        const values = inputs.map((input) => input.value);
        expect(values).to.include.members([...settings[name].options]);
      }
    });
  }

  it('the region control names every country, and "Where the reader is"', () => {
    const select = builder.document.querySelector<HTMLSelectElement>(
      '[data-setting="region"] select',
    )!;
    const names = [...select.options].map((option) => option.textContent);
    expect(names[0]).to.match(/United Kingdom/);
    expect(names.at(-1)).to.match(/reader/);
  });
});

describe('Get the code: the HTML, pasted into a blank page, gives the element of the preview', () => {
  let builder: Builder;
  let pasted: HostPage | undefined;
  beforeEach(async () => (builder = await openBuilder()));
  afterEach(() => {
    builder.remove();
    pasted?.remove();
  });

  for (const sample of [...samples, ...regionSamples]) {
    // A country's sample waits for that country's contacts, and says so.
    const region = sample.fallbackRegion ?? sample.settings.region ?? 'gb';
    const waiting = !hasLinks(region);
    const title = waiting
      ? `${sample.name}: skipped, the widget has no contacts for ${region} yet`
      : `${sample.name}: same attributes, children, help-bar links and names`;
    (waiting ? it.skip : it)(title, async () => {
      await choose(builder, sample);
      const { element: shown } = await builder.preview();
      const preview = readElement(shown);
      const code = builder.code();
      // Only one page on screen at a time: WebKit holds back a frame that is off screen.
      builder.remove();
      pasted = await openPasted(code.html);
      expect(pasted.errors, 'errors on the pasted page').to.deep.equal([]);
      expect(pasted.warnings, 'warnings on the pasted page').to.deep.equal([]);

      const page = readElement(pasted.element);
      expect(page).to.deep.equal(preview);
      // Only the attributes that differ from the defaults.
      expect(page.attributes).to.deep.equal(sample.attributes);

      // The fallback links offer the bar's own contacts, and the host's; with region auto, the
      // bar's are those of the reader's zone, the links those of the country chosen for them.
      // (A contact with no one address to call has none in the bar either.)
      const barHrefs = page.bar.links.map((link) => link.href).filter(Boolean);
      if (!sample.fallbackRegion) expect(fallbackHrefs(pasted.element)).to.deep.equal(barHrefs);
      if (sample.fallbackRegion) {
        // They are the bar's contacts of that country.
        pasted.element.setAttribute('region', sample.fallbackRegion);
        await rendered(pasted, pasted.element);
        expect(fallbackHrefs(pasted.element)).to.deep.equal(
          readElement(pasted.element)
            .bar.links.map((link) => link.href)
            .filter(Boolean),
        );
      }
      if (sample.settings.region === 'other') {
        // A contact with no one address to call is a line of text.
        expect(pasted.element.querySelector(':scope > p')?.textContent).to.match(/emergency/i);
      }
      const young = sample.settings.audience === 'young-people';
      if (!sample.settings.region) {
        expect(barHrefs.slice(0, young ? 4 : 3)).to.deep.equal(
          young
            ? [facts.childline.href, facts.childline.website, facts.ceop.href, facts.emergency.href]
            : [facts.ceop.href, facts.nspcc.href, facts.emergency.href],
        );
      }
      if (sample.contact) {
        const host = pasted.element.querySelector('a[slot="contact"]')!;
        expect(host.textContent).to.equal(sample.contact.label);
        expect(host.getAttribute('href')).to.equal(sample.contactHref);
        expect(page.bar.links.at(-1)).to.deep.equal({
          href: sample.contactHref,
          name: sample.contact.label,
        });
      }
      // The quick exit's fallback link is its first safe page.
      const exit = pasted.element.querySelector('a[slot="exit"]');
      expect(!!exit).to.equal(page.bar.exit);
      if (exit) expect(exit.getAttribute('href')).to.match(/^https:\/\//);

      // The script tag is pinned to this version, with its integrity hash.
      const script = pasted.document.querySelector('script[type="module"]')!;
      expect(script.getAttribute('integrity')).to.equal(await sri());
      expect(script.getAttribute('crossorigin')).to.equal('anonymous');
      expect(code.html).to.include(
        `https://cdn.jsdelivr.net/npm/online-safety-help@${await version()}/dist/online-safety-help.js`,
      );
    });
  }

  it("a label with < & \" ' comes out as text, in the preview's bar and in the code", async () => {
    await choose(builder, samples[1]);
    const { element } = await builder.preview();
    const host = element.querySelector('a[slot="contact"]')!;
    expect(host.textContent).to.equal(awkwardLabel);
    expect(host.children).to.have.length(0);
    const { html, shortcode, jsx } = builder.code();
    expect(html).to.include('Ask "Mrs O\'Neil" &lt;Year 6&gt; &amp; co</a>');
    expect(shortcode).to.include('contact_label="Ask &quot;Mrs O\'Neil&quot; &lt;Year 6&gt; & co"');
    expect(jsx).to.include(`{${JSON.stringify(awkwardLabel)}}`);
  });

  it('the preview changes as the choices do, and its pinned bar stays in its frame', async () => {
    let { element } = await builder.preview();
    expect(element.hasAttribute('theme')).to.be.false;
    await choose(builder, { settings: { theme: 'dark' } });
    ({ element } = await builder.preview());
    expect(element.getAttribute('theme')).to.equal('dark');
    const bar = element.shadowRoot!.querySelector('[part~="bar"]')!;
    const win = builder.previewFrame.contentWindow!;
    expect(win.getComputedStyle(bar).position).to.equal('fixed');
    expect(Math.abs(bar.getBoundingClientRect().bottom - win.innerHeight)).to.be.below(1);
    // The frame and the form do not overlap: the bar covers none of the form.
    const frame = builder.previewFrame.getBoundingClientRect();
    const form = builder.document.getElementById('choices')!.getBoundingClientRect();
    expect(frame.left >= form.right || frame.top >= form.bottom).to.be.true;
  });
});

describe('Get the code: bad addresses get a message beside their field and never reach the code', () => {
  let builder: Builder;
  before(async () => (builder = await openBuilder()));
  after(() => builder.remove());

  const label = () => builder.document.getElementById('contact-label') as HTMLInputElement;
  const address = () => builder.document.getElementById('contact-address') as HTMLInputElement;
  const messageOf = (field: HTMLElement) => {
    const ids = field.getAttribute('aria-describedby')!.split(/\s+/);
    return ids
      .map((id) => builder.document.getElementById(id)!)
      .find((element) => element.classList.contains('message'))!;
  };
  const allCode = () => Object.values(builder.code()).join('\n');

  const bad = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'http://school.example/contact',
    '//school.example/contact',
    '/contact',
    'vbscript:msgbox(1)',
    'https://',
    'tel:call-us',
    'mailto:nobody',
  ];
  for (const value of bad) {
    it(`contact address ${JSON.stringify(value)}`, async () => {
      typeInto(label(), 'Our safeguarding lead');
      typeInto(address(), value);
      await settle(builder);
      const message = messageOf(address());
      expect(message.hidden).to.be.false;
      expect(message.textContent).to.match(/https:|tel:|mailto:/);
      expect(address().getAttribute('aria-invalid')).to.equal('true');
      expect(allCode()).to.not.include('Our safeguarding lead');
      expect(allCode()).to.not.include(`href="${value.trim()}"`);
      expect(allCode()).to.not.include('contact_href');
      expect(allCode()).to.not.match(/javascript:|data:|vbscript:|http:\/\/school/i);
      const note = builder.document.getElementById('left-out')!;
      expect(note.hidden).to.be.false;
      expect(note.textContent).to.match(/your own contact/);
      const { element } = await builder.preview();
      expect(element.querySelector('[slot="contact"]')).to.equal(null);
    });
  }

  it('a good address clears the message, and the contact reaches the code', async () => {
    typeInto(label(), 'Our safeguarding lead');
    typeInto(address(), 'sms:01632 960123');
    await settle(builder);
    expect(messageOf(address()).hidden).to.be.true;
    expect(address().hasAttribute('aria-invalid')).to.be.false;
    expect(builder.code().html).to.include(
      '<a slot="contact" href="sms:01632960123">Our safeguarding lead</a>',
    );
    expect(builder.document.getElementById('left-out')!.hidden).to.be.true;
  });

  it('an address without a label asks for the label', async () => {
    typeInto(label(), '');
    typeInto(address(), 'https://school.example/contact');
    await settle(builder);
    expect(messageOf(label()).hidden).to.be.false;
    expect(messageOf(label()).textContent).to.match(/text of the link/i);
    expect(label().getAttribute('aria-invalid')).to.equal('true');
    expect(allCode()).to.not.include('school.example/contact');
    typeInto(address(), '');
    await settle(builder);
  });

  for (const pages of [
    'http://www.bbc.co.uk/weather',
    'javascript:alert(1)',
    'www.bbc.co.uk/weather',
    'https://www.bbc.co.uk/weather\nftp://files.example/',
    Array.from({ length: 6 }, (_, i) => `https://safe${i}.example/`).join('\n'),
    '',
  ]) {
    it(`quick exit safe pages ${JSON.stringify(pages)}`, async () => {
      await choose(builder, { settings: { quickExit: 'https://placeholder.example/' } });
      const box = builder.document.querySelector<HTMLTextAreaElement>(
        '[data-setting="quickExit"] textarea',
      )!;
      typeInto(box, pages);
      await settle(builder);
      const message = messageOf(box);
      expect(message.hidden).to.be.false;
      expect(message.textContent).to.match(/https:|safe page/);
      expect(box.getAttribute('aria-invalid')).to.equal('true');
      expect(allCode()).to.not.include('quick-exit');
      expect(allCode()).to.not.include('quick_exit');
      expect(allCode()).to.not.match(/http:\/\/|javascript:|ftp:|safe5\.example|placeholder/);
      const { element } = await builder.preview();
      expect(element.hasAttribute('quick-exit')).to.be.false;
    });
  }
});

describe('Get the code: copying', () => {
  let builder: Builder;
  beforeEach(async () => (builder = await openBuilder()));
  afterEach(() => builder.remove());

  const statusOf = (kind: string) => builder.document.getElementById(`copy-${kind}-status`)!;
  const button = (kind: string) =>
    builder.document.querySelector<HTMLButtonElement>(`button[data-copy="${kind}"]`)!;

  it('Enter on a copy button copies the code, or selects it, and says which', async () => {
    await choose(builder, samples[1]);
    const clipboard = builder.window.navigator.clipboard;
    const written: string[] = [];
    if (clipboard) {
      // A spy: it records what is written, and the browser's own clipboard does the writing.
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) => (written.push(text), write(text));
    }
    for (const kind of ['html', 'shortcode', 'jsx'] as const) {
      button(kind).focus();
      await sendKeys({ press: 'Enter' });
      const status = statusOf(kind);
      await until(() => status.textContent, `the ${kind} copy's status`);
      expect(status.getAttribute('role')).to.equal('status');
      const code = builder.code()[kind];
      if (/^Copied/.test(status.textContent!)) {
        expect(written.at(-1)).to.equal(code);
      } else {
        expect(status.textContent).to.match(/selected\. Press Ctrl\+C/);
        expect(builder.window.getSelection()!.toString()).to.equal(code);
      }
    }
  });

  it('without the Clipboard API (a page that is not secure), the code is selected, and the message says how to copy it', async () => {
    Object.defineProperty(builder.window.navigator, 'clipboard', { value: undefined });
    button('shortcode').focus();
    await sendKeys({ press: ' ' });
    const status = statusOf('shortcode');
    await until(() => status.textContent, 'the status');
    expect(status.textContent).to.equal(
      'Could not copy the shortcode here: it is selected. Press Ctrl+C (Command+C on a Mac) to copy it.',
    );
    expect(builder.window.getSelection()!.toString()).to.equal(builder.code().shortcode);
    expect(builder.document.activeElement?.localName).to.equal('pre');
  });

  it('a copy button shows where the keyboard focus is', async () => {
    const copy = button('html');
    // From the code just before it, as a keyboard user moves on.
    builder.document.querySelector<HTMLElement>('pre')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(builder.document.activeElement).to.equal(copy);
    const style = builder.window.getComputedStyle(copy);
    expect(style.outlineStyle).to.not.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe("Get the code: the preview's quick exit", () => {
  it('leaves the frame, not the builder, which offers to show the preview again', async () => {
    const builder = await openBuilder();
    try {
      await choose(builder, { settings: { audience: 'young-people' } });
      const { element } = await builder.preview();
      const exit = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="exit"]')!;
      exit.click();
      const notice = builder.document.getElementById('preview-left')!;
      await until(() => !notice.hidden, 'the notice');
      expect(notice.getAttribute('role')).to.equal('status');
      const again = builder.document.getElementById('preview-again')!;
      expect(builder.document.activeElement).to.equal(again);
      // The builder is still here, with its choices.
      expect(builder.code().html).to.include('audience="young-people"');
      again.click();
      await until(() => notice.hidden, 'the preview again');
      const back = await builder.preview();
      expect(back.element.getAttribute('audience')).to.equal('young-people');
    } finally {
      builder.remove();
    }
  });
});
