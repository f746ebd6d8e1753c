// Server rendering: Node has no DOM. Importing the package must not throw there, nothing may be
// defined, and React's server renderer must put the fallback links in the HTML it returns.
// Runs against the built lib/ (`npm run build` first), through the package's own `exports`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';

test('Node has no DOM here', () => {
  assert.equal(globalThis.HTMLElement, undefined);
  assert.equal(globalThis.customElements, undefined);
  assert.equal(globalThis.document, undefined);
});

for (const entry of [
  'online-safety-help',
  'online-safety-help/online-safety-help.js',
  'online-safety-help/online-safety-help-define.js',
  'online-safety-help/content.js',
  'online-safety-help/react.js',
]) {
  test(`import '${entry}' does not throw without a DOM`, async () => {
    const module = await import(entry);
    assert.ok(Object.keys(module).length > 0);
  });
}

test('the package entry exports the class, the guidance and the contacts, and defines nothing', async () => {
  const { OnlineSafetyHelp, defaultGuidance, defaultContacts } = await import('online-safety-help');
  assert.equal(typeof OnlineSafetyHelp, 'function');
  assert.equal(typeof OnlineSafetyHelp.define, 'function');
  assert.equal(defaultGuidance.sections.length, 6);
  assert.ok(defaultContacts.some((contact) => contact.href === 'tel:999'));
  assert.equal(globalThis.customElements, undefined);
});

test("React's renderToString of the wrapper returns the tag with the fallback links inside", async () => {
  const { OnlineSafetyHelp } = await import('online-safety-help/react.js');
  const markup = renderToString(
    h(
      OnlineSafetyHelp,
      { open: 'signs-of-grooming', headingLevel: 2 },
      h('a', { href: 'https://www.ceop.police.uk/Safety-Centre/' }, 'Report to CEOP'),
      h('a', { href: 'tel:08088005000' }, 'NSPCC Helpline 0808 800 5000'),
      h('a', { href: 'tel:999' }, 'Emergency 999'),
      h('a', { slot: 'contact', href: 'mailto:safeguarding@school.example' }, 'Email us'),
    ),
  );
  assert.match(markup, /^<online-safety-help[ >]/);
  assert.match(markup, /<\/online-safety-help>$/);
  for (const link of [
    '<a href="https://www.ceop.police.uk/Safety-Centre/">Report to CEOP</a>',
    '<a href="tel:08088005000">NSPCC Helpline 0808 800 5000</a>',
    '<a href="tel:999">Emergency 999</a>',
    '<a slot="contact" href="mailto:safeguarding@school.example">Email us</a>',
  ]) {
    assert.ok(markup.includes(link), `${link} in ${markup}`);
  }
});

test('the define file does not throw when the page’s registry refuses the tag', async () => {
  const calls = [];
  globalThis.customElements = {
    get: () => undefined,
    define: (tag) => {
      calls.push(tag);
      throw new DOMException('refused', 'NotSupportedError');
    },
  };
  try {
    // A query string loads the define file afresh, as a second copy on a page would run.
    await import(`../../lib/online-safety-help-define.js?refused`);
    assert.deepEqual(calls, ['online-safety-help']);
  } finally {
    delete globalThis.customElements;
  }
});
