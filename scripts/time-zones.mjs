// Writes src/time-zones.ts, the map from time-zone name to region that `region="auto"` uses,
// from the tz database's own files as Debian's tzdata installs them (in TZDIR, else
// /usr/share/zoneinfo): zone.tab, zone1970.tab and tzdata.zi, whose `L` lines are the `backward`
// file's links. The output is committed, so the build needs no system files;
// test/node/time-zones.test.mjs fails when it is out of date.
//
//   npm run time-zones
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

export const zoneinfo = process.env.TZDIR || '/usr/share/zoneinfo';
export const output = fileURLToPath(new URL('../src/time-zones.ts', import.meta.url));

/** The regions with help of their own, by the ISO 3166 code the tz files use. */
const regions = { GB: 'gb', IE: 'ie', US: 'us', CA: 'ca', AU: 'au', NZ: 'nz' };

/**
 * Names whose link in Debian's tzdata.zi loses their own country. Debian builds tzdata.zi with
 * `backzone`, where these are Zones of their own or link elsewhere; the tz database's `backward`
 * file links them as here, and browsers treat them so too (Chromium reports America/Atikokan as
 * America/Coral_Harbour; Chromium and Firefox report Antarctica/South_Pole as
 * Antarctica/McMurdo, MST as America/Phoenix), so the same device gets the same country in every
 * engine. test/unit/time-zones.test.ts checks each engine's spelling of every name.
 */
const backwardLinks = {
  // Coral Harbour, Nunavut, keeps Atikokan's clock (CA); tzdata.zi links it to America/Panama.
  'America/Coral_Harbour': 'America/Atikokan',
  // The South Pole station is in Antarctica (AQ); tzdata.zi links it to Pacific/Auckland.
  'Antarctica/South_Pole': 'Antarctica/McMurdo',
  // System V's names, Zones of their own in backzone.
  CST6CDT: 'America/Chicago',
  EST5EDT: 'America/New_York',
  HST: 'Pacific/Honolulu',
  MST: 'America/Phoenix',
  MST7MDT: 'America/Denver',
  PST8PDT: 'America/Los_Angeles',
};

const read = (dir, file) => readFileSync(`${dir}/${file}`, 'utf8');

/** The rows of a .tab file, as arrays of columns. */
const rows = (text) =>
  text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));

/**
 * Every name in the tz files with its region ('other' outside the six), by the rules that head
 * the generated file; the tzdata version; and the zones that zone1970.tab gives to one of the six
 * and other countries.
 */
