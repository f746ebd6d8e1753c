/**
 * The code snippets of README.md and docs/*.md, each served as a page of its own, so that
 * test/docs/snippets.test.ts can open it as a reader would after copying it. A plugin for
 * @web/test-runner and @web/dev-server (`npm start` lists them at /docs-snippets/).
 *
 *   /docs-snippets/index.json    every fenced block: where it is, how it runs, what it sets
 *   /docs-snippets/ID.html       the page for one snippet (`?script=off`: without its script)
 *   /docs-snippets/ID.js         a React or Vue snippet, bundled by esbuild as a site's build would
 *
 * How a block runs, by its fence's language:
 *   html        as written, in a page's body; a CDN address of the bundle is swapped for the
 *               local dist/online-safety-help.js (and its integrity for the local hash); a
 *               snippet without the script gets it in the page's head
 *   css         in a page's head, above the element with the fallback links
 *   jsx, tsx    a React module: its first exported component is rendered into the page
 *   vue         a single-file component, compiled with the options of the Vite config (a `js`
 *               block with `defineConfig`) above it in the same file, and mounted
 *   sh, text    commands and output: not listed
 * Blocks of any other language are listed as skipped. A block that cannot run here is marked in
 * the Markdown, just above it, with `<!-- not run: REASON -->`; the test lists it as skipped with
 * that reason (the docs should say so in words too).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = process.cwd();
const read = (file) => readFileSync(join(root, file), 'utf8');

const CDN_BUNDLE =
  /https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/online-safety-help@[^/"'\s]+\/dist\/online-safety-help\.js/g;
const LOCAL_BUNDLE = '/dist/online-safety-help.js';
const NOT_CODE = new Set(['sh', 'bash', 'shell', 'console', 'text', 'txt']);
const KINDS = { html: 'html', css: 'css', jsx: 'react', tsx: 'react', vue: 'vue' };

/** The Markdown files whose snippets run. */
export function docFiles() {
  const docs = existsSync(join(root, 'docs'))
    ? readdirSync(join(root, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => `docs/${name}`)
    : [];
  return ['README.md', ...docs];
}

/** The element's attributes, as the manifest names them: attribute name and property name. */
function manifestAttributes() {
  const manifest = JSON.parse(read('custom-elements.json'));
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'online-safety-help');
  return {
    attributes: (element?.attributes ?? []).map((a) => ({ name: a.name, field: a.fieldName })),
    members: new Set((element?.members ?? []).map((m) => m.name)),
  };
}

/** Every fenced block of a Markdown file, with the `not run` reason written above it. */
function fences(file) {
  const lines = read(file).split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body = [];
    for (i++; i < lines.length && !lines[i].startsWith(open[1]); i++) body.push(lines[i]);
    // The nearest line above that is not blank and not an example marker.
    let above = start - 1;
    while (above >= 0 && (!lines[above].trim() || /^<!-- example: /.test(lines[above]))) above--;
    const notRun = /^<!-- not run: (.+?) -->$/.exec(lines[above]?.trim() ?? '')?.[1];
    found.push({
      file,
      line: start + 1,
      language: open[2].toLowerCase(),
      code: body.join('\n'),
      notRun,
    });
  }
  return found;
}

/* -------------------------------------------------------------------------------------------
 * What a snippet sets, read from its source: every `<online-safety-help …>` or
 * `<OnlineSafetyHelp …>` with its literal attributes or props, and the links inside it.
 */

