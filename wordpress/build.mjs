// `npm run build:wordpress`: the WordPress plugin, as users install it, in
// dist/online-safety-help-wordpress.zip: one folder online-safety-help/ holding the plugin's PHP,
// readme.txt, the block, the compiled editor script and the widget's own bundle from dist/.
// Run after the widget's build: it reads dist/, lib/ and fallback.json. Fails when any of that is
// missing.
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const slug = 'online-safety-help';
const stage = `build/wordpress/${slug}`;
const zipPath = `dist/${slug}-wordpress.zip`;
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

function fail(message) {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
}

/** The settings that take one word, whose accepted values the plugin checks (includes/values.php). */
const choiceSettings = ['audience', 'region', 'bar', 'theme'];

/** Other spellings the widget reads as one of a setting's values; checked against its own reading. */
const aliases = { region: { uk: 'gb' } };

/**
 * Each one-word setting's accepted values from the widget's own declaration (lib/config.js),
 * the default first, and the names of the regions (lib/regions.js).
 */
async function settingData() {
  const { settings } = await import(pathToFileURL(resolve('lib/config.js')).href);
  const { regionNames, regionSettingNames } = await import(
    pathToFileURL(resolve('lib/regions.js')).href
  );
  const choices = {};
  for (const name of choiceSettings) {
    const setting = settings?.[name];
    const options = setting?.options;
    if (!Array.isArray(options) || !options.length || setting.list || setting.addresses) {
      fail(`lib/config.js: ${name} is not a setting of one word`);
    }
    if (setting.default !== options[0]) {
      fail(`lib/config.js: the default of ${name} is not its first value`);
    }
    choices[name] = [...options];
  }
  for (const [name, map] of Object.entries(aliases)) {
    for (const [alias, value] of Object.entries(map)) {
      if (settings[name].read([alias]) !== value) {
        fail(`lib/config.js: ${name}="${alias}" is no longer read as ${value}`);
      }
    }
  }
  const names = {};
  for (const region of choices.region) {
    if (typeof regionSettingNames?.[region] !== 'string') {
      fail(`lib/regions.js names no region ${region}`);
    }
    names[region] = regionSettingNames[region];
  }
  // The regions with links of their own: every region setting but auto.
  const linkRegions = Object.keys(regionNames ?? {});
  const unknown = linkRegions.filter((region) => !choices.region.includes(region));
  if (!linkRegions.length || unknown.length) {
    fail(`lib/regions.js: regionNames does not match the region setting (${unknown})`);
  }
  return { choices, aliases, regions: names, linkRegions };
}

/**
 * The fallback links of every region and audience: what the server prints inside the element.
 * Read from fallback.json, which the widget's build writes from its contact data
 * (lib/fallback.js) for CMS modules in any language, so that the plugin prints the same links.
 * A link without an address is printed as text.
 */
function fallbackData(linkRegions, audiences) {
  if (!existsSync('fallback.json')) {
    fail(
      "fallback.json is missing: the widget's build writes it, with every region's fallback links, before this step (npm run build)",
    );
  }
  const { regions } = JSON.parse(readFileSync('fallback.json', 'utf8'));
  const sets = {};
  const missing = [];
  for (const region of linkRegions) {
    sets[region] = {};
    for (const audience of audiences) {
      const links = regions?.[region]?.[audience];
      if (!Array.isArray(links) || !links.length) {
        missing.push(`${region} ${audience}`);
        continue;
      }
      sets[region][audience] = links.map((link) => {
        const { id, text, href = '' } = link ?? {};
        const named = [id, text].every((value) => typeof value === 'string' && value.trim());
        if (!named || typeof href !== 'string' || !/^((https|tel|mailto|sms):|$)/i.test(href)) {
          fail(
            `fallback.json ${region} ${audience}: a link without an id, a text or an allowed href: ${JSON.stringify(link)}`,
          );
        }
        return { id, text, href };
      });
      if (!sets[region][audience].some((link) => link.id === 'emergency')) {
        fail(`fallback.json ${region} ${audience}: no emergency contact`);
      }
    }
  }
  const unknown = Object.keys(regions ?? {}).filter((region) => !linkRegions.includes(region));
  if (missing.length || unknown.length) {
    fail(
      `fallback.json does not match the region setting: ${[
        ...missing.map((each) => `no links for ${each}`),
        ...unknown.map((each) => `unknown region ${each}`),
      ].join('; ')}`,
    );
  }
  return sets;
}

/** The section ids in order, each with its heading from whichever guidance export holds it. */
async function sectionData() {
  const module = await import(pathToFileURL(resolve('lib/content.js')).href);
  if (!Array.isArray(module.sectionIds) || !module.sectionIds.length) {
    fail('lib/content.js exports no sectionIds');
  }
  const headings = new Map(
    Object.values(module)
      .flatMap((value) => (Array.isArray(value?.sections) ? value.sections : []))
      .map((section) => [section.id, section.heading]),
  );
  return module.sectionIds.map((id) => ({ id, heading: headings.get(id) ?? id }));
}

/** A PHP literal for strings, lists and plain objects. */
function php(value, indent = '') {
  if (typeof value === 'string') return `'${value.replace(/[\\']/g, '\\$&')}'`;
  const inner = `${indent}\t`;
  const items = Array.isArray(value)
    ? value.map((item) => `${inner}${php(item, inner)},`)
    : Object.entries(value).map(([key, item]) => `${inner}${php(key)} => ${php(item, inner)},`);
  return `array(\n${items.join('\n')}\n${indent})`;
}