export function zoneRegions(dir = zoneinfo) {
  const zoneTab = new Map(rows(read(dir, 'zone.tab')).map(([code, , name]) => [name, code]));
  const zone1970 = new Map(
    rows(read(dir, 'zone1970.tab')).map(([codes, , name]) => [name, codes.split(',')]),
  );
  const zi = read(dir, 'tzdata.zi');
  const version = /^# version (\S+)/m.exec(zi)?.[1];
  if (!version) throw new Error(`${dir}/tzdata.zi: no "# version" line`);
  const names = new Set([...zoneTab.keys(), ...zone1970.keys()]);
  const links = new Map();
  for (const line of zi.split('\n')) {
    const [kind, name, link] = line.split(' ');
    if (kind === 'Z') names.add(name);
    if (kind === 'L') {
      names.add(link);
      links.set(link, name);
    }
  }
  for (const [name, target] of Object.entries(backwardLinks)) {
    if (!names.has(name) || !zoneTab.has(target)) {
      throw new Error(`${name} -> ${target}: not in the tz files; update backwardLinks`);
    }
    if (links.get(name) === target) {
      throw new Error(`tzdata.zi now links ${name} to ${target}: remove it from backwardLinks`);
    }
    links.set(name, target);
  }

  const country = (name) =>
    zoneTab.get(name) ??
    zone1970.get(name)?.[0] ??
    (links.has(name) ? country(links.get(name)) : undefined);
  const map = new Map([...names].sort().map((name) => [name, regions[country(name)] ?? 'other']));
  const shared = [...zone1970]
    .filter(([, codes]) => codes.length > 1 && codes.some((code) => code in regions))
    .map(([name, codes]) => ({ name, codes, region: map.get(name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { version, map, shared };
}

/**
 * The regions in the order of `regionSettings` in src/config.ts, whose index the generated
 * `regionOfZone` looks up.
 */
function regionOrder() {
  const config = readFileSync(fileURLToPath(new URL('../src/config.ts', import.meta.url)), 'utf8');
  const list = /regionSettings = \[([^\]]*)\]/.exec(config)?.[1] ?? '';
  const order = [...list.matchAll(/'([a-z]+)'/g)].map(([, region]) => region);
  const six = Object.values(regions);
  if (order.slice(0, six.length).sort().join() !== [...six].sort().join()) {
    throw new Error(`src/config.ts: regionSettings does not start with ${six}: ${order}`);
  }
  return order.slice(0, six.length);
}

/**
 * Each of the six's names by its shortest prefix (lower case) that no name of another region
 * shares; names whose prefixes coincide share one: `australia/` is all Australia's, so `au`.
 */
export function prefixes(map) {
  const names = [...map].map(([name, region]) => [name.toLowerCase(), region]);
  const byRegion = new Map(Object.values(regions).map((region) => [region, new Set()]));
  for (const [name, region] of names) {
    if (region === 'other') continue;
    const length = [...name].findIndex(
      (_, i) => !names.some(([n, r]) => r !== region && n.startsWith(name.slice(0, i + 1))),
    );
    // A name that begins another region's name whole (none does now) could not be a prefix.
    if (length < 0) throw new Error(`${name}: every prefix is another region's too`);
    byRegion.get(region).add(name.slice(0, length + 1));
  }
  return byRegion;
}

/**
 * Prefixes as one regular expression's alternatives, factored by path (`europe/(belf|lo)`),
 * one-letter alternatives as a class (`pacific/[hj]`).
 */
function alternatives(list) {
  const out = [];
  const dirs = new Map();
  for (const prefix of list) {
    const slash = prefix.indexOf('/') + 1;
    if (!slash) out.push(prefix);
    else {
      const dir = prefix.slice(0, slash);
      if (!dirs.has(dir)) dirs.set(dir, []);
      dirs.get(dir).push(prefix.slice(slash));
    }
  }
  for (const [dir, rest] of dirs) {
    const inner = alternatives(rest);
    out.push(dir + (inner.length > 1 ? `(${inner.join('|')})` : inner[0]));
  }
  const letters = out.filter((alternative) => alternative.length === 1);
  return letters.length > 1
    ? [...out.filter((alternative) => alternative.length > 1), `[${letters.join('')}]`]
    : out;
}

/** Each region's pattern, in the order of `regionSettings`. */
export function patterns(map) {
  const byRegion = prefixes(map);
  return regionOrder().map((region) => {
    const pattern = alternatives([...byRegion.get(region)]).join('|');
    // Only these marks, so the pattern needs no escaping in a string, and no space (the separator).
    if (!/^[a-z0-9_/|()[\]-]+$/.test(pattern)) throw new Error(`unexpected: ${pattern}`);
    return [region, pattern];
  });
}

/** The region that the generated module's rule gives `zone`, for checking the patterns here. */
function regionBy(byRegion, zone) {
  const index = byRegion.findIndex(([, pattern]) => RegExp(pattern, 'iy').test(zone));
  return byRegion[index]?.[0] ?? 'other';
}

/** Comment lines: `text` wrapped at 100 columns, after `first` and then `indent`. */
function wrap(text, first, indent) {
  const lines = [first];
  for (const word of text.split(' ')) {
    const line = lines.at(-1);
    if (/\S$/.test(line) && line.length + word.length >= 100) lines.push(indent + word);
    else lines[lines.length - 1] = /\S$/.test(line) ? `${line} ${word}` : line + word;
  }
  return lines.join('\n');
}

/** The source of src/time-zones.ts, formatted as the repository's Prettier settings say. */
export async function timeZonesModule(dir = zoneinfo) {
  const { version, map, shared } = zoneRegions(dir);
  const byRegion = patterns(map);
  const wrong = [...map].filter(([name, region]) => regionBy(byRegion, name) !== region);
  if (wrong.length) throw new Error(`the prefixes miss: ${wrong.map(([name]) => name)}`);
  const listed = Object.values(regions).map((region) => [
    region,
    [...map].filter(([, r]) => r === region).map(([name]) => name),
  ]);
  const sharedLines = shared.map(({ name, codes, region }) =>
    wrap(`${name} (${codes.join(', ')}): \`${region}\``, ' *    - ', ' *      '),
  );
  // Examples for the header, from the prefixes as generated.
  const prefixOf = (region, name) =>
    [...prefixes(map).get(region)].find((prefix) => name.toLowerCase().startsWith(prefix));
  const london = prefixOf('gb', 'Europe/London');
  const canada = prefixOf('ca', 'Canada/Pacific');
  const source = `// Generated by scripts/time-zones.mjs from tzdata ${version} (zone.tab, zone1970.tab, tzdata.zi):
// do not edit; run \`npm run time-zones\` after a tzdata update.
/**
 * The region of a time-zone name, for \`region="auto"\`: worked out on the device from the name
 * alone, with nothing sent or stored.
 *
 * Every name in the tz database's files (its zones, and the legacy names that link to them) has
 * the country the files give it, by the first of these rules that applies:
 * 1. A name that zone.tab lists has zone.tab's one country for it. Where zone1970.tab gives a
 *    zone to several countries, it is named for a city in the first (the most populous), and
 *    zone.tab lists each of the others under a name of its own: America/Toronto is Canada's,
 *    America/Nassau (the same clock) the Bahamas'. So a reader in Nassau gets \`other\`, not
 *    Canada, and a reader in a part of the zone with no name of its own gets the country the
 *    zone is named for, where most of its readers are. The zones one of the six shares:
${sharedLines.join('\n')}
 * 2. A name only in zone1970.tab has the first country it lists, that of the most populous city.
${wrap(`Any other name that links to a zone (US/Eastern, Canada/Pacific, Europe/Belfast, NZ, GB, Eire …) has the country of the zone it links to, as tzdata.zi's \`L\` lines say; ${Object.keys(backwardLinks).join(', ')} link as the tz database's \`backward\` file says, and as browsers report them, not as Debian's backzone build of tzdata.zi does.`, ' * 3. ', ' *    ')}
 * 4. Everything else (Etc/UTC, UTC, no name) is \`other\`.
 *
${wrap(`A name is matched by its shortest prefix that no name of another region has, ignoring case as \`Intl\` ignores it: \`${london}\` for Europe/London, \`${canada}\` for every name under Canada/. So every name in the files, in any case, and so every spelling a browser reports (each is one of them), has its region as above, from a short table. The price is that a string the files do not have, such as a name made up, gets a country when it starts with one of those prefixes: Europe/Londonderry is \`gb\`, ${canada.toUpperCase()} is \`ca\`. Other strings the files do not have are \`other\`. A tzdata release that adds a name sharing a prefix changes the prefixes: test/node/time-zones.test.mjs fails until \`npm run time-zones\` is run.`, ' * ', ' * ')}
 */