/** Reads the attributes of an opening tag from `index` (just after the tag name). */
function readAttributes(code, index) {
  const attributes = [];
  let i = index;
  for (;;) {
    while (/\s/.test(code[i] ?? '')) i++;
    if (i >= code.length) return { attributes, end: i, selfClosing: false };
    if (code.startsWith('/>', i)) return { attributes, end: i + 2, selfClosing: true };
    if (code[i] === '>') return { attributes, end: i + 1, selfClosing: false };
    const name = /^[^\s=/>]+/.exec(code.slice(i))[0];
    i += name.length;
    let value = true;
    let literal = true;
    if (code[i] === '=') {
      i++;
      if (code[i] === '"' || code[i] === "'") {
        const close = code.indexOf(code[i], i + 1);
        value = code.slice(i + 1, close);
        i = close + 1;
      } else if (code[i] === '{') {
        // A JSX expression: literal only if it is a number or a quoted string.
        let depth = 0;
        const start = i;
        do {
          if (code[i] === '{') depth++;
          if (code[i] === '}') depth--;
          i++;
        } while (depth > 0 && i < code.length);
        const expression = code.slice(start + 1, i - 1).trim();
        const string = /^(['"])(.*)\1$/.exec(expression);
        if (/^-?\d+(\.\d+)?$/.test(expression)) value = expression;
        else if (string) value = string[2];
        else literal = false;
      } else {
        value = /^[^\s>]+/.exec(code.slice(i))[0];
        i += value.length;
      }
    }
    attributes.push({ name, value, literal });
  }
}

const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** Links written inside an element: `<a … href="…">text</a>`. */
function links(inner) {
  return [...inner.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map((match) => {
    const { attributes } = readAttributes(`${match[1]}>`, 0);
    const get = (name) => attributes.find((a) => a.name === name)?.value;
    return { href: get('href'), text: collapse(match[2]), slot: get('slot') };
  });
}

/** Names that are not settings of the element: listeners, bindings, plain HTML attributes. */
const isListenerOrBinding = (name) =>
  /^(on[A-Z]|on[a-z]+-|@|:|v-|#)/.test(name) || name.includes('.') || name.startsWith('[');
const PLAIN_ATTRIBUTES = new Set([
  'id',
  'class',
  'className',
  'style',
  'slot',
  'key',
  'ref',
  'lang',
  'dir',
]);

export function readElements(code) {
  const { attributes: known, members } = manifestAttributes();
  const elements = [];
  const problems = [];
  const tag = /<(online-safety-help|OnlineSafetyHelp)(?=[\s/>])/g;
  for (let match = tag.exec(code); match; match = tag.exec(code)) {
    const { attributes, end, selfClosing } = readAttributes(code, match.index + match[0].length);
    const close = selfClosing ? end : code.indexOf(`</${match[1]}>`, end);
    const inner = close < 0 ? '' : code.slice(end, close);
    const settings = {};
    for (const { name, value, literal } of attributes) {
      if (isListenerOrBinding(name) || PLAIN_ATTRIBUTES.has(name)) continue;
      const attribute = known.find((a) => a.name === name || a.field === name);
      if (attribute && literal) settings[attribute.name] = String(value);
      else if (!attribute && !members.has(name)) {
        problems.push(`sets "${name}", which custom-elements.json does not list`);
      }
    }
    const all = links(inner);
    elements.push({
      settings,
      hostLinks: all.filter((link) => link.slot === 'contact'),
      fallbackLinks: all.filter((link) => !link.slot),
    });
    tag.lastIndex = close < 0 ? end : close;
  }
  return { elements, problems };
}

/* -------------------------------------------------------------------------------------------
 * The snippets.
 */
const id = (file, line) =>
  `${file.replace(/\.md$/, '').replace(/\W+/g, '-')}-${line}`.toLowerCase();

export function snippets() {
  const all = [];
  for (const file of docFiles()) {
    let viteConfig;
    for (const fence of fences(file)) {
      const { language, line, code, notRun } = fence;
      if (NOT_CODE.has(language)) continue;
      const title = `${file} line ${line} (${language || 'no language'})`;
      if (language === 'js' && /\bdefineConfig\s*\(/.test(code) && !notRun) {
        viteConfig = fence;
        continue;
      }
      const snippet = { id: id(file, line), file, line, language, title, kind: KINDS[language] };
      if (notRun) snippet.skip = notRun;
      else if (!snippet.kind) {
        // Listed as skipped, so that the run shows it; a marker above it can say more.
        snippet.skip = `a ${language || 'plain'} block, which these tests do not run`;
      } else {
        const { elements, problems } =
          snippet.kind === 'css'
            ? { elements: [fallbackElement()], problems: [] }
            : readElements(code);
        snippet.elements = elements;
        if (problems.length) snippet.error = problems.join('; ');
        else if (!elements.length) {
          snippet.error = `holds no <online-safety-help>; make it a whole snippet, or mark it <!-- not run: REASON -->`;
        }
        if (snippet.kind === 'vue' && viteConfig)
          snippet.viteConfig = `${file} line ${viteConfig.line}`;
      }
      all.push({ ...snippet, code, viteConfigCode: snippet.viteConfig && viteConfig.code });
    }
  }
  return all;
}

/** The element a CSS snippet is applied to: the shared fallback links inside it. */
const fallbackLinksHtml = () => read('demo/examples/fallback-links.html');
function fallbackElement() {
  return { settings: {}, hostLinks: [], fallbackLinks: links(fallbackLinksHtml()) };
}

/* -------------------------------------------------------------------------------------------
 * Pages.
 */
const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Records console.error too (record-page.js records warnings, errors and the rest). */
const RECORD_CONSOLE_ERRORS = `(() => {
  const errors = [];
  Object.defineProperty(window, 'consoleErrors', { value: errors });
  const original = console.error.bind(console);
  console.error = (...args) => {
    errors.push(args.map(String).join(' '));
    original(...args);
  };
})();
`;

function page(snippet, { body, head = '' }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(snippet.title)}</title>
    <script src="/test/fixtures/record-page.js"></script>
    <script src="/docs-snippets/record-console-errors.js"></script>
    ${head}
  </head>
  <body>
    <h1>${escapeHtml(snippet.title)}</h1>
    <p>Host content before the snippet.</p>
${body}
    <p>Host content after the snippet.</p>
  </body>
</html>
`;
}

/** An opening script tag, its attribute values allowed to hold `>`. */
const SCRIPT_TAG = /<script\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;

function htmlPage(snippet, withScript) {
  const sri = read('dist/online-safety-help.js.sri').trim();
  let code = snippet.code.replace(CDN_BUNDLE, LOCAL_BUNDLE);
  const hasScript = code.includes(LOCAL_BUNDLE);
  code = code.replace(SCRIPT_TAG, (tag) => {
    if (!tag.includes(LOCAL_BUNDLE)) return tag;
    // Without its script, the page is what a reader gets when the bundle never loads.
    if (!withScript) return '<script type="text/plain">';
    // The hash of the file the snippet now loads: the local build, not the published one.
    return tag.replace(/integrity="[^"]*"/, `integrity="${sri}"`);
  });
  const head =
    withScript && !hasScript ? `<script type="module" src="${LOCAL_BUNDLE}"></script>` : '';
  return page(snippet, { body: code, head });
}

function cssPage(snippet, withScript) {
  const element = `<online-safety-help>\n${fallbackLinksHtml()}</online-safety-help>`;
  const script = withScript ? `<script type="module" src="${LOCAL_BUNDLE}"></script>` : '';
  return page(snippet, { body: element, head: `<style>\n${snippet.code}\n</style>\n${script}` });
}

function appPage(snippet) {
  return page(snippet, {
    body: '<div id="root"></div>',
    head: `<script type="module" src="/docs-snippets/${snippet.id}.js"></script>`,
  });
}

/* -------------------------------------------------------------------------------------------
 * Bundles for React and Vue snippets, built by esbuild as a site's build would build them; the
 * package resolves through its `exports` to the built lib/ (so `npm run build` comes first).
 */
/**
 * The options a site's own build would give esbuild for a React or Vue app in the browser: the
 * package taken through its `exports` (not tsconfig.json's `paths`, which point its name at src/
 * for type-checking), in development or production mode. Shared with web-test-runner.config.mjs.
 */
export const appBuildOptions = (mode) => ({
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', verbatimModuleSyntax: true } },
  define: {
    'process.env.NODE_ENV': JSON.stringify(mode),
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
});

async function bundle(entry, modules, standIns = {}) {
  const { outputFiles } = await build({
    ...appBuildOptions(
      // Development builds, as a reader first runs a snippet: React and Vue warn there about
      // mistakes (an unknown component, a bad prop) that production builds pass over in silence.
      'development',
    ),
    stdin: { contents: entry, resolveDir: root, sourcefile: 'snippet-entry.js' },
    plugins: [
      {
        name: 'snippet-modules',
        setup(builder) {
          builder.onResolve({ filter: /.*/ }, (args) => {
            const path = standIns[args.path] ?? args.path;
            return path.startsWith('snippet:') ? { path, namespace: 'snippet' } : undefined;
          });
          builder.onLoad({ filter: /.*/, namespace: 'snippet' }, (args) => ({
            ...modules[args.path],
            resolveDir: root,
          }));
        },
      },
    ],
    logLevel: 'silent',
  });
  return outputFiles[0].text;
}

const reactEntry = `
import * as snippet from 'snippet:component';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
const component = Object.values(snippet).find((value) => typeof value === 'function');
if (!component) throw new Error('The snippet exports no component to render.');
// Rendered before the page's load event, so the test finds the element at once.
flushSync(() => createRoot(document.getElementById('root')).render(createElement(component)));
`;

/** Vite's config, evaluated with stand-ins for Vite and its Vue plugin that keep the options. */
async function vueCompilerOptions(configCode) {
  if (!configCode) return {};
  const code = await bundle(
    `export { default } from 'snippet:vite-config';`,
    {
      'snippet:vite-config': { contents: configCode, loader: 'js' },
      'snippet:vite': { contents: 'export const defineConfig = (config) => config;', loader: 'js' },
      'snippet:plugin-vue': {
        contents: `export default (options = {}) => ({ name: 'vite:vue', options });`,
        loader: 'js',
      },
    },
    { vite: 'snippet:vite', '@vitejs/plugin-vue': 'snippet:plugin-vue' },
  );
  const config = (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;
  const vue = config.plugins?.flat().find((plugin) => plugin?.name === 'vite:vue');
  return vue?.options?.template?.compilerOptions ?? {};
}

async function vueBundle(snippet) {
  const { parse, compileScript } = await import('vue/compiler-sfc');
  const compilerOptions = await vueCompilerOptions(snippet.viteConfigCode);
  // The template's parser decides what is a component, so it takes the options too (as
  // @vitejs/plugin-vue passes them).
  const { descriptor, errors } = parse(snippet.code, {
    filename: 'Snippet.vue',
    templateParseOptions: compilerOptions,
  });
  if (errors.length) throw new Error(errors.map(String).join('\n'));
  const script = compileScript(descriptor, {
    id: snippet.id,
    inlineTemplate: true,
    templateOptions: { compilerOptions },
  });
  return bundle(
    `import { createApp } from 'vue';
     import component from 'snippet:component';
     createApp(component).mount('#root');`,
    { 'snippet:component': { contents: script.content, loader: 'js' } },
  );
}

export function docSnippets() {
  const find = (snippetId) => snippets().find((snippet) => snippet.id === snippetId);
  return {
    name: 'doc-snippets',
    async serve(context) {
      const path = context.path;
      if (!path.startsWith('/docs-snippets/')) return undefined;
      if (path === '/docs-snippets/index.json') {
        // What the test needs; not the code itself.
        const fields = ['id', 'title', 'kind', 'skip', 'error', 'elements', 'viteConfig'];
        const list = snippets().map((snippet) =>
          Object.fromEntries(fields.map((field) => [field, snippet[field]])),
        );
        return { body: JSON.stringify(list), type: 'json' };
      }
      if (path === '/docs-snippets/record-console-errors.js') {
        return { body: RECORD_CONSOLE_ERRORS, type: 'js' };
      }
      if (path === '/docs-snippets/' || path === '/docs-snippets/index.html') {
        const items = snippets()
          .filter((snippet) => snippet.kind && !snippet.skip)
          .map((s) => `<li><a href="${s.id}.html">${escapeHtml(s.title)}</a></li>`);
        const title = 'The snippets of the docs, each as a page';
        const body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title><h1>${title}</h1><ul>${items.join('')}</ul></html>`;
        return { body, type: 'html' };
      }
      const match = /^\/docs-snippets\/([\w-]+)\.(html|js)$/.exec(path);
      const snippet = match && find(match[1]);
      if (!snippet || snippet.skip || !snippet.kind) return undefined;
      const withScript = context.query.script !== 'off';
      if (match[2] === 'html') {
        if (snippet.kind === 'html') return { body: htmlPage(snippet, withScript), type: 'html' };
        if (snippet.kind === 'css') return { body: cssPage(snippet, withScript), type: 'html' };
        return { body: appPage(snippet), type: 'html' };
      }
      if (snippet.kind === 'react') {
        const component = { contents: snippet.code, loader: snippet.language };
        return { body: await bundle(reactEntry, { 'snippet:component': component }), type: 'js' };
      }
      if (snippet.kind === 'vue') return { body: await vueBundle(snippet), type: 'js' };
      return undefined;
    },
  };
}
