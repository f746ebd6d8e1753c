// Keeps the documentation in step with the code and the shared examples.
//
//   node scripts/docs.mjs          checks, and fails when anything is out of step (run by `npm test`)
//   node scripts/docs.mjs --write  rewrites what is out of step (`npm run docs`)
//
// 1. API tables. Between `<!-- api: KIND -->` and `<!-- /api -->` (KIND: attributes, properties,
//    slots, events, parts, css-properties), a table generated from custom-elements.json, which
//    `npm run analyze` writes from the element's JSDoc.
// 2. Section ids. Between `<!-- content: sections -->` and `<!-- /content -->`, the guidance's
//    section ids and headings, from the built lib/content.js; between `<!-- content: contacts -->`
//    and `<!-- /content -->`, every contact fact with its official source and check date, by
//    country, from the built lib/contacts.js; between `<!-- content: regions -->` and
//    `<!-- /content -->`, each region's help bar for each audience and its plain-HTML snippet
//    with the fallback links, from lib/contacts.js and lib/fallback.js.
// 3. Named examples. demo/examples/NAME.EXT is the one copy of a piece of host markup. Between
//    `<!-- example: NAME -->` (or `{/* example: NAME */}` in JSX) and `<!-- /example -->`
//    (`{/* /example */}`), a file holds that example; in Markdown, as a fenced code block. Inner
//    markers are left out of copies. A line of a shared example found outside such a block
//    (a copy by hand) is an error.
// 4. The README stays at most 12 288 bytes; every pinned CDN address names the package's version.
import { Buffer } from 'node:buffer';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const write = process.argv.includes('--write');
const README_LIMIT = 12288;
const EXAMPLES = 'demo/examples';
const problems = [];

const read = (file) => readFileSync(file, 'utf8');
const list = (dir, pattern) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => pattern.test(name))
        .sort()
        .map((name) => join(dir, name))
    : [];

// Files that may hold generated blocks or example copies.
const markdownFiles = ['README.md', 'CONTRIBUTING.md', ...list('docs', /\.md$/)];
const pageFiles = [...list('demo', /\.html$/), ...list('test/fixtures', /\.html$/)];
const exampleFiles = list(EXAMPLES, /\.(html|tsx|jsx|ts|vue|svelte|css|js)$/);

/* ---------------------------------------------------------------------------------------------
 * Blocks: a begin marker line, the lines it owns, an end marker line.
 */
const BEGIN =
  /^([ \t]*)(?:<!-- (api|content|example): ([\w-]+) -->|\{\/\* (example): ([\w-]+) \*\/\})[ \t]*$/;
const END = /^[ \t]*(?:<!-- \/(api|content|example) -->|\{\/\* \/(example) \*\/\})[ \t]*$/;

