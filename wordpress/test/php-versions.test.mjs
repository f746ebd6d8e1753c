// The plugin's own PHP under the PHP versions it claims, without a site: php-versions.php (which
// loads WordPress's own files and the built plugin, parses every PHP file of it and runs its
// sanitisers and markup builders on a table of inputs) run under PHP 7.4, the lowest that
// readme.txt names, and 8.5, the newest, both in WebAssembly (@php-wasm, the WordPress
// Playground's builds), and under the machine's own PHP, the one the test site runs. Every
// version must return exactly what the machine's PHP returns, with no message from the plugin.
// Run by `npm run test:wordpress` (run.sh), after the build.
import { execFileSync } from 'node:child_process';
import { deepStrictEqual, equal, ok } from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { PHP, loadPHPRuntime } from '@php-wasm/universal';
import { fallbackLinks } from '../../lib/fallback.js';

const plugin = resolve('build/wordpress/online-safety-help');
const wordpress = '/usr/share/wordpress';
const harness = resolve('wordpress/test/php-versions.php');
const env = { OSH_PLUGIN_DIR: plugin, OSH_WORDPRESS_DIR: wordpress };

/** The PHP builds run in WebAssembly, by npm package. */
const versions = { 7.4: '@php-wasm/node-7-4', 8.5: '@php-wasm/node-8-5' };

for (const [path, what] of [
  [`${plugin}/online-safety-help.php`, 'the built plugin: run npm run build first'],
  [`${wordpress}/wp-includes/version.php`, "Debian's wordpress package: run.sh installs it"],
]) {
  if (!existsSync(path)) throw new Error(`${path} is missing (${what})`);
}

/** The harness's report under the machine's own PHP. */
function native() {
  const out = execFileSync('php', [harness], { env: { ...process.env, ...env } });
  return JSON.parse(out.toString());
}

/**
 * The harness's report under a PHP build in WebAssembly, with WordPress's folder, the built
 * plugin and the harness mounted read-only at the same paths as on the machine, so that every
 * path it prints is the same.
 */
async function inWasm(version) {
  const { getPHPLoaderModule } = await import(versions[version]);
  const php = new PHP(await loadPHPRuntime(await getPHPLoaderModule()));
  try {
    for (const folder of [wordpress, plugin, dirname(harness)]) {
      await php.mount(folder, (_php, FS, at) => {
        FS.mkdirTree(at);
        FS.mount(FS.filesystems.NODEFS, { root: folder }, at);
        return () => FS.unmount(at);
      });
    }
    const response = await php.run({ scriptPath: harness, env });
    equal(
      response.exitCode,
      0,
      `PHP ${version}: ${response.errors}\n${response.text.slice(0, 2000)}`,
    );
    return JSON.parse(response.text);
  } finally {
    php.exit();
  }
}

const reference = native();

test("under the machine's PHP, the plugin's code raises no message and does what it says", (t) => {
  t.diagnostic(`PHP ${reference.php}, mbstring ${reference.mbstring ? 'on' : 'off'}`);
  deepStrictEqual(reference.messages, { plugin: [], wordpress: [] });
  const files = Object.keys(reference.lint);
  ok(files.length >= 7, `${files.length} PHP files`);
  const { widgets, shortcodes, blocks } = reference.results;
  const widget = (raw) => widgets.find((each) => JSON.stringify(each.raw) === JSON.stringify(raw));
  // As esc_html() and esc_url() write them.
  const html = (text) =>
    text.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' })[c],
    );
  const url = (href) => href.replace(/&/g, '&#038;').replace(/'/g, '&#039;');
  const links = (region, audience = 'parents') =>
    fallbackLinks(region, audience)
      .map(({ href, text }) =>
        href ? `<li><a href="${url(href)}">${html(text)}</a></li>` : `<li>${html(text)}</li>`,
      )
      .join('');
  // The region reaches the element, and the server prints that region's links.
  equal(
    widget({ region: 'ca' }).element,
    `<online-safety-help region="ca"><ul class="online-safety-help-fallback">${links('ca')}</ul></online-safety-help>`,
  );
  // uk is gb; auto prints the fallback region's links, and keeps region="auto".
  equal(widget({ region: 'UK', audience: 'young-people' }).clean.attributes.region, 'gb');
  deepStrictEqual(widget({ region: 'auto', 'fallback-region': 'nz' }).clean, {
    attributes: { region: 'auto' },
    contact: null,
    fallback_region: 'nz',
  });
  ok(
    widget({ region: 'auto', 'fallback-region': 'nz' }).element.includes(links('nz')),
    'auto with nz prints the links of nz',
  );
  // A fallback region that is not a country of its own, or no auto, leaves it out.
  equal(widget({ region: 'auto', 'fallback-region': 'auto' }).clean.fallback_region, 'gb');
  equal(widget({ region: 'ca', 'fallback-region': 'nz' }).clean.fallback_region, 'ca');
  equal(widget({ region: 'fr', 'fallback-region': 'nz' }).clean.fallback_region, 'gb');
  // Hostile values: none reaches the element, and a region that is not valid is dropped, so the
  // element uses its default (gb) and the server prints the default's links.
  const regions = reference.results['editor data'].regions.map(({ value }) => value);
  for (const each of widgets) {
    const { region } = each.clean.attributes;
    ok(region === undefined || regions.includes(region), each.element);
    ok(!/<script|<img|<b>|onmouseover|onerror|javascript:|data:/i.test(each.element), each.element);
  }
  const hostile = widget(
    Object.fromEntries(
      [
        'heading-level',
        'sections',
        'open',
        'bar',
        'theme',
        'audience',
        'region',
        'fallback-region',
        'quick-exit',
        'contact-label',
        'contact-href',
      ].map((name) => [name, '"><script>window.oshPwned=1</script>']),
    ),
  );
  // An empty PHP array is a JSON list.
  deepStrictEqual(hostile.clean, { attributes: [], contact: null, fallback_region: 'gb' });
  ok(hostile.element.includes(links('gb')), hostile.element);
  // Every region and audience, as the element prints them; a link without an address is text.
  for (const { raw, element } of widgets.filter(({ raw }) => raw.audience === 'young-people')) {
    ok(element.includes(links(widget(raw).clean.fallback_region, 'young-people')), element);
  }
  ok(widget({ region: 'other' }).element.includes(links('other')));
  const [, ca] = shortcodes;
  ok(ca[1].includes('region="ca"') && ca[1].includes(links('ca')), ca[1]);
  const [, blockCa, blockAuto] = blocks;
  ok(blockCa[1].includes('region="ca"') && blockCa[1].includes(links('ca')), blockCa[1]);
  ok(blockAuto[1].includes('region="auto"') && blockAuto[1].includes(links('nz')), blockAuto[1]);
});

for (const version of Object.keys(versions)) {
  test(`under PHP ${version} (WebAssembly), every PHP file parses, and the plugin returns exactly what it returns under the machine's PHP`, async (t) => {
    const report = await inWasm(version);
    ok(report.php.startsWith(`${version}.`), report.php);
    deepStrictEqual(report.lint, reference.lint);
    deepStrictEqual(report.messages.plugin, [], `PHP ${report.php}: messages from the plugin`);
    deepStrictEqual(report.results, reference.results);
    const core = report.messages.wordpress.length;
    t.diagnostic(
      `PHP ${report.php}, mbstring ${report.mbstring ? 'on' : 'off'}: ${Object.keys(report.lint).length} files parsed, ${core} message(s) from WordPress's own files`,
    );
  });
}
