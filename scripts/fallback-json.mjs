// Writes fallback.json, published as `online-safety-help/fallback.json`: the fallback links
// of every region and audience, from the built contact data (lib/fallback.js), each with the
// official page its facts come from and the day they were checked, so that a CMS module in any
// language can print the links the help bar holds without running JavaScript. Its shape is
// described in docs/regions.md. Run after `tsc`.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const lib = (name) => import(pathToFileURL(`lib/${name}.js`).href);
const [{ fallbackLinks }, { regionNames }, { audiences }] = await Promise.all(
  ['fallback', 'regions', 'config'].map(lib),
);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const regions = Object.fromEntries(
  Object.entries(regionNames).map(([region, name]) => [
    region,
    {
      name,
      ...Object.fromEntries(
        audiences.map((audience) => [audience, fallbackLinks(region, audience)]),
      ),
    },
  ]),
);
const file = 'fallback.json';
writeFileSync(file, `${JSON.stringify({ version, regions }, null, 2)}\n`);
console.log(`${file}: ${Object.keys(regions).length} regions, ${audiences.length} audiences each`);