/** Splits a file into text and blocks, in order. Unclosed or nested blocks are problems. */
function parseBlocks(text, file) {
  const lines = text.split('\n');
  const parts = [];
  let open;
  // In Markdown, a marker inside a fenced code block is only text (an example of a marker).
  let fence;
  lines.forEach((line, index) => {
    if (file.endsWith('.md')) {
      const mark = /^(`{3,}|~{3,})/.exec(line)?.[1];
      if (mark && !fence) fence = mark;
      else if (mark && line.startsWith(fence)) fence = undefined;
    }
    const begin = !fence && BEGIN.exec(line);
    const end = !fence && END.exec(line);
    if (begin) {
      if (open) problems.push(`${file}:${index + 1}: a block opens inside another`);
      open = {
        indent: begin[1],
        kind: begin[2] ?? begin[4],
        name: begin[3] ?? begin[5],
        begin: line,
        line: index + 1,
        body: [],
      };
    } else if (end && open) {
      parts.push({ ...open, end: line });
      open = undefined;
    } else if (end) {
      problems.push(`${file}:${index + 1}: an end marker without a block`);
      parts.push(line);
    } else if (open) {
      open.body.push(line);
    } else {
      parts.push(line);
    }
  });
  if (open) {
    problems.push(`${file}:${open.line}: the ${open.kind} block "${open.name}" is not closed`);
    parts.push(open.begin, ...open.body);
  }
  return parts;
}

const isMarker = (line) => BEGIN.test(line) || END.test(line);

/** Rewrites every block of a file with `fill(block)`: the block's new lines, unindented. */
function fillBlocks(text, file, fill) {
  const markdown = file.endsWith('.md');
  return parseBlocks(text, file)
    .flatMap((part) => {
      if (typeof part === 'string') return [part];
      const body = fill(part, markdown);
      if (body === undefined) return [part.begin, ...part.body, part.end];
      const inner = body.map((line) => (line ? part.indent + line : line));
      return [part.begin, ...(markdown ? ['', ...inner, ''] : inner), part.end];
    })
    .join('\n');
}

/* ---------------------------------------------------------------------------------------------
 * Named examples.
 */
const fenceLanguage = {
  '.html': 'html',
  '.tsx': 'tsx',
  '.jsx': 'jsx',
  '.ts': 'ts',
  '.vue': 'vue',
  '.svelte': 'svelte',
  '.css': 'css',
  '.js': 'js',
};
const examples = new Map(
  exampleFiles.map((file) => [basename(file, extname(file)), { file, text: read(file) }]),
);

/** An example as a reader copies it: its own blocks filled in, every marker left out. */
const bodies = new Map();
function exampleBody(name, via = []) {
  if (bodies.has(name)) return bodies.get(name);
  if (via.includes(name)) {
    problems.push(`${EXAMPLES}: the examples ${[...via, name].join(' > ')} include each other`);
    return [];
  }
  const example = examples.get(name);
  const filled = fillBlocks(example.text, example.file, (block) =>
    block.kind === 'example' ? includeExample(block, example.file, [...via, name]) : undefined,
  );
  const body = filled
    .replace(/\n+$/, '')
    .split('\n')
    .filter((line) => !isMarker(line));
  bodies.set(name, body);
  return body;
}

function includeExample(block, file, via = []) {
  if (!examples.has(block.name)) {
    problems.push(`${file}:${block.line}: no example "${block.name}" in ${EXAMPLES}/`);
    return undefined;
  }
  return exampleBody(block.name, via);
}

function exampleBlock(block, file, markdown) {
  const body = includeExample(block, file);
  if (!body || !markdown) return body;
  const language = fenceLanguage[extname(examples.get(block.name).file)];
  return ['```' + language, ...body, '```'];
}

/* ---------------------------------------------------------------------------------------------
 * API tables, read generically from custom-elements.json.
 */
const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.tagName),
);
if (elements.length !== 1) {
  problems.push(
    `custom-elements.json: expected one element with a tag name, found ${elements.length}`,
  );
}
const element = elements[0] ?? {};

const cell = (value) =>
  String(value ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (value) => (value === undefined || value === '' ? '' : `\`${cell(value)}\``);
/**
 * A Markdown table, without the columns that are empty in every row. Left unaligned (Prettier
 * would pad every cell to its column's width, which costs the README a kilobyte and more).
 */
function table(head, rows) {
  const keep = head.map((_, i) => i === 0 || rows.some((row) => row[i]));
  const pick = (row) => row.filter((_, i) => keep[i]);
  return [
    '<!-- prettier-ignore-start -->',
    `| ${pick(head).join(' | ')} |`,
    `|${pick(head)
      .map(() => ' --- |')
      .join('')}`,
    ...rows.map((row) => `| ${pick(row).join(' | ')} |`),
    '<!-- prettier-ignore-end -->',
  ];
}

const publicMembers = (element.members ?? []).filter(
  (member) => !['private', 'protected'].includes(member.privacy) && !member.name.startsWith('#'),
);
const attributeFields = new Set((element.attributes ?? []).map((a) => a.fieldName).filter(Boolean));

/** `name`, `name(a, b?)`, or `Class.name(a?)` for a static method. */
function memberName(member) {
  const owner = member.static ? `${element.name}.` : '';
  if (member.kind !== 'method') return `${owner}${member.name}`;
  const parameters = (member.parameters ?? []).map(
    (p) => `${p.name}${p.optional || p.default !== undefined ? '?' : ''}`,
  );
  return `${owner}${member.name}(${parameters.join(', ')})`;
}

const apiTables = {
  // The values and defaults are words ("1 to 6", "all sections"), so they are not set as code.
  attributes: () =>
    table(
      ['Attribute', 'Property', 'Values', 'Default', 'What'],
      (element.attributes ?? []).map((a) => {
        const member = publicMembers.find((m) => m.name === a.fieldName);
        return [
          code(a.name),
          code(a.fieldName),
          cell((a.type ?? member?.type)?.text),
          cell(a.default ?? member?.default),
          cell(a.description ?? member?.description),
        ];
      }),
    ),
  properties: () =>
    table(
      ['Property or method', 'Type', 'Default', 'What'],
      publicMembers
        .filter((m) => !attributeFields.has(m.name))
        .map((m) => [
          code(memberName(m)),
          code(m.kind === 'method' ? m.return?.type?.text : m.type?.text),
          code(m.default),
          cell(m.description),
        ]),
    ),
  slots: () =>
    table(
      ['Slot', 'What'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
  events: () =>
    table(
      ['Event', 'Type', 'What'],
      (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    ),
  parts: () =>
    table(
      ['Part', 'What'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
  'css-properties': () =>
    table(
      ['Custom property', 'Default', 'What'],
      (element.cssProperties ?? []).map((p) => [
        code(p.name),
        code(p.default),
        cell(p.description),
      ]),
    ),
};

/* ---------------------------------------------------------------------------------------------
 * The guidance's sections, from the built package (`npm run build` first).
 */
let sections;
let sources;
let regionData;
async function loadSections() {
  try {
    const contacts = await import(pathToFileURL('lib/contacts.js').href);
    sources = contacts.sources;
    regionData = {
      contacts: contacts.regionContacts,
      names: (await import(pathToFileURL('lib/regions.js').href)).regionNames,
      fallbackLinks: (await import(pathToFileURL('lib/fallback.js').href)).fallbackLinks,
    };
    const content = await import(pathToFileURL('lib/content.js').href);
    sections = content.sectionIds.map((id) => ({
      id,
      heading: content.defaultGuidance.sections.find((section) => section.id === id)?.heading,
    }));
  } catch (error) {
    problems.push(`lib/content.js: cannot read the section ids (${error.message}); build first`);
  }
}

const audiences = ['parents', 'young-people'];

/** Every contact fact with its official source and check date, a table for each country. */
function contactTables() {
  return Object.entries(regionData.names).flatMap(([region, name]) => [
    `### ${name} (\`${region}\`)`,
    '',
    ...table(
      ['Contact', 'Facts shown', 'Official source', 'Checked'],
      Object.entries(sources)
        .filter(([, s]) => (s.region ?? 'gb') === region)
        .map(([id, s]) => [code(id), cell(s.facts), `<${s.source}>`, s.checked]),
    ),
    '',
  ]);
}

/** A fallback link as HTML: a link, or text where the contact has no address. */
const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const fallbackHtml = ({ text, href }) =>
  href ? `  <a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : `  <p>${escapeHtml(text)}</p>`;

/**
 * Each region: its help bar for each audience (what each contact shows, and where it goes), and
 * a plain-HTML snippet for each audience, with the region's fallback links inside the element.
 */
function regionSections() {
  return Object.entries(regionData.names).flatMap(([region, name]) => {
    const contacts = regionData.contacts[region];
    const rows = audiences.flatMap((audience) =>
      contacts
        .filter((contact) => !contact.audience || contact.audience === audience)
        .map((contact) => [
          code(audience),
          cell(contact.label),
          cell(
            contact.hoursText
              ? `${contact.detail}; ${contact.hoursText.unknown}; closed: ${contact.whenClosed.label ?? contact.label}, ${contact.whenClosed.detail}`
              : contact.detail,
          ),
          contact.href ? code(contact.href) : 'text, not a link',
        ]),
    );
    const snippet = (audience) => {
      const attributes = [`region="${region}"`];
      if (audience !== 'parents') attributes.push(`audience="${audience}"`);
      return [
        '```html',
        `<online-safety-help ${attributes.join(' ')}>`,
        ...regionData.fallbackLinks(region, audience).map(fallbackHtml),
        '</online-safety-help>',
        '```',
      ];
    };
    return [
      `### ${name} (\`${region}\`)`,
      '',
      ...table(['Audience', 'Label', 'Detail', 'Link'], rows),
      '',
      ...audiences.flatMap((audience) => [
        `For ${audience === 'parents' ? 'parents' : 'young people'}:`,
        '',
        ...snippet(audience),
        '',
      ]),
    ];
  });
}

function contentBlock(block, file) {
  if (block.name === 'contacts') return sources && regionData && contactTables();
  if (block.name === 'regions') return regionData && regionSections();
  if (block.name !== 'sections') {
    problems.push(`${file}:${block.line}: unknown content block "${block.name}"`);
    return undefined;
  }
  return (
    sections &&
    table(
      ['Section id', 'Heading'],
      sections.map((s) => [code(s.id), cell(s.heading)]),
    )
  );
}

/* ---------------------------------------------------------------------------------------------
 * Checks on the rendered text.
 */

/** Lines of the shared examples that hold no other example: they must not be copied by hand. */
function sharedLines() {
  const shared = new Map();
  for (const [name, example] of examples) {
    if (parseBlocks(example.text, example.file).some((part) => typeof part !== 'string')) continue;
    for (const line of exampleBody(name)) {
      if (line.trim().length >= 20) shared.set(line.trim(), name);
    }
  }
  return shared;
}

function findHandCopies(file, text, shared) {
  let lineNumber = 0;
  let previous;
  for (const part of parseBlocks(text, file)) {
    if (typeof part !== 'string') {
      lineNumber += part.body.length + 2;
      previous = undefined;
      continue;
    }
    lineNumber += 1;
    const name = shared.get(part.trim());
    // One problem for a run of copied lines.
    if (name && name !== previous) {
      problems.push(
        `${file}:${lineNumber}: a copy of the example "${name}" by hand; put it between <!-- example: ${name} --> and <!-- /example -->`,
      );
    }
    previous = name;
  }
}

const version = JSON.parse(read('package.json')).version;
function checkPinnedVersions(file, text) {
  for (const match of text.matchAll(/online-safety-help@([\w.-]+)/g)) {
    if (/^\d+\.\d+\.\d+/.test(match[1]) && match[1] !== version) {
      problems.push(`${file}: pins online-safety-help@${match[1]}, but package.json is ${version}`);
    }
  }
}

/* ---------------------------------------------------------------------------------------------
 * Run.
 */
await loadSections();

async function render(file, text) {
  const filled = fillBlocks(text, file, (block, markdown) => {
    if (block.kind === 'example') return exampleBlock(block, file, markdown);
    if (block.kind === 'api') {
      if (!apiTables[block.name]) {
        problems.push(`${file}:${block.line}: unknown API table "${block.name}"`);
        return undefined;
      }
      return apiTables[block.name]();
    }
    return contentBlock(block, file);
  });
  // Prettier has no parser for some examples (Svelte): those stay as written.
  if (!(await prettier.getFileInfo(file)).inferredParser) return filled;
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(filled, { ...options, filepath: file });
}

const shared = sharedLines();
const changed = [];
// Examples first: a copy is made from an example's current text.
for (const file of [...exampleFiles, ...markdownFiles, ...pageFiles]) {
  if (!existsSync(file)) continue;
  const text = read(file);
  const expected = await render(file, text);
  if (!exampleFiles.includes(file)) findHandCopies(file, expected, shared);
  if (file.endsWith('.md')) checkPinnedVersions(file, expected);
  if (expected !== text) {
    changed.push(file);
    if (write) writeFileSync(file, expected);
  }
  if (exampleFiles.includes(file) && write) {
    examples.get(basename(file, extname(file))).text = expected;
    bodies.clear();
  }
}

const readmeBytes = Buffer.byteLength(
  write ? read('README.md') : await render('README.md', read('README.md')),
);
if (readmeBytes > README_LIMIT) {
  problems.push(
    `README.md: ${readmeBytes} B, over the limit of ${README_LIMIT} B; move detail to docs/`,
  );
}

if (write && changed.length) console.log(`docs: rewrote ${changed.join(', ')}`);
if (!write && changed.length) {
  problems.push(
    ...changed.map((file) => `${file}: out of step with custom-elements.json or ${EXAMPLES}/`),
    'Run `npm run docs` to rewrite them.',
  );
}
console.log(
  `docs: README.md ${readmeBytes} B (limit ${README_LIMIT} B); ${examples.size} examples in ${EXAMPLES}/`,
);
if (problems.length) {
  console.error(problems.map((problem) => `  ${problem}`).join('\n'));
  process.exit(1);
}
