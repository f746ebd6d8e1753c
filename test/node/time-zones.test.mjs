// The map from time zone to region (src/time-zones.ts) is generated from the tz database's files
// by scripts/time-zones.mjs. Where those files are installed, the committed map must be what the
// script writes from them now, so a tzdata update fails here until `npm run time-zones` is run;
// and the built module (lib/, `npm run build` first) must give every name in the files the
// region the script's rules give it, whatever its case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { output, timeZonesModule, zoneinfo, zoneRegions } from '../../scripts/time-zones.mjs';
import { regionOfZone } from '../../lib/time-zones.js';

const files = ['zone.tab', 'zone1970.tab', 'tzdata.zi'];
const missing = files.filter((file) => !existsSync(`${zoneinfo}/${file}`));
const skip =
  missing.length > 0 &&
  `${zoneinfo} has no ${missing.join(', ')} (Debian's tzdata package installs them; TZDIR names ` +
    'another directory): the map cannot be checked against the tz files here';

test(
  'src/time-zones.ts is what `npm run time-zones` writes from the tz files',
  { skip },
  async () => {
    const committed = readFileSync(output, 'utf8');
    const generated = await timeZonesModule();
    assert.ok(
      committed === generated,
      `src/time-zones.ts is out of date with ${zoneinfo} (${/tzdata (\S+)/.exec(committed)?.[1]} ` +
        `committed, ${/tzdata (\S+)/.exec(generated)?.[1]} installed): run \`npm run time-zones\``,
    );
  },
);

test('every name in the tz files has its region, in any case', { skip }, () => {
  const { map } = zoneRegions();
  assert.ok(map.size > 500, `${map.size} names`);
  const wrong = [];
  for (const [name, region] of map) {
    for (const spelling of [name, name.toLowerCase(), name.toUpperCase()]) {
      const found = regionOfZone(spelling);
      if (found !== region) wrong.push(`${spelling}: ${found}, not ${region}`);
    }
  }
  assert.deepEqual(wrong, []);
});
