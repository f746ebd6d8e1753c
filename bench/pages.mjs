// The benchmark's pages, made when the bench runs: one host page (bench/host.html) with, in its
// content, the widget as the shared example demo/examples/plain.html puts it on a page (the
// README's snippet), the hand-written static guidance (bench/static.html and .css: the floor),
// or an iframe of that static page. Each page is one entry of PAGES below.
import { readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** The local bundle, served by the bench, in place of the examples' CDN address. */
export const BUNDLE = '/dist/online-safety-help.js';
/** The bare Lit element's bundle (bench/bare-lit.mjs), built by the bench when it runs. */
export const BARE_LIT_BUNDLE = '/bare-lit.js';
const CDN_BUNDLE =
  /https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/online-safety-help@[^/"'\s]+\/dist\/online-safety-help\.js/g;
const MARKER = /^[ \t]*<!-- \/?example(?::[ \w-]+)? -->[ \t]*\n/gm;

/** A shared example as a reader copies it: without the markers of the examples it holds. */
const example = (file) =>
  read(`demo/examples/${file}`).replace(MARKER, '').replace(CDN_BUNDLE, BUNDLE).trim();

const host = read('bench/host.html');
const style = (css) => `<style>\n${css.trim().replace(/^(?=.)/gm, '  ')}\n</style>`;
const escape = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The host page with `head` at the end of its head and `content` above its own content. */
function page(title, { head = '', content }) {
  // Indented as the marker it replaces, so that a page reads well when opened.
  const fill = (text, marker) =>
    text.replace(new RegExp(`^([ \\t]*)<!-- bench: ${marker} -->`, 'm'), (_, indent) =>
      ({ head, content })[marker].replace(/^(?=.)/gm, indent),
    );
  const titled = host.replace(
    '<title>Online safety</title>',
    `<title>Online safety (${title})</title>`,
  );
  return fill(fill(titled, 'head'), 'content');
}

/**
 * The README's snippet on the host page: its script tag once, then `count` elements, each with
 * the guidance open (as on the static page) and `attributes`; `head` for host CSS.
 */
function widget(title, attributes = {}, { count = 1, head = '' } = {}) {
  const snippet = example('plain.html');
  const parts =
    /^(<script[^>]*><\/script>)\s*(<online-safety-help\b[\s\S]*<\/online-safety-help>)$/.exec(
      snippet,
    );
  if (!parts) {
    throw new Error('demo/examples/plain.html: expected a script tag, then one element');
  }
  const [, script, element] = parts;
  // Added straight after the tag name: where the example sets the same attribute, the first wins.
  const added = Object.entries({ open: 'all', ...attributes })
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  const tagged = element.replace('<online-safety-help', `<online-safety-help${added}`);
  return page(title, { head, content: [script, ...Array(count).fill(tagged)].join('\n') });
}

/**
 * Every page, by name: `html`, and `kinds`, the kinds of load it is measured in (all three when
 * left out; see run.mjs). A page added here is loaded, measured and reported like the others;
 * only the pages that bench/run.mjs names in its targets are held to them.
 */
export const PAGES = {
  static: {
    html: page('static HTML', {
      head: style(read('bench/static.css')),
      content: read('bench/static.html'),
    }),
  },
  widget: { html: widget('widget') },
  iframe: {
    html: page('iframe', {
      head: style(
        'iframe { display: block; width: 100%; height: 70vh; margin: 1.5rem 0; border: 0; }',
      ),
      content: '<iframe src="static.html" title="Online safety guidance and help"></iframe>',
    }),
  },
  reserved: { html: widget('space reserved', {}, { head: style(example('reserved-space.css')) }) },
  twenty: { html: widget('twenty', {}, { count: 20 }), kinds: ['cost', 'cpu'] },
  // region="auto": the widget reads the reader's time zone before its first render.
  auto: { html: widget('region auto', { region: 'auto' }) },
  // The bar in the flow, below the open guidance, and sticky: the probe must find it there too.
  inline: { html: widget('bar inline', { bar: 'inline' }), kinds: ['timing'] },
  sticky: { html: widget('bar sticky', { bar: 'sticky' }), kinds: ['timing'] },
  // A bare Lit element with three links (bench/bare-lit.mjs): what any Lit element costs here.
  'bare-lit': {
    html: page('bare Lit element', {
      content: `<script type="module" src="${BARE_LIT_BUNDLE}"></script>\n<bare-lit></bare-lit>`,
    }),
    kinds: ['cpu'],
  },
};

/** Writes every page to `folder` (emptied first), for a person to open; returns the file names. */
export function writePages(folder) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return Object.entries(PAGES).map(([name, { html }]) => {
    writeFileSync(new URL(`${name}.html`, folder), html);
    return `${name}.html`;
  });
}
