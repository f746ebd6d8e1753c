// `npm run build:get-the-code` (part of `npm run build`): bundles the code builder's page script,
// demo/get-the-code/builder.ts, into build/get-the-code.js, with the release its code pins: the
// package's version and the bundle's integrity hash, which the build has just written. Run after
// the widget's build: it reads dist/online-safety-help.js.sri.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = readFileSync('dist/online-safety-help.js.sri', 'utf8').trim();
if (!/^sha384-[A-Za-z0-9+/]+=*$/.test(integrity)) {
  console.error(`get-the-code: dist/online-safety-help.js.sri holds no sha384 hash: ${integrity}`);
  process.exit(1);
}

const outfile = 'build/get-the-code.js';
await build({
  entryPoints: ['demo/get-the-code/builder.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  define: { RELEASE: JSON.stringify({ version, integrity }) },
  logLevel: 'warning',
});
console.log(`${outfile}: the code builder, pinned to ${version} and ${integrity}`);
