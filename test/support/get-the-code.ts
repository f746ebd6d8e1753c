/**
 * The code builder (demo/get-the-code.html) as a web editor uses it: opened in a frame, its form
 * filled in, its preview read; and the HTML it produced pasted into a blank host page beside the
 * built bundle, the way a site would use it.
 */
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { barLinks } from './dom.js';
import { openHostPage, settle, type HostPage, type PageRecord } from './host-page.js';
import type { Sample } from './get-the-code-samples.js';

export interface Builder extends HostPage {
  /** The preview's frame, and its page. */
  previewFrame: HTMLIFrameElement;
  preview(): Promise<{ window: Window & typeof globalThis; element: OnlineSafetyHelp }>;
  /** The code as the page shows it. */
  code(): { html: string; shortcode: string; jsx: string };
}

/**
 * Waits until `test` is true, for at most `ms`. It polls on this page's timers: a frame that is
 * off screen may get no animation frames for seconds (WebKit).
 */
export async function until(test: () => unknown, what: string, ms = 5000) {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Opens the builder, and waits for its form and its preview's element to be ready. */
export async function openBuilder({ width = 1280, height = 900 } = {}): Promise<Builder> {
  const page = await openHostPage('/demo/get-the-code.html', { width, height, upgrade: false });
  const doc = page.document;
  await until(() => doc.documentElement.hasAttribute('data-ready'), 'the builder');
  const previewFrame = doc.getElementById('preview') as HTMLIFrameElement;
  const builder: Builder = {
    ...page,
    previewFrame,
    async preview() {
      let element: OnlineSafetyHelp | null = null;
      await until(() => {
        element = previewFrame.contentDocument?.querySelector('online-safety-help') ?? null;
        return element && previewFrame.contentWindow!.customElements.get('online-safety-help');
      }, 'the preview');
      // The preview's page, like every page the test server serves, is on the tests' fixed
      // clock (test/plugins/fixed-clock.mjs), as the pasted page is: the NSPCC's hours agree.
      const win = previewFrame.contentWindow as Window & typeof globalThis;
      const el = element! as OnlineSafetyHelp;
      await el.updateComplete;
      return { window: win, element: el };
    },
    code: () => ({
      html: doc.getElementById('code-html')!.textContent!,
      shortcode: doc.getElementById('code-shortcode')!.textContent!,
      jsx: doc.getElementById('code-jsx')!.textContent!,
    }),
  };
  return builder;
}

const fire = (element: Element, ...types: string[]) =>
  types.forEach((type) => element.dispatchEvent(new Event(type, { bubbles: true })));

/** Types a value into a text field, and leaves the field, as a person would. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.focus();
  field.value = value;
  fire(field, 'input');
  field.blur();
  fire(field, 'change');
}

/** Makes the choices of a sample in the builder's form: settings first, then the contact. */
export async function choose(
  builder: Builder,
  sample: Pick<Sample, 'settings' | 'contact' | 'fallbackRegion'>,
) {
  const doc = builder.document;
  for (const [name, value] of Object.entries(sample.settings)) {
    const box = doc.querySelector(`[data-setting="${name}"]`);
    if (!box) throw new Error(`no control for ${name}`);
    const select = box.querySelector('select');
    const radios = [...box.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const checks = [...box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    if (select) {
      select.value = value;
      fire(select, 'input', 'change');
    } else if (checks.length) {
      const ids = value.split(/\s+/).filter(Boolean);
      for (const check of checks) {
        if (check.checked !== (ids.includes('all') || ids.includes(check.value))) check.click();
      }
    } else {
      const radio = radios.find((input) => input.value === value);
      if (radio) radio.click();
      else {
        radios.find((input) => input.value === '')!.click();
        typeInto(box.querySelector('textarea')!, value);
      }
    }
  }
  if (sample.fallbackRegion) {
    const select = doc.getElementById('fallback-region') as HTMLSelectElement;
    select.value = sample.fallbackRegion;
    fire(select, 'input', 'change');
  }
  if (sample.contact) {
    typeInto(doc.getElementById('contact-label') as HTMLInputElement, sample.contact.label);
    typeInto(doc.getElementById('contact-address') as HTMLInputElement, sample.contact.address);
  }
  await settle(builder);
}

/**
 * A blank host page (test/fixtures/pasted.html) with `html` pasted into its body, its clock set
 * and everything it reports recorded from its start. The bundle's CDN address is swapped for the
 * built dist/online-safety-help.js, whose hash the code pins.
 */
export async function openPasted(
  html: string,
  { width = 1280, height = 900 } = {},
): Promise<HostPage & { record: PageRecord }> {
  (window as Window & { snippetToPaste?: string }).snippetToPaste = html.replace(
    /https:\/\/cdn\.jsdelivr\.net\/npm\/online-safety-help@[^/]+\/dist\/online-safety-help\.js/,
    '/dist/online-safety-help.js',
  );
  const page = await openHostPage('pasted.html', { width, height });
  return page as HostPage & { record: PageRecord };
}

/** What a person and a screen reader get from an element, and what its code holds. */
export function readElement(element: OnlineSafetyHelp) {
  const bar = element.shadowRoot!.querySelector('[part~="bar"]')!;
  return {
    attributes: [...element.attributes].map((a) => [a.name, a.value]),
    children: [...element.children].map((child) => child.outerHTML),
    bar: {
      role: bar.getAttribute('role'),
      label: bar.getAttribute('aria-label'),
      links: barLinks(element).map((link) => ({
        href: link.getAttribute('href'),
        name: link.getAttribute('aria-label') ?? link.textContent!.trim(),
      })),
      exit: !!bar.querySelector('[part~="exit"]'),
    },
    headings: [...element.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({
      level: h.localName,
      text: h.textContent!.trim(),
      open: h.querySelector('button')?.getAttribute('aria-expanded'),
    })),
  };
}

/** The hrefs of the element's fallback links (not the exit's), in order. */
export const fallbackHrefs = (element: Element) =>
  [...element.querySelectorAll(':scope > a:not([slot="exit"])')].map((a) => a.getAttribute('href'));
