// The code builder's shortcode in the real WordPress: for each of the builder's samples, the
// shortcode it writes (demo/get-the-code/snippets.ts), saved in a post and rendered by the
// plugin, gives the same element as the builder's HTML pasted into a blank page of the same site:
// the same attributes, headings, help-bar links and accessible names, and the same host contact,
// its label with < & " ' shown as typed. Called by wordpress.test.mjs with its helpers.
/* global document -- in page.evaluate, which runs in the page */
import { deepStrictEqual, equal, ok } from 'node:assert/strict';
import {
  choicesOf,
  loadSamples,
  loadSnippets,
  release,
} from '../../test/support/get-the-code-module.mjs';

const CDN =
  /https:\/\/cdn\.jsdelivr\.net\/npm\/online-safety-help@[^/]+\/dist\/online-safety-help\.js/;

/**
 * @param {object} helpers From wordpress.test.mjs: its `test` runner, `open` (a watched page
 *   for a role), `signIn`, `rest` (a REST call as a page's user), `widgetsOn` (waits for the
 *   widgets of a page, then reads them) and the site's `origin`.
 */
export async function getTheCodeTests({ test, open, signIn, rest, widgetsOn, origin }) {
  const snippets = await loadSnippets();
  const { samples, regionSamples } = await loadSamples();
  const bundle = `${origin}/wp-content/plugins/online-safety-help/online-safety-help.js`;
  const { fallbackLinks } = await import('../../lib/fallback.js');
  const hasLinks = (region) => {
    try {
      return fallbackLinks(region, 'parents').length > 0;
    } catch {
      return false;
    }
  };

  /** Whether the installed plugin takes a region: its server HTML for region="ie" says so. */
  async function pluginTakesRegion() {
    const admin = await signIn('administrator');
    const { json } = await rest(admin, 'POST', '/wp/v2/posts', {
      title: 'Does the plugin take a region?',
      content: '[online_safety_help region="ie"]',
      status: 'publish',
    });
    const page = await open('visitor', { javascript: false });
    await page.goto(json.link);
    const region = await page.$eval('online-safety-help', (el) => el.getAttribute('region'));
    await page.close();
    return region === 'ie';
  }
  const regions = regionSamples.length ? await pluginTakesRegion() : false;

  for (const sample of [...samples, ...regionSamples]) {
    const region = sample.fallbackRegion ?? sample.settings.region ?? 'gb';
    if (region !== 'gb' && !(regions && hasLinks(region))) {
      console.log(
        `skip    the code builder's shortcode: ${sample.name} (${regions ? `the widget has no contacts for ${region} yet` : 'the plugin takes no region yet'})`,
      );
      continue;
    }
    await test(`the code builder's shortcode gives the element of its HTML: ${sample.name}`, async () => {
      const code = snippets.snippets(choicesOf(snippets, sample), release());
      const admin = await signIn('administrator');
      const { status, json } = await rest(admin, 'POST', '/wp/v2/posts', {
        title: `From the code builder: ${sample.name}`,
        content: code.shortcode,
        status: 'publish',
      });
      equal(status, 201, JSON.stringify(json).slice(0, 300));

      const post = await open('visitor');
      await post.goto(json.link);
      const [fromShortcode, ...others] = await widgetsOn(post);
      equal(others.length, 0, 'one widget on the post');

      // The HTML, pasted into a blank page of the same site (WordPress's readme.html, emptied),
      // its script the plugin's copy of the bundle (the same file, so the pinned hash holds).
      const blank = await open('visitor');
      await blank.goto(`${origin}/readme.html`);
      // The page's body becomes the code; a script parsed this way runs once it is in the page,
      // as the page's own would.
      await blank.evaluate(
        (html) => {
          document.title = 'A blank page';
          const range = document.createRange();
          range.selectNodeContents(document.body);
          document.body.replaceChildren(range.createContextualFragment(html));
        },
        code.html.replace(CDN, bundle),
      );
      const [fromHtml] = await widgetsOn(blank).catch((error) => {
        throw new Error(
          `the pasted HTML did not upgrade: ${JSON.stringify({ ...blank.watch, html: code.html.replace(CDN, bundle).slice(0, 300) })}`,
          { cause: error },
        );
      });

      // The plugin writes the attributes in an order of its own.
      deepStrictEqual(
        fromShortcode.attributes,
        Object.fromEntries(sample.attributes),
        'the attributes that differ from the defaults',
      );
      for (const key of ['attributes', 'headings', 'colorScheme', 'upgraded']) {
        deepStrictEqual(fromShortcode[key], fromHtml[key], key);
      }
      const { host, ...bar } = fromShortcode.bar;
      const { host: htmlHost, ...htmlBar } = fromHtml.bar;
      deepStrictEqual(bar, htmlBar, 'the help bar: its links, their names, where it is');
      deepStrictEqual(host, htmlHost, 'the host contact');
      if (sample.contact) {
        deepStrictEqual(host, [{ href: sample.contactHref, text: sample.contact.label }]);
      }
      // The server's fallback links are the help bar's contacts too; with region="auto" the bar
      // is the reader's country (from this browser's time zone), and the links are the fallback
      // region's. (A contact with no one address to call has none in either.)
      const auto = fromShortcode.attributes.region === 'auto';
      deepStrictEqual(
        fromShortcode.fallbackLinks.map((link) => link.href).filter(Boolean),
        auto
          ? fallbackLinks(
              sample.fallbackRegion ?? 'gb',
              fromShortcode.attributes.audience ?? 'parents',
            )
              .map((link) => link.href)
              .filter(Boolean)
          : bar.contacts.map((contact) => contact.href).filter(Boolean),
      );
      ok(bar.contacts.length >= 3, 'the help bar holds its contacts');
      deepStrictEqual(post.watch.errors, [], 'errors on the post');
      deepStrictEqual(blank.watch.errors, [], 'errors on the blank page');
      await post.close();
      await blank.close();
    });
  }
}