import { regionSettings, type Region } from './config.js';

/**
 * Each region's prefixes, as a regular expression's alternatives: space-separated, in the order
 * of \`regionSettings\`.
 */
const patterns = '${byRegion.map(([, pattern]) => pattern).join(' ')}';

/** The region of a time-zone name (\`Intl.DateTimeFormat().resolvedOptions().timeZone\`). */
export function regionOfZone(zone: string | undefined): Region {
  // The sticky flag anchors each alternative at the start; String() never throws.
  const index = patterns
    .split(' ')
    .findIndex((pattern) => RegExp(pattern, 'iy').test(String(zone)));
  return (regionSettings[index] ?? 'other') as Region;
}

/** Every name in the tz files that is one of the six's, as [region, name]: for tests. */
export function listedZones(): [Region, string][] {
  const names: Record<string, string> = ${JSON.stringify(Object.fromEntries(listed.map(([region, names]) => [region, names.join(' ')])))};
  return Object.entries(names).flatMap(([region, list]) =>
    list.split(' ').map((name): [Region, string] => [region as Region, name]),
  );
}
`;
  return format(source, { ...(await resolveConfig(output)), filepath: output });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = await timeZonesModule();
  writeFileSync(output, source);
  const counts = {};
  for (const region of zoneRegions().map.values()) counts[region] = (counts[region] ?? 0) + 1;
  console.log(`src/time-zones.ts: ${source.length} B; names by region: ${JSON.stringify(counts)}`);
}
