// Checks what `npm publish` would ship, from `npm pack --dry-run`: every file that package.json
// names is in the tarball, nothing from the tests or the demo is, the one-file bundle is
// self-contained and matches the integrity hash written beside it, the manifest holds the
// element's API, and fallback.json holds every region's fallback links with their sources. Run
// after `npm run build`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

// --ignore-scripts: do not run `prepack` (a second build) for a dry run.
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }),
);
const shipped = new Set(pack.files.map((file) => file.path));

/** Every file path a field names, with its field, e.g. ['exports["./react.js"].types', 'lib/react.d.ts']. */
function named(value, field) {
  if (typeof value === 'string') return [[field, value.replace(/^\.\//, '')]];
  if (Array.isArray(value)) return value.flatMap((v, i) => named(v, `${field}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => named(v, `${field}[${JSON.stringify(k)}]`));
  }
  return [];
}
const fields = ['main', 'module', 'types', 'exports', 'customElements', 'jsdelivr', 'unpkg'];
const wanted = [
  ...fields.flatMap((field) => named(pkg[field], field)),
  ...(Array.isArray(pkg.sideEffects) ? named(pkg.sideEffects, 'sideEffects') : []),
];
if (!wanted.some(([field]) => field.startsWith('exports'))) problems.push('no `exports` field');
for (const [field, path] of wanted) {
  // package.json is always shipped; npm lists it like any other file.
  if (!shipped.has(path)) problems.push(`${field} names ${path}, which is not in the tarball`);
}

const forbidden = /^(test|demo|bench|docs|scripts|src|\.ci)\/|\.tgz$/;
for (const path of shipped) {
  if (forbidden.test(path)) problems.push(`${path} is in the tarball but is not for users`);
}

const bundle = 'dist/online-safety-help.js';
if (existsSync(bundle)) {
  const source = readFileSync(bundle);
  const text = source.toString('utf8');
  // One self-contained file: a static or dynamic import would fetch something else.
  if (/(?:^|[;}\s])import\s*[{*"'(]|\bimport\s+[\w$]+\s+from\s*["']/.test(text)) {
    problems.push(`${bundle} imports another module; it must be self-contained`);
  }
  if (text.includes('suppressHydrationWarning')) {
    problems.push(`${bundle} contains the React wrapper; it belongs in lib/react.js only`);
  }
  const integrity = `sha384-${createHash('sha384').update(source).digest('base64')}`;
  const written = existsSync(`${bundle}.sri`) ? readFileSync(`${bundle}.sri`, 'utf8').trim() : '';
  if (written !== integrity) {
    problems.push(`${bundle}.sri holds "${written}" but the file's sha384 is ${integrity}`);
  }
} else {
  problems.push(`${bundle} is missing: run \`npm run build\` first`);
}

// The manifest that editors and CMS tools read: the element with its whole documented API.
if (existsSync('custom-elements.json')) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'online-safety-help');
  const expected = {
    attributes: ['heading-level', 'sections', 'open', 'bar', 'theme', 'region'],
    members: ['headingLevel', 'sections', 'open', 'bar', 'theme', 'region', 'guidance'],
    slots: ['contact'],
    cssParts: ['bar'],
    cssProperties: ['--osh-z-index'],
    events: [
      'online-safety-help-contact',
      'online-safety-help-toggle',
      'online-safety-help-region',
    ],
  };
  if (!element) problems.push('custom-elements.json does not declare <online-safety-help>');
  for (const [kind, names] of Object.entries(expected)) {
    const listed = (element?.[kind] ?? []).map((item) => item.name);
    const missing = names.filter((name) => !listed.includes(name));
    if (element && missing.length) {
      problems.push(`custom-elements.json lacks ${kind}: ${missing.join(', ')}`);
    }
  }
}

// The fallback links for CMS modules in any language: every region, both audiences, each link
// with its text, an allowed address (or none, for a contact shown as text), its official page
// and check date, and an emergency contact in every list.
const regions = ['gb', 'ie', 'us', 'ca', 'au', 'nz', 'other'];
if (!shipped.has('fallback.json')) problems.push('fallback.json is not in the tarball');
if (existsSync('fallback.json')) {
  const data = JSON.parse(readFileSync('fallback.json', 'utf8'));
  if (data.version !== pkg.version) problems.push(`fallback.json is of version ${data.version}`);
  for (const region of regions) {
    for (const audience of ['parents', 'young-people']) {
      const links = data.regions?.[region]?.[audience];
      const where = `fallback.json ${region} ${audience}`;
      if (!Array.isArray(links) || !links.length) {
        problems.push(`${where}: no links`);
        continue;
      }
      for (const link of links) {
        const fine =
          typeof link.text === 'string' &&
          link.text &&
          (link.href === undefined || /^(https|tel|mailto|sms):/.test(link.href)) &&
          /^https:\/\//.test(link.source) &&
          /^\d{4}-\d{2}-\d{2}$/.test(link.checked);
        if (!fine) problems.push(`${where}: ${JSON.stringify(link)}`);
      }
      if (!links.some((link) => link.id === 'emergency')) problems.push(`${where}: no emergency`);
    }
  }
} else {
  problems.push('fallback.json is missing: run `npm run build` first');
}

if (problems.length) {
  for (const problem of problems) console.error(`  - ${problem}`);
  console.error(
    `check-package: FAIL (${problems.length} problem${problems.length > 1 ? 's' : ''})`,
  );
  process.exit(1);
}
console.log(
  `check-package: PASS: ${shipped.size} files, ${pack.size} B packed; all ${wanted.length} files ` +
    `that package.json names are in it, none from test/ or demo/; ${bundle}.sri matches; custom-elements.json holds the API.`,
);
