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

/** Each region's fallback links, as the contacts sheet gives them: [text, href] for each audience. */
const sheet = {
  ie: {
    parents: [
      ['Report to Hotline.ie', 'https://hotline.ie/report'],
      [
        'Tusla',
        'https://www.tusla.ie/children-first/individuals-working-with-children-and-young-people/how-do-i-report-a-concern-about-a-child/',
      ],
      ['Emergency 112 or 999', 'tel:112'],
    ],
    'young-people': [
      ['Childline 1800 66 66 66', 'tel:1800666666'],
      ['Report to Hotline.ie', 'https://hotline.ie/report'],
      ['Emergency 112 or 999', 'tel:112'],
    ],
  },
  other: {
    parents: [
      ['Helplines', 'https://childhelplineinternational.org/about/members/'],
      // No one number to call: the emergency contact is text, with no address.
      ['Emergency: call your local emergency number or the police', undefined],
      ['Report abuse images', 'https://inhope.org/EN/articles/what-is-a-hotline'],
    ],
  },
};

const regions = ['gb', 'ie', 'us', 'ca', 'au', 'nz', 'other'];

test('every region has fallback links for each audience, each with its source and check date, an emergency contact among them', () => {
  for (const region of regions) {
    for (const audience of ['parents', 'young-people']) {
      const links = fallbackLinks(region, audience);
      assert.ok(links.length >= 2, `${region} ${audience}`);
      for (const link of links) {
        assert.match(link.source, /^https:\/\//, `${region} ${link.id} names its source`);
        assert.match(link.checked, /^2026-12-0[16]$/, `${region} ${link.id} has its check date`);
        if (link.href?.startsWith('tel:')) {
          // A phone link's text holds the number it dials, as written in the country.
          assert.equal(link.href, `tel:${link.text.match(/\d[\d -]*\d/)[0].replace(/\D/g, '')}`);
        }
      }
      const emergency = links.filter((link) => link.id === 'emergency');
      assert.equal(emergency.length, 1, `${region} ${audience}: one emergency contact`);
      if (region !== 'gb') assert.notEqual(emergency[0].href, 'tel:999', region);
    }
  }
  for (const [region, audiences] of Object.entries(sheet)) {
    for (const [audience, expected] of Object.entries(audiences)) {
      assert.deepEqual(
        fallbackLinks(region, audience).map(({ text, href }) => [text, href]),
        expected,
        `${region} ${audience}`,
      );
    }
  }
});

test('fallback.json, which the package ships, holds every region’s fallback links as fallbackLinks gives them', () => {
  const data = JSON.parse(readFileSync('fallback.json', 'utf8'));
  assert.equal(data.version, JSON.parse(readFileSync('package.json', 'utf8')).version);
  assert.deepEqual(Object.keys(data.regions), regions);
  for (const region of regions) {
    assert.equal(typeof data.regions[region].name, 'string');
    for (const audience of ['parents', 'young-people']) {
      assert.deepEqual(data.regions[region][audience], fallbackLinks(region, audience));
    }
  }
  // A link without an address has no `href` key at all.
  assert.equal('href' in data.regions.other.parents[1], false);
});
