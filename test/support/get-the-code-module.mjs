/**
 * The code builder's pure module (demo/get-the-code/snippets.ts, which imports src/) and the
 * builder's samples, for tests that run in Node (the Node tests and the WordPress tests):
 * bundled by esbuild into a file under node_modules/.cache, so that what it imports from npm
 * resolves, then imported.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const cache = join(root, 'node_modules/.cache/online-safety-help-tests');
let count = 0;

/** Bundles TypeScript or TSX (a file, or source text) and imports it. */
export async function importBundled({ entry, source, external = [] }) {
  const { outputFiles } = await build({
    ...(entry
      ? { entryPoints: [join(root, entry)] }
      : { stdin: { contents: source, loader: 'tsx', resolveDir: root } }),
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    alias: { 'online-safety-help/react.js': join(root, 'lib/react.js') },
    external,
    logLevel: 'warning',
  });
  mkdirSync(cache, { recursive: true });
  const file = join(cache, `module-${process.pid}-${++count}.mjs`);
  writeFileSync(file, outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

/** The builder's pure module. */
export const loadSnippets = () => importBundled({ entry: 'demo/get-the-code/snippets.ts' });

/** The samples the builder's tests make (test/support/get-the-code-samples.ts). */
export const loadSamples = () => importBundled({ entry: 'test/support/get-the-code-samples.ts' });

/** The release the builder's code pins: the package's version and the bundle's hash. */
export const release = () => ({
  version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
  integrity: readFileSync(join(root, 'dist/online-safety-help.js.sri'), 'utf8').trim(),
});

/**
 * The builder's choices for a sample, as the builder page makes them from its form: each
 * setting's text, the quick exit's safe pages checked, and the contact checked.
 */
export function choicesOf(snippets, sample) {
  const settings = { ...sample.settings };
  // A list is ticked box by box; "all" ticks every box.
  for (const name of ['sections', 'open']) {
    if (settings[name] === undefined) continue;
    const ids = settings[name] === 'all' ? snippets.optionsOf(name) : settings[name].split(/\s+/);
    settings[name] = snippets.listText(name, ids);
  }
  if (settings.quickExit && !['on', 'off'].includes(settings.quickExit)) {
    settings.quickExit = snippets.checkSafePages(settings.quickExit).value.join(' ');
  }
  const contact = sample.contact
    ? snippets.checkContact(sample.contact.label, sample.contact.address).contact
    : undefined;
  return { settings, contact, fallbackRegion: sample.fallbackRegion };
}
