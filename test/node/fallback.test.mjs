// The fallback links generated from the contact data (lib/fallback.js) are the links the shared
// examples put inside the element, so the docs, the WordPress plugin and the code builder print
// what the README shows; each names the official page its facts come from and a check date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fallbackLinks } from '../../lib/fallback.js';

/** The links of a shared example, as [text, href]. */
const exampleLinks = (name) =>
  [
    ...readFileSync(`demo/examples/${name}.html`, 'utf8').matchAll(
      /<a href="([^"]+)">([^<]+)<\/a>/g,
    ),
  ].map(([, href, text]) => [text, href]);

for (const [audience, example] of [
  ['parents', 'fallback-links'],
  ['young-people', 'young-people-links'],
]) {
  test(`the UK's fallback links for ${audience} are the ${example} example's`, () => {
    const links = fallbackLinks('gb', audience);
    assert.deepEqual(
      links.map(({ text, href }) => [text, href]),
      exampleLinks(example),
    );
    for (const link of links) {
      assert.match(link.source, /^https:\/\//, `${link.id} names its source`);
      assert.match(link.checked, /^\d{4}-\d{2}-\d{2}$/, `${link.id} has a check date`);
    }
  });
}
