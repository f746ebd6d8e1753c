// The code builder's React snippet (demo/get-the-code/snippets.ts, run in Node): for each of the
// builder's samples, the JSX compiles, its props are the HTML element's attributes (as the
// wrapper's properties), and rendered by React through the real wrapper on a server, its children
// are the HTML element's links, with a label holding < & " ' as the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transform } from 'esbuild';
import {
  choicesOf,
  importBundled,
  loadSamples,
  loadSnippets,
  release,
} from '../support/get-the-code-module.mjs';

const snippets = await loadSnippets();
const { samples } = await loadSamples();
const { settingAttributes } = await import('../../lib/config.js');

/** The text of HTML or of React's server markup: its five escaped characters read back. */
const decode = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The element's children in markup: each tag, its attributes in order, and its text. */
function childrenOf(markup) {
  const inner = /^<online-safety-help[^>]*>([\s\S]*)<\/online-safety-help>$/.exec(markup.trim())[1];
  return [...inner.matchAll(/<(a|p)((?:\s+[\w-]+="[^"]*")*)>([^<]*)<\/\1>/g)].map(
    ([, tag, attributes, text]) => ({
      tag,
      attributes: [...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, n, v]) => [n, decode(v)]),
      text: decode(text).trim(),
    }),
  );
}

/** Runs the JSX with a stand-in for React that returns the tree it describes. */
async function jsxTree(jsx) {
  const source = jsx.replace(
    /^import \{ OnlineSafetyHelp \} from 'online-safety-help\/react\.js';$/m,
    "const OnlineSafetyHelp = 'OnlineSafetyHelp';",
  );
  assert.notEqual(source, jsx, 'the JSX imports the wrapper from online-safety-help/react.js');
  const { code } = await transform(source, {
    loader: 'tsx',
    jsx: 'transform',
    jsxFactory: 'h',
    format: 'esm',
  });
  const h = (type, props, ...children) => ({ type, props: props ?? {}, children: children.flat() });
  const module = new Function('h', `${code.replace(/^export /m, '')}\nreturn OnlineSafety();`);
  return module(h);
}

for (const sample of samples) {
  test(`JSX for ${sample.name}: the HTML element's attributes as props, and its links`, async () => {
    const code = snippets.snippets(choicesOf(snippets, sample), release());
    const tree = await jsxTree(code.jsx);
    assert.equal(tree.type, 'OnlineSafetyHelp');
    const attributeOf = Object.fromEntries(
      Object.entries(settingAttributes).map(([property, attribute]) => [attribute, property]),
    );
    assert.deepEqual(
      Object.entries(tree.props).map(([name, value]) => [settingAttributes[name], String(value)]),
      sample.attributes,
    );
    for (const [attribute, value] of sample.attributes) {
      const prop = tree.props[attributeOf[attribute]];
      assert.equal(typeof prop, attribute === 'heading-level' ? 'number' : 'string', attribute);
      assert.equal(String(prop), value);
    }
    const html = childrenOf(code.element);
    assert.deepEqual(
      tree.children.map((child) => ({
        tag: child.type,
        attributes: Object.entries(child.props),
        text: child.children.join(''),
      })),
      html,
    );
    if (sample.contact) {
      assert.equal(html.at(-1).text, sample.contact.label);
      assert.deepEqual(html.at(-1).attributes, [
        ['slot', 'contact'],
        ['href', sample.contactHref],
      ]);
    }
  });

  test(`JSX for ${sample.name}: React renders the same links through the real wrapper`, async () => {
    const code = snippets.snippets(choicesOf(snippets, sample), release());
    const app = await importBundled({
      source: `${code.jsx}
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
export const markup = () => renderToStaticMarkup(createElement(OnlineSafety));`,
      external: ['react', 'react-dom'],
    });
    assert.deepEqual(childrenOf(app.markup()), childrenOf(code.element));
  });
}

test('the shortcode writes what WordPress would misread as entities, and a backslash twice', () => {
  const { shortcode } = snippets.snippets(
    {
      settings: {},
      contact: { label: 'a\\b [c] "d" <e> &amp; f & g', href: 'mailto:x@school.example' },
    },
    release(),
  );
  assert.equal(
    shortcode,
    '[online_safety_help contact_label="a\\\\b &#91;c&#93; &quot;d&quot; &lt;e&gt; &amp;amp; f & g" contact_href="mailto:x@school.example"]',
  );
});