/** Replaces the plugin's version wherever it is written, from package.json. */
function versioned(file, text) {
  const patterns = [
    /^( \* Version:\s+)\S+$/m,
    /^(const ONLINE_SAFETY_HELP_VERSION = ')[^']+(?=';$)/m,
    /^(Stable tag: )\S+$/m,
  ];
  let replaced = 0;
  for (const pattern of patterns) {
    text = text.replace(pattern, (_, head) => {
      replaced += 1;
      return head + version;
    });
  }
  const expected = { [`${slug}.php`]: 2, 'readme.txt': 1 }[file] ?? 0;
  if (replaced !== expected)
    fail(`${file}: expected ${expected} version line(s), found ${replaced}`);
  return text;
}

/** A zip archive of `files` ([path, bytes]), deflated, with fixed dates so builds are repeatable. */
function zip(files) {
  const date = ((2026 - 1980) << 9) | (1 << 5) | 1; // 2026-01-01, DOS format
  const locals = [];
  const centrals = [];
  let offset = 0;
  const folders = [...new Set(files.flatMap(([path]) => parents(path)))];
  for (const [path, data] of [...folders.map((folder) => [folder, null]), ...files]) {
    const name = Buffer.from(path);
    const body = data ? deflateRawSync(data, { level: 9 }) : Buffer.alloc(0);
    const fields = [
      [2, 20], // version needed
      [2, 0x0800], // flags: UTF-8 names
      [2, data ? 8 : 0], // deflate or stored
      [2, 0], // time
      [2, date],
      [4, data ? crc32(data) : 0],
      [4, body.length],
      [4, data ? data.length : 0],
      [2, name.length],
      [2, 0], // extra
    ];
    const local = Buffer.concat([header(0x04034b50, fields), name, body]);
    const central = Buffer.concat([
      header(0x02014b50, [
        [2, 0x0314], // made by: Unix, 2.0
        ...fields,
        [2, 0], // comment
        [2, 0], // disk
        [2, 0], // internal attributes
        [4, data ? 0o100644 * 0x10000 : 0o40755 * 0x10000 + 0x10],
        [4, offset],
      ]),
      name,
    ]);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = header(0x06054b50, [
    [2, 0],
    [2, 0],
    [2, centrals.length],
    [2, centrals.length],
    [4, directory.length],
    [4, offset],
    [2, 0],
  ]);
  return Buffer.concat([...locals, directory, end]);
}

function parents(path) {
  const folders = [];
  for (let folder = dirname(path); folder !== '.'; folder = dirname(folder))
    folders.unshift(`${folder}/`);
  return folders;
}

function header(signature, fields) {
  const buffer = Buffer.alloc(4 + fields.reduce((sum, [size]) => sum + size, 0));
  buffer.writeUInt32LE(signature, 0);
  let at = 4;
  for (const [size, value] of fields) {
    if (size === 2) buffer.writeUInt16LE(value, at);
    else buffer.writeUInt32LE(value >>> 0, at);
    at += size;
  }
  return buffer;
}

for (const needed of [
  'dist/online-safety-help.js',
  'lib/config.js',
  'lib/regions.js',
  'lib/content.js',
]) {
  if (!existsSync(needed))
    fail(`${needed} is missing: run the widget's build first (npm run build)`);
}

// The editor script, from TypeScript.
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'wordpress/tsconfig.json'], { stdio: 'inherit' });

const { choices, regions, linkRegions } = await settingData();
const facts = {
  choices,
  aliases,
  regions,
  fallback: fallbackData(linkRegions, choices.audience),
  sections: await sectionData(),
};
const data = `<?php
/**
 * Generated by wordpress/build.mjs from the widget's lib/config.js, lib/regions.js,
 * fallback.json and lib/content.js: the accepted values of the one-word settings (the default
 * first), the names of the regions, the fallback links of each region and audience, and the
 * guidance's sections. Do not edit.
 *
 * @package OnlineSafetyHelp
 */

defined( 'ABSPATH' ) || exit;

return ${php(facts)};
`;

/**
 * block.json with the accepted values of its one-word attributes from the same declaration, so
 * that WordPress's own check of block attributes uses them too.
 */
function blockJson(text) {
  const json = JSON.parse(text);
  const enums = {
    audience: choices.audience,
    region: choices.region,
    fallbackRegion: linkRegions,
    bar: choices.bar,
    theme: choices.theme,
  };
  for (const [name, values] of Object.entries(enums)) {
    const attribute = json.attributes?.[name];
    if (attribute?.default !== values[0]) {
      fail(`block/block.json: the default of ${name} is not ${values[0]}`);
    }
    attribute.enum = values;
  }
  return `${JSON.stringify(json, null, 2)}\n`;
}

const sources = [
  `${slug}.php`,
  'uninstall.php',
  'readme.txt',
  'includes/values.php',
  'includes/markup.php',
  'includes/settings.php',
  'block/block.json',
  'block/render.php',
];
const files = [
  ...sources.map((file) => {
    const text = versioned(file, readFileSync(join('wordpress', file), 'utf8'));
    return [file, Buffer.from(file === 'block/block.json' ? blockJson(text) : text)];
  }),
  ['includes/data.php', Buffer.from(data)],
  ['block/editor.js', readFileSync('build/wordpress-editor/editor.js')],
  [`${slug}.js`, readFileSync('dist/online-safety-help.js')],
  ['LICENSE', readFileSync('LICENSE')],
];

// The same files unpacked, for reading and for `php -l`.
rmSync(stage, { recursive: true, force: true });
for (const [file, bytes] of files) {
  mkdirSync(dirname(join(stage, file)), { recursive: true });
  writeFileSync(join(stage, file), bytes);
}
const archive = zip(files.map(([file, bytes]) => [`${slug}/${file}`, bytes]));
writeFileSync(zipPath, archive);
console.log(`${zipPath}: ${archive.length} B, ${files.length} files (plugin ${version})`);
