// `npm test` prints when the contacts were last checked, and warns (without failing) once that
// is more than six months ago. Runs scripts/contacts-checked.mjs against the built lib/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { sources } from '../../lib/contacts.js';

const oldest = Object.values(sources)
  .map((source) => source.checked)
  .sort()[0];

/** Runs the script as if today were `days` after the oldest check. */
function runAt(days) {
  const now = Date.parse(`${oldest}T12:00:00Z`) + days * 86_400_000;
  const clock = `data:text/javascript,${encodeURIComponent(`Date.now = () => ${now};`)}`;
  return spawnSync(process.execPath, ['--import', clock, 'scripts/contacts-checked.mjs'], {
    encoding: 'utf8',
  });
}

test('prints the oldest check date and how long ago it was, with no warning while recent', () => {
  const { status, stdout, stderr } = runAt(10);
  assert.equal(status, 0);
  assert.match(stdout, new RegExp(`oldest check ${oldest} \\(10 days ago\\)`));
  assert.equal(stderr, '');
});

test('warns, without failing, once the oldest check is more than six months old', () => {
  const { status, stdout, stderr } = runAt(200);
  assert.equal(status, 0);
  assert.match(stdout, /200 days ago/);
  assert.match(stderr, /WARNING: the contacts were last checked more than six months ago/);
  assert.match(stderr, /https:\/\//);
});
