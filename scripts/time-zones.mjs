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
 * A region's names as one regular expression's alternatives (lower case, for the `i` flag),
 * factored by path: `europe/(belfast|london)`. A directory whose names are all this region's
 * but fewer (by length) that are `other` is matched whole, its exceptions by a lookahead:
 * `us/(?!samoa$).*`. `wholes` collects those directories and their exceptions.
 */
function alternatives(region, entries, wholes, path = '') {
  const leaves = [];
  const dirs = new Map();
  for (const [segments, owner] of entries) {
    if (segments.length === 1) {
      if (owner === region) leaves.push(segments[0]);
    } else {
      const [dir, ...rest] = segments;
      if (!dirs.has(dir)) dirs.set(dir, []);
      dirs.get(dir).push([rest, owner]);
    }
  }
  const out = leaves.map((leaf) => leaf.toLowerCase());
  for (const [dir, sub] of dirs) {
    const owners = new Set(sub.map(([, owner]) => owner));
    if (!owners.has(region)) continue;
    const theirs = sub.filter(([, owner]) => owner === region).map(([s]) => s.join('/'));
    const others = sub.filter(([, owner]) => owner !== region).map(([s]) => s.join('/'));
    const prefix = `${dir}/`;
    const onlyOther = [...owners].every((owner) => owner === region || owner === 'other');
    if (onlyOther && theirs.length > 1 && others.join('|').length < theirs.join('|').length) {
      wholes.push({ dir: path + prefix, region, exceptions: others.map((s) => path + prefix + s) });
      const except =
        others.length > 1 ? `(?!(${others.join('|')})$)` : others.length ? `(?!${others}$)` : '';
      out.push(`${prefix}${except}.*`.toLowerCase());
    } else {
      const inner = alternatives(region, sub, wholes, path + prefix);
      out.push(prefix.toLowerCase() + (inner.length > 1 ? `(${inner.join('|')})` : inner[0]));
    }
  }
  return out;
}

/** Each region's pattern, and the directories matched whole. */
export function patterns(map) {
  const entries = [...map].map(([name, region]) => [name.split('/'), region]);
  const wholes = [];
  const byRegion = Object.values(regions).map((region) => {
    const pattern = alternatives(region, entries, wholes).join('|');
    // Only letters and these marks, so the pattern needs no escaping in a string or a RegExp.
    if (!/^[a-z0-9_/|().*?!$-]+$/.test(pattern)) throw new Error(`unexpected: ${pattern}`);
    return [region, pattern];
  });
  return { byRegion, wholes };
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
  const { byRegion, wholes } = patterns(map);
  const listed = Object.values(regions).map((region) => [
    region,
    [...map].filter(([, r]) => r === region).map(([name]) => name),
  ]);
  const sharedLines = shared.map(({ name, codes, region }) =>
    wrap(`${name} (${codes.join(', ')}): \`${region}\``, ' *    - ', ' *      '),
  );
  const wholeText = wholes
    .map(({ dir, exceptions }) =>
      exceptions.length ? `${dir} (but ${exceptions.join(', ')})` : dir,
    )
    .join(', ')
    .replace(/, ([^,]*)$/, ' and $1');
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
 * 4. Everything else (Etc/UTC, UTC, a name the files do not have, no name) is \`other\`.
 *
${wrap(`Case is ignored, as \`Intl\` ignores it. Every name under ${wholeText} is one country's, so the patterns match the directory whole: a string under it that the files do not have gets that country too.`, ' * ', ' * ')}
 */
import type { Region } from './config.js';

/** \`region:pattern\`, space-separated; a pattern matches a whole name, ignoring case. */
const patterns = '${byRegion.map(([region, pattern]) => `${region}:${pattern}`).join(' ')}';

/** The region of a time-zone name (\`Intl.DateTimeFormat().resolvedOptions().timeZone\`). */
export function regionOfZone(zone: string | undefined): Region {
  for (const entry of patterns.split(' ')) {
    const [region, pattern] = entry.split(':');
    // String() never throws, whatever a caller passes.
    if (RegExp(\`^(\${pattern})$\`, 'i').test(String(zone))) return region as Region;
  }
  return 'other';
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
