// Prints when the contacts were last checked against their official pages (the oldest date in
// lib/contacts.js's sources), and warns, without failing, when that is more than six months ago:
// a phone number or an opening time may have changed since. Run by `npm test` after the build.
import { pathToFileURL } from 'node:url';

const { sources } = await import(pathToFileURL('lib/contacts.js').href);
const dates = Object.values(sources)
  .map((source) => source.checked)
  .sort();
const oldest = dates[0];
const days = Math.floor((Date.now() - Date.parse(`${oldest}T00:00:00Z`)) / 86_400_000);
console.log(`contacts: ${dates.length} facts, oldest check ${oldest} (${days} days ago)`);
if (days > 182) {
  const stale = Object.entries(sources).filter(([, source]) => source.checked === oldest);
  console.warn(
    `\n  WARNING: the contacts were last checked more than six months ago.\n` +
      `  Re-check each against its official page, then update its date in src/contacts.ts:\n` +
      stale.map(([id, source]) => `    ${id}: ${source.source}`).join('\n') +
      '\n',
  );
}
