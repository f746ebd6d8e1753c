/**
 * Subresource Integrity for CDN users: the build writes dist/online-safety-help.js.sri, and a
 * page that pins the bundle with that hash must get the widget; a page whose hash does not
 * match must not run the script, and keeps its plain fallback links.
 */
import { expect } from '@open-wc/testing';
import { facts } from '../fixtures/facts.js';
import { blankFrame } from '../support/frame.js';

const bundleUrl = new URL('/dist/online-safety-help.js', location.href).href;

async function writtenIntegrity(): Promise<string> {
  const response = await fetch(`${bundleUrl}.sri`, { cache: 'no-store' });
  expect(response.ok, 'dist/online-safety-help.js.sri is served').to.be.true;
  return (await response.text()).trim();
}

/** A blank host page holding the README's fallback links, then a pinned script tag. */
async function pageWithPinnedScript(integrity: string) {
  const { frame, window, document: doc } = await blankFrame();
  doc.body.innerHTML = `<online-safety-help bar="inline">
      <a href="${facts.ceop.href}">Report to CEOP</a>
      <a href="${facts.nspcc.href}">NSPCC Helpline ${facts.nspcc.number}</a>
      <a href="${facts.emergency.href}">Emergency 999</a>
    </online-safety-help>`;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = bundleUrl;
  script.integrity = integrity;
  script.crossOrigin = 'anonymous';
  const loaded = await new Promise<boolean>((resolve) => {
    script.addEventListener('load', () => resolve(true));
    script.addEventListener('error', () => resolve(false));
    doc.head.append(script);
  });
  return { frame, window, doc, loaded };
}

describe('A page that pins the bundle with Subresource Integrity', () => {
  it('the hash written beside the bundle is the sha384 of the bundle as served', async () => {
    const body = await (await fetch(bundleUrl, { cache: 'no-store' })).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', body));
    const expected = `sha384-${btoa(String.fromCharCode(...digest))}`;
    expect(await writtenIntegrity()).to.equal(expected);
  });

  it('a page that pins the bundle with that hash gets a working widget', async () => {
    const page = await pageWithPinnedScript(await writtenIntegrity());
    try {
      expect(page.loaded, 'the browser accepted the script').to.be.true;
      await page.window.customElements.whenDefined('online-safety-help');
      const element = page.doc.querySelector('online-safety-help')!;
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const hrefs = [...element.shadowRoot!.querySelectorAll('[part~="bar"] a')].map((a) =>
        a.getAttribute('href'),
      );
      expect(hrefs).to.include.members([facts.ceop.href, facts.nspcc.href, facts.emergency.href]);
    } finally {
      page.frame.remove();
    }
  });

  it('a page whose hash does not match runs no script and keeps its plain links', async () => {
    const wrong = `sha384-${btoa('not the bundle'.padEnd(48, '.'))}`;
    const page = await pageWithPinnedScript(wrong);
    try {
      expect(page.loaded, 'the browser refused the script').to.be.false;
      expect(page.window.customElements.get('online-safety-help')).to.equal(undefined);
      const emergency = page.doc.querySelector<HTMLAnchorElement>(
        `a[href="${facts.emergency.href}"]`,
      )!;
      expect(emergency.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      page.frame.remove();
    }
  });
});
